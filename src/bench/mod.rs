//! `strata bench`: the peer race. Every contender (strata's engines, `lua5.4`, `luajit`,
//! `node`) runs each program as a whole process, timed the same way (wall clock, startup
//! included), in interleaved rounds; every runner's stdout must be byte-identical to the
//! reference's (`lua5.4`, else the first runner). Writes `bench.json`, `bench.md` and
//! `bench.svg` and prints the Markdown.

mod chart;
mod machine;
mod report;
mod stats;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use strata::Engine;

use report::{ColdStart, Failure, Geomean, PeerInfo, ProgramResult, Report, RunnerResult, Settings};
use stats::{Captured, Disagreement};

const PEERS: [Peer; 3] = [Peer::Lua54, Peer::LuaJit, Peer::Node];

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// Only programs whose name contains one of these strings.
    #[arg(value_name = "FILTER")]
    filters: Vec<String>,
    /// A program to race, by name (`fib` for PROGRAMS_DIR/fib.lua); repeatable.
    #[arg(long = "program", value_name = "NAME")]
    programs: Vec<String>,
    /// An engine to race (repeatable or comma-separated) [default: every engine this build
    /// has, of interp, dynasm, cranelift, tiered].
    #[arg(long = "engine", value_name = "E", value_delimiter = ',')]
    engines: Vec<String>,
    /// Peers to race (lua5.4, luajit, node); peers that are not installed are skipped.
    #[arg(long, value_name = "LIST", value_delimiter = ',', default_value = "lua5.4,luajit,node")]
    peers: Vec<String>,
    /// Race strata's engines only.
    #[arg(long)]
    no_peers: bool,
    /// Timed runs of each program by each runner.
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,
    /// Untimed rounds before the timed ones.
    #[arg(long, value_name = "N", default_value_t = 1)]
    warmup: u32,
    /// Where bench.json, bench.md and bench.svg go.
    #[arg(long, value_name = "DIR", default_value = "target/bench")]
    out: PathBuf,
    /// The race's Lua programs (every *.lua but *.luajit.lua).
    #[arg(long, value_name = "DIR", default_value = "benches/programs")]
    programs_dir: PathBuf,
    /// Ports for peers: NAME.js for node, NAME.luajit.lua for luajit where the program itself
    /// does not run there [default: PROGRAMS_DIR/../peers].
    #[arg(long, value_name = "DIR")]
    peers_dir: Option<PathBuf>,
    /// Small programs for the cold-start table, with their ports next to them
    /// [default: PROGRAMS_DIR/../cold; skipped if that is missing].
    #[arg(long, value_name = "DIR")]
    cold_dir: Option<PathBuf>,
    /// Runs of each cold-start program by each runner.
    #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..))]
    cold_runs: u32,
    /// Skip the cold-start table.
    #[arg(long)]
    no_cold_start: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Peer {
    Lua54,
    LuaJit,
    Node,
}

impl Peer {
    fn name(self) -> &'static str {
        match self {
            Peer::Lua54 => "lua5.4",
            Peer::LuaJit => "luajit",
            Peer::Node => "node",
        }
    }

    fn version_arg(self) -> &'static str {
        match self {
            Peer::Lua54 | Peer::LuaJit => "-v",
            Peer::Node => "--version",
        }
    }

    /// The installed version (`Lua 5.4.4`, `LuaJIT 2.1.0-beta3`, `node v20.20.2`), or `None`
    /// when the peer cannot be run.
    fn version(self) -> Option<String> {
        let out = Command::new(self.name()).arg(self.version_arg()).stdin(Stdio::null()).output().ok()?;
        if !out.status.success() {
            return None;
        }
        let text = if out.stdout.is_empty() { out.stderr } else { out.stdout };
        let text = String::from_utf8_lossy(&text);
        let line = text.lines().next().unwrap_or("").trim();
        let line = line.split("Copyright").next().unwrap_or(line).trim().trim_end_matches("--").trim();
        Some(if self == Peer::Node { format!("node {line}") } else { line.to_string() })
    }
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    Engine(Engine),
    Peer(Peer),
}

struct Runner {
    name: String,
    kind: Kind,
}

/// A program and its peer ports.
struct Program {
    name: String,
    path: PathBuf,
    luajit_port: Option<PathBuf>,
    js_port: Option<PathBuf>,
}

impl Runner {
    /// The command that runs `p`, or why this runner skips it.
    fn command(&self, exe: &Path, p: &Program) -> Result<Vec<OsString>, String> {
        Ok(match self.kind {
            Kind::Engine(e) => {
                vec![exe.into(), "run".into(), "--engine".into(), e.name().into(), p.path.clone().into()]
            }
            Kind::Peer(Peer::Lua54) => vec!["lua5.4".into(), p.path.clone().into()],
            Kind::Peer(Peer::LuaJit) => {
                vec!["luajit".into(), p.luajit_port.as_ref().unwrap_or(&p.path).clone().into()]
            }
            Kind::Peer(Peer::Node) => match &p.js_port {
                Some(js) => vec!["node".into(), js.clone().into()],
                None => return Err(format!("no node port ({}.js)", p.name)),
            },
        })
    }
}

/// Everything measured for one (program, runner).
struct Cell {
    argv: Result<Vec<OsString>, String>,
    times: Vec<f64>,
    /// The largest peak RSS of the timed runs (KiB; 0 before any).
    peak_rss_kb: u64,
    output: Option<Vec<u8>>,
    unstable: bool,
    failure: Option<String>,
}

struct Suite {
    /// `race` or `cold-start`.
    name: &'static str,
    programs: Vec<Program>,
    /// `cells[program][runner]`.
    cells: Vec<Vec<Cell>>,
}

/// A line on stderr (progress and notes), ignoring a closed pipe.
fn note(msg: &str) {
    crate::report(&format!("{msg}\n"));
}

fn display(p: &Path) -> String {
    p.display().to_string()
}

/// The `*.lua` programs of `dir` (sorted by name), with ports from `ports_dir`.
fn list_programs(dir: &Path, ports_dir: &Path) -> Result<Vec<Program>, String> {
    if !dir.is_dir() {
        return Err(format!("programs directory '{}' does not exist (see --programs-dir)", display(dir)));
    }
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read '{}': {e}", display(dir)))?;
    let mut programs = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read '{}': {e}", display(dir)))?.path();
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else { continue };
        let Some(name) = file.strip_suffix(".lua") else { continue };
        if name.ends_with(".luajit") || !path.is_file() {
            continue;
        }
        let port = |suffix: &str| Some(ports_dir.join(format!("{name}{suffix}"))).filter(|p| p.is_file());
        programs.push(Program { name: name.to_string(), luajit_port: port(".luajit.lua"), js_port: port(".js"), path });
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}

/// The programs picked by `--program` names and positional filters (all if neither is given).
fn select_programs(
    all: Vec<Program>,
    names: &[String],
    filters: &[String],
    dir: &Path,
) -> Result<Vec<Program>, String> {
    for n in names {
        let n = n.strip_suffix(".lua").unwrap_or(n);
        if !all.iter().any(|p| p.name == n) {
            let known: Vec<&str> = all.iter().map(|p| p.name.as_str()).collect();
            return Err(format!("no program '{n}' in '{}' (there are: {})", display(dir), known.join(", ")));
        }
    }
    if names.is_empty() && filters.is_empty() {
        return Ok(all);
    }
    let picked: Vec<Program> = all
        .into_iter()
        .filter(|p| {
            names.iter().any(|n| n.strip_suffix(".lua").unwrap_or(n) == p.name)
                || filters.iter().any(|f| p.name.contains(f.as_str()))
        })
        .collect();
    if picked.is_empty() {
        return Err(format!("no program in '{}' matches {}", display(dir), filters.join(", ")));
    }
    Ok(picked)
}

fn select_engines(names: &[String]) -> Result<Vec<Engine>, String> {
    if names.is_empty() {
        return Ok(Engine::ALL.into_iter().filter(|e| e.available()).collect());
    }
    let mut picked = Vec::new();
    for n in names {
        let e = crate::engine_named(n.trim())?;
        if !e.available() {
            return Err(strata::VmError::EngineUnavailable(e.name()).to_string());
        }
        if !picked.contains(&e) {
            picked.push(e);
        }
    }
    // Always the same column order.
    Ok(Engine::ALL.into_iter().filter(|e| picked.contains(e)).collect())
}

fn select_peers(args: &BenchArgs) -> Result<Vec<Peer>, String> {
    if args.no_peers {
        return Ok(Vec::new());
    }
    let mut picked = Vec::new();
    for n in &args.peers {
        let n = n.trim();
        if n.is_empty() {
            continue;
        }
        let p = PEERS
            .into_iter()
            .find(|p| p.name() == n)
            .ok_or_else(|| format!("unknown peer '{n}' (expected lua5.4, luajit or node)"))?;
        if !picked.contains(&p) {
            picked.push(p);
        }
    }
    Ok(PEERS.into_iter().filter(|p| picked.contains(p)).collect())
}

/// What one run of a program printed and cost.
struct Measured {
    secs: f64,
    stdout: Vec<u8>,
    /// The process's peak resident set size (`ru_maxrss`), in KiB.
    peak_rss_kb: u64,
}

/// Runs `argv` once: wall-clock seconds, stdout and peak RSS, or why it failed.
fn measure(argv: &[OsString]) -> Result<Measured, String> {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    let name = || argv[0].to_string_lossy().into_owned();
    let start = Instant::now();
    let Spawned { pid, stdout: mut out_pipe, stderr: mut err_pipe } =
        spawn_forked(argv).map_err(|e| format!("cannot run {}: {e}", name()))?;
    // Stderr is drained on a thread, so a chatty child cannot block on a full pipe.
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let mut stdout = Vec::new();
    let _ = out_pipe.read_to_end(&mut stdout);
    // `wait4` reaps the child and reports its own resource use (peak RSS included).
    let mut raw_status = 0;
    // SAFETY: a zeroed rusage is a valid out-parameter.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = loop {
        // SAFETY: `pid` is our unreaped child process.
        let r = unsafe { libc::wait4(pid, &mut raw_status, 0, &mut usage) };
        if r >= 0 || std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            break r;
        }
    };
    let secs = start.elapsed().as_secs_f64();
    let stderr = err_reader.join().unwrap_or_default();
    if waited < 0 {
        return Err(format!("cannot wait for {}", name()));
    }
    let status = std::process::ExitStatus::from_raw(raw_status);
    if status.code() == Some(EXEC_FAILED) && stdout.is_empty() && stderr.is_empty() {
        return Err(format!("cannot run {}", name()));
    }
    let out = std::process::Output { status, stdout, stderr };
    if out.status.success() {
        return Ok(Measured { secs, stdout: out.stdout, peak_rss_kb: usage.ru_maxrss.max(0) as u64 });
    }
    let status = match out.status.code() {
        Some(code) => format!("exit status {code}"),
        None => {
            use std::os::unix::process::ExitStatusExt;
            format!("killed by signal {}", out.status.signal().unwrap_or(0))
        }
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    match stderr.lines().find(|l| !l.trim().is_empty()) {
        Some(line) => Err(format!("{status}: {}", line.chars().take(200).collect::<String>())),
        None => Err(status),
    }
}

/// The exit status of a forked child whose `execv` failed.
const EXEC_FAILED: i32 = 127;

/// A runner started by [`spawn_forked`]: its pid and the read ends of its output pipes.
struct Spawned {
    pid: libc::pid_t,
    stdout: std::fs::File,
    stderr: std::fs::File,
}

/// Starts `argv` (a path, or a name looked up in `PATH`) with `fork` and `execv`, its stdin
/// from `/dev/null`, its stdout and stderr into pipes.
///
/// Not `std::process::Command`: it starts children with `posix_spawn`, whose child shares
/// this process's memory until it executes the runner, and the kernel then counts this
/// process's peak RSS into the child's `ru_maxrss` (a floor of 3.7 MiB under every runner,
/// above `lua5.4`'s whole 2.5 MiB). A forked child's memory holds only this process's
/// anonymous pages in use, and the file-backed ones it touches before `execv`.
fn spawn_forked(argv: &[OsString]) -> std::io::Result<Spawned> {
    use std::ffi::CString;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::os::unix::ffi::OsStrExt;
    let invalid = || std::io::Error::new(std::io::ErrorKind::InvalidInput, "a NUL byte in the command");
    let program = resolve(Path::new(&argv[0])).ok_or_else(|| std::io::Error::from(std::io::ErrorKind::NotFound))?;
    // Everything the child needs is made before the fork: after it, the child only calls
    // async-signal-safe functions.
    let path = CString::new(program.as_os_str().as_bytes()).map_err(|_| invalid())?;
    let args = argv.iter().map(|a| CString::new(a.as_bytes())).collect::<Result<Vec<_>, _>>().map_err(|_| invalid())?;
    let mut ptrs: Vec<*const libc::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    ptrs.push(std::ptr::null());
    // Descriptors are owned, so each is closed however this function returns.
    let pipe = || -> std::io::Result<(OwnedFd, OwnedFd)> {
        let mut fds = [0; 2];
        // SAFETY: `fds` has room for the two descriptors.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: two fresh descriptors nothing else owns.
        Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
    };
    let ((out_r, out_w), (err_r, err_w)) = (pipe()?, pipe()?);
    let null = std::fs::File::open("/dev/null")?;
    // SAFETY: the child calls only `signal`, `dup2`, `execv` and `_exit` before it is
    // replaced.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // SAFETY: the descriptors are open; the arguments outlive the call.
        unsafe {
            // Rust programs ignore SIGPIPE, and an ignored signal stays ignored across
            // `execv`: the runner gets the default back, as `Command` gives it.
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            if libc::dup2(null.as_raw_fd(), 0) >= 0
                && libc::dup2(out_w.as_raw_fd(), 1) >= 0
                && libc::dup2(err_w.as_raw_fd(), 2) >= 0
            {
                libc::execv(path.as_ptr(), ptrs.as_ptr());
            }
            libc::_exit(EXEC_FAILED);
        }
    }
    if pid < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // (The child's ends and `/dev/null` close here, when they go out of scope.)
    Ok(Spawned { pid, stdout: out_r.into(), stderr: err_r.into() })
}

/// `program` itself if it names a path, else the first executable file of that name in `PATH`.
fn resolve(program: &Path) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    if program.components().count() > 1 {
        return Some(program.to_path_buf());
    }
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|dir| dir.join(program))
        .find(|p| p.metadata().is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0))
}

impl Suite {
    fn new(name: &'static str, programs: Vec<Program>, runners: &[Runner], exe: &Path) -> Suite {
        let cells = programs
            .iter()
            .map(|p| {
                runners
                    .iter()
                    .map(|r| Cell {
                        argv: r.command(exe, p),
                        times: vec![],
                        peak_rss_kb: 0,
                        output: None,
                        unstable: false,
                        failure: None,
                    })
                    .collect()
            })
            .collect();
        Suite { name, programs, cells }
    }

    /// `warmup` untimed then `runs` timed rounds; each round runs every program with every
    /// runner, so machine noise spreads evenly. `verbose`: a progress line per run.
    fn run(&mut self, runners: &[Runner], warmup: usize, runs: usize, verbose: bool) {
        let width = self.programs.iter().map(|p| p.name.len()).max().unwrap_or(0);
        let rwidth = runners.iter().map(|r| r.name.len()).max().unwrap_or(0);
        for round in 0..warmup + runs {
            let timed = round >= warmup;
            let label = if timed {
                format!("run {}/{runs}", round - warmup + 1)
            } else {
                format!("warmup {}/{warmup}", round + 1)
            };
            if !verbose {
                note(&format!("[{} {label}]", self.name));
            }
            for pi in 0..self.programs.len() {
                for ri in 0..runners.len() {
                    let cell = &self.cells[pi][ri];
                    let Ok(argv) = &cell.argv else { continue };
                    if cell.failure.is_some() {
                        continue;
                    }
                    let result = measure(argv);
                    // The output another runner printed first, to flag a difference at once.
                    let other = self.cells[pi]
                        .iter()
                        .enumerate()
                        .find_map(|(i, c)| if i == ri { None } else { c.output.as_ref().map(|o| (i, o)) });
                    let mut line =
                        format!("[{label}] {:width$}  {:rwidth$}  ", self.programs[pi].name, runners[ri].name);
                    match result {
                        Ok(Measured { secs, stdout, peak_rss_kb }) => {
                            line.push_str(&format!("{secs:.3} s  {} KiB", peak_rss_kb));
                            if let Some((i, o)) = other
                                && *o != stdout
                            {
                                line.push_str(&format!("  OUTPUT DIFFERS from {}", runners[i].name));
                            }
                            let cell = &mut self.cells[pi][ri];
                            if timed {
                                cell.times.push(secs);
                                cell.peak_rss_kb = cell.peak_rss_kb.max(peak_rss_kb);
                            }
                            match &cell.output {
                                None => cell.output = Some(stdout),
                                Some(first) if *first != stdout => cell.unstable = true,
                                Some(_) => {}
                            }
                        }
                        Err(msg) => {
                            line.push_str(&format!("FAILED: {msg}"));
                            self.cells[pi][ri].failure = Some(msg);
                        }
                    }
                    if verbose || self.cells[pi][ri].failure.is_some() {
                        note(&line);
                    }
                }
            }
        }
    }

    fn disagreements(&self, runners: &[Runner]) -> Vec<Disagreement> {
        let mut found = Vec::new();
        for (pi, p) in self.programs.iter().enumerate() {
            let captured: Vec<Captured> = runners
                .iter()
                .zip(&self.cells[pi])
                .map(|(r, c)| Captured { runner: &r.name, output: c.output.as_deref(), unstable: c.unstable })
                .collect();
            found.extend(stats::check_agreement(self.name, &p.name, Peer::Lua54.name(), &captured));
        }
        found
    }

    fn failures(&self, runners: &[Runner]) -> Vec<Failure> {
        let mut found = Vec::new();
        for (pi, p) in self.programs.iter().enumerate() {
            for (r, c) in runners.iter().zip(&self.cells[pi]) {
                if let Some(msg) = &c.failure {
                    found.push(Failure {
                        suite: self.name.to_string(),
                        program: p.name.clone(),
                        runner: r.name.clone(),
                        message: msg.clone(),
                    });
                }
            }
        }
        found
    }

    /// Per program, per runner: statistics and ratios against `baseline`'s median.
    fn results(&self, runners: &[Runner], baseline: Option<&str>, disagree: &[Disagreement]) -> Vec<ProgramResult> {
        self.programs
            .iter()
            .enumerate()
            .map(|(pi, p)| {
                let row = &self.cells[pi];
                let base = baseline
                    .and_then(|b| runners.iter().position(|r| r.name == b))
                    .filter(|&i| row[i].failure.is_none())
                    .and_then(|i| stats::median(&row[i].times));
                let results = runners
                    .iter()
                    .zip(row)
                    .map(|(r, c)| {
                        let median = if c.failure.is_some() { None } else { stats::median(&c.times) };
                        let differs = disagree.iter().any(|d| d.program == p.name && d.runner == r.name);
                        let status = match (&c.argv, &c.failure) {
                            (Err(_), _) => "skipped",
                            (_, Some(_)) => "failed",
                            _ if differs => "disagrees",
                            _ => "ok",
                        };
                        let ratio = median.zip(base).filter(|(m, b)| *m > 0.0 && *b > 0.0);
                        RunnerResult {
                            runner: r.name.clone(),
                            status,
                            command: c
                                .argv
                                .as_ref()
                                .ok()
                                .map(|a| a.iter().map(|s| s.to_string_lossy().into_owned()).collect()),
                            note: c.argv.as_ref().err().or(c.failure.as_ref()).cloned(),
                            times_s: c.times.clone(),
                            median_s: median,
                            min_s: stats::min(&c.times),
                            max_s: stats::max(&c.times),
                            time_ratio_vs_baseline: ratio.map(|(m, b)| m / b),
                            speedup_vs_baseline: ratio.map(|(m, b)| b / m),
                            peak_rss_kb: (median.is_some() && c.peak_rss_kb > 0).then_some(c.peak_rss_kb),
                        }
                    })
                    .collect();
                ProgramResult { name: p.name.clone(), file: display(&p.path), results }
            })
            .collect()
    }
}

pub fn main(args: BenchArgs) -> ExitCode {
    match run(args) {
        Ok(code) => code,
        Err(msg) => crate::fail(&msg, 2),
    }
}

fn run(args: BenchArgs) -> Result<ExitCode, String> {
    let engines = select_engines(&args.engines)?;
    let peers = select_peers(&args)?;
    let base_dir = args.programs_dir.parent().unwrap_or(Path::new("")).to_path_buf();
    let peers_dir = args.peers_dir.clone().unwrap_or_else(|| base_dir.join("peers"));
    let all = list_programs(&args.programs_dir, &peers_dir)?;
    if all.is_empty() {
        return Err(format!("no *.lua programs in '{}'", display(&args.programs_dir)));
    }
    let programs = select_programs(all, &args.programs, &args.filters, &args.programs_dir)?;
    let cold_dir = match &args.cold_dir {
        _ if args.no_cold_start => None,
        Some(dir) if !dir.is_dir() => {
            return Err(format!("cold-start directory '{}' does not exist", display(dir)));
        }
        Some(dir) => Some(dir.clone()),
        None => Some(base_dir.join("cold")).filter(|d| d.is_dir()),
    };
    let cold_programs = match &cold_dir {
        Some(dir) => list_programs(dir, dir)?,
        None => Vec::new(),
    };
    std::fs::create_dir_all(&args.out).map_err(|e| format!("cannot create '{}': {e}", display(&args.out)))?;
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the strata executable: {e}"))?;

    let mut notes = Vec::new();
    let mut runners: Vec<Runner> =
        engines.iter().map(|&e| Runner { name: e.name().to_string(), kind: Kind::Engine(e) }).collect();
    let mut peer_info = Vec::new();
    for p in peers {
        let version = p.version();
        match &version {
            Some(v) => {
                note(&format!("strata bench: {} is {v}", p.name()));
                runners.push(Runner { name: p.name().to_string(), kind: Kind::Peer(p) });
            }
            None => {
                let msg = format!("{} is not installed (`{} {}` failed), skipped", p.name(), p.name(), p.version_arg());
                note(&format!("strata bench: {msg}"));
                notes.push(msg);
            }
        }
        peer_info.push(PeerInfo { name: p.name().to_string(), available: version.is_some(), version });
    }
    if runners.is_empty() {
        return Err("nothing to race: no engine and no installed peer".to_string());
    }
    let baseline = ["lua5.4", "interp"]
        .into_iter()
        .find(|b| runners.iter().any(|r| r.name == *b))
        .or(runners.first().map(|r| r.name.as_str()))
        .map(str::to_string);

    let mut race = Suite::new("race", programs, &runners, &exe);
    for (p, row) in race.programs.iter().zip(&race.cells) {
        for (r, c) in runners.iter().zip(row) {
            if let Err(why) = &c.argv {
                let msg = format!("{} skips {}: {why}", r.name, p.name);
                note(&format!("strata bench: {msg}"));
                notes.push(msg);
            }
        }
    }
    let (runs, warmup) = (args.runs as usize, args.warmup as usize);
    note(&format!(
        "strata bench: {} programs x {} runners, {warmup} warmup + {runs} timed rounds",
        race.programs.len(),
        runners.len()
    ));
    race.run(&runners, warmup, runs, true);
    let mut disagreements = race.disagreements(&runners);
    let mut failures = race.failures(&runners);
    let programs = race.results(&runners, baseline.as_deref(), &disagreements);

    let cold_start = match &cold_dir {
        Some(dir) if !cold_programs.is_empty() => {
            let cold_runs = args.cold_runs as usize;
            note(&format!(
                "strata bench: cold start, {} programs x {} runners x {cold_runs} runs",
                cold_programs.len(),
                runners.len()
            ));
            let mut cold = Suite::new("cold-start", cold_programs, &runners, &exe);
            cold.run(&runners, 0, cold_runs, false);
            let found = cold.disagreements(&runners);
            let results = cold.results(&runners, baseline.as_deref(), &found);
            let width = results.iter().map(|p| p.name.len()).max().unwrap_or(0);
            let rwidth = runners.iter().map(|r| r.name.len()).max().unwrap_or(0);
            for p in &results {
                for r in &p.results {
                    if let Some(m) = r.median_s {
                        note(&format!("[cold-start] {:width$}  {:rwidth$}  {:.1} ms", p.name, r.runner, m * 1000.0));
                    }
                }
            }
            disagreements.extend(found);
            failures.extend(cold.failures(&runners));
            Some(ColdStart { runs: cold_runs, dir: display(dir), programs: results })
        }
        Some(dir) => {
            notes.push(format!("no cold-start programs in '{}'", display(dir)));
            None
        }
        None => None,
    };

    let geomean = runners
        .iter()
        .map(|r| {
            let speedups: Vec<f64> = programs
                .iter()
                .filter_map(|p| p.results.iter().find(|x| x.runner == r.name)?.speedup_vs_baseline)
                .collect();
            Geomean { runner: r.name.clone(), speedup_vs_baseline: stats::geomean(&speedups), programs: speedups.len() }
        })
        .collect();

    let report = Report {
        date: machine::now_utc(),
        machine: machine::machine(),
        strata: machine::strata_info(),
        settings: Settings { runs, warmup, programs_dir: display(&args.programs_dir), peers_dir: display(&peers_dir) },
        baseline,
        runners: runners.iter().map(|r| r.name.clone()).collect(),
        peers: peer_info,
        programs,
        geomean,
        cold_start,
        disagreements,
        failures,
        notes,
    };
    write_outputs(&args.out, &report)?;

    for d in &report.disagreements {
        note(&format!(
            "strata bench: OUTPUT DIFFERS: {} {} with {} (reference {}): {}",
            d.suite, d.program, d.runner, d.reference, d.detail
        ));
    }
    for f in &report.failures {
        note(&format!("strata bench: FAILED: {} {} with {}: {}", f.suite, f.program, f.runner, f.message));
    }
    let ok = report.disagreements.is_empty() && report.failures.is_empty();
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn write_outputs(out: &Path, report: &Report) -> Result<(), String> {
    let write = |name: &str, bytes: &[u8]| {
        let path = out.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write '{}': {e}", display(&path)))
    };
    let json = serde_json::to_string_pretty(report).map_err(|e| format!("cannot encode bench.json: {e}"))?;
    write("bench.json", format!("{json}\n").as_bytes())?;
    let md = report::render_markdown(report);
    write("bench.md", md.as_bytes())?;

    let baseline = report.baseline.as_deref().unwrap_or("the first runner");
    let title = match baseline {
        "lua5.4" => "strata bench: median time relative to lua5.4 (lower is faster)".to_string(),
        "interp" => "strata bench: median time relative to strata's interpreter (lua5.4 not raced)".to_string(),
        b => format!("strata bench: median time relative to {b}"),
    };
    let names: Vec<String> = report.programs.iter().map(|p| p.name.clone()).collect();
    let values: Vec<Vec<Option<f64>>> = report
        .programs
        .iter()
        .map(|p| {
            report
                .runners
                .iter()
                .map(|r| {
                    p.results
                        .iter()
                        .find(|x| &x.runner == r && x.status != "failed")
                        .and_then(|x| x.time_ratio_vs_baseline)
                })
                .collect()
        })
        .collect();
    let y_desc = format!("time / {baseline} time (log scale)");
    let data = chart::ChartData {
        title: &title,
        y_desc: &y_desc,
        programs: &names,
        runners: &report.runners,
        values: &values,
    };
    chart::draw(&out.join("bench.svg"), &data)?;

    note(&format!("strata bench: wrote {}/bench.{{json,md,svg}}", display(out)));
    let _ = std::io::stdout().write_all(md.as_bytes());
    Ok(())
}
