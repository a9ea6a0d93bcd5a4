//! `bench.svg`: grouped bars of each runner's median time relative to the baseline, one group
//! per program, on a log scale. Drawn with plotters' SVG backend (text is SVG `<text>`, so no
//! font files are needed).

use std::error::Error;
use std::path::Path;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The bars: `values[program][runner]` is the runner's median time divided by the
/// baseline's, `None` where there is none.
pub struct ChartData<'a> {
    pub title: &'a str,
    pub y_desc: &'a str,
    pub programs: &'a [String],
    pub runners: &'a [String],
    pub values: &'a [Vec<Option<f64>>],
}

fn color(runner: &str, index: usize) -> RGBColor {
    match runner {
        "interp" => RGBColor(150, 150, 150),
        "dynasm" => RGBColor(240, 160, 40),
        "cranelift" => RGBColor(60, 120, 210),
        "tiered" => RGBColor(40, 160, 80),
        "lua5.4" => RGBColor(20, 30, 90),
        "luajit" => RGBColor(210, 50, 50),
        "node" => RGBColor(140, 80, 170),
        _ => {
            let (r, g, b) = Palette99::pick(index).rgb();
            RGBColor(r, g, b)
        }
    }
}

pub fn draw(path: &Path, data: &ChartData) -> Result<(), String> {
    draw_inner(path, data).map_err(|e| format!("cannot draw {}: {e}", path.display()))
}

fn draw_inner(path: &Path, data: &ChartData) -> Result<(), Box<dyn Error>> {
    let groups = data.programs.len().max(1);
    let bars = data.runners.len().max(1);
    let width = (140 + groups * (bars * 14 + 26)).max(720) as u32;
    let height = 600u32;
    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    root.fill(&WHITE)?;

    let present: Vec<f64> =
        data.values.iter().flatten().flatten().copied().filter(|v| v.is_finite() && *v > 0.0).collect();
    let lo_data = present.iter().copied().fold(1.0f64, f64::min);
    let hi_data = present.iter().copied().fold(1.0f64, f64::max);
    let lo = lo_data / 1.5;
    // Leave room above the tallest bar for the legend (about 20 px per entry in ~480 px).
    let free = ((bars as f64 * 20.0 + 30.0) / 480.0).min(0.6);
    let span = (hi_data * 1.2 / lo).ln();
    let hi = lo * (span / (1.0 - free)).exp();

    let mut chart = ChartBuilder::on(&root)
        .caption(data.title, ("sans-serif", 24))
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(0f64..groups as f64, (lo..hi).log_scale())?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .x_label_formatter(&|_| String::new())
        .y_desc(data.y_desc)
        .axis_desc_style(("sans-serif", 16))
        .label_style(("sans-serif", 15))
        .y_label_formatter(&|v| {
            let text = format!("{v:.3}");
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        })
        .draw()?;

    let bar_width = 0.8 / bars as f64;
    for (ri, runner) in data.runners.iter().enumerate() {
        let c = color(runner, ri);
        let rects = data.values.iter().enumerate().filter_map(move |(pi, row)| {
            let v = row.get(ri).copied().flatten().filter(|v| v.is_finite() && *v > 0.0)?;
            let x0 = pi as f64 + 0.1 + ri as f64 * bar_width;
            Some(Rectangle::new([(x0, lo), (x0 + bar_width * 0.9, v)], c.filled()))
        });
        chart
            .draw_series(rects)?
            .label(runner.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 12, y + 6)], c.filled()));
    }
    // The baseline: 1.0.
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(0.0, 1.0), (groups as f64, 1.0)],
        BLACK.stroke_width(1),
    )))?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .label_font(("sans-serif", 16))
        .draw()?;

    let label_style = TextStyle::from(("sans-serif", 16)).pos(Pos::new(HPos::Center, VPos::Top));
    for (pi, name) in data.programs.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(pi as f64 + 0.5, lo));
        root.draw(&Text::new(name.as_str(), (x, y + 8), label_style.clone()))?;
    }
    root.present()?;
    Ok(())
}
