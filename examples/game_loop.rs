//! A game-style scripting loop: the host owns the entities (Rust structs exposed to Lua as
//! userdata with fields, methods and metamethods), the script steers them every frame, and
//! the host reads the state back between frames.
//!
//! `cargo run --release --example game_loop`

use std::time::Instant;

use strata::{AnyUserData, Function, MetaMethod, UserData, UserDataFields, UserDataMethods, Vm, VmConfig};

/// An entity of the game world, owned by Rust.
struct Entity {
    name: String,
    pos: (f64, f64),
    vel: (f64, f64),
    hp: i64,
}

impl UserData for Entity {
    fn add_fields<F: UserDataFields<Self>>(f: &mut F) {
        f.add_field_method_get("name", |_, e| Ok(e.name.clone()));
        f.add_field_method_get("x", |_, e| Ok(e.pos.0));
        f.add_field_method_get("y", |_, e| Ok(e.pos.1));
        f.add_field_method_get("hp", |_, e| Ok(e.hp));
        f.add_field_method_set("vx", |_, e, v: f64| {
            e.vel.0 = v;
            Ok(())
        });
        f.add_field_method_set("vy", |_, e, v: f64| {
            e.vel.1 = v;
            Ok(())
        });
    }

    fn add_methods<M: UserDataMethods<Self>>(m: &mut M) {
        // `e:step(dt)`: integrate the velocity.
        m.add_method_mut("step", |_, e, dt: f64| {
            e.pos.0 += e.vel.0 * dt;
            e.pos.1 += e.vel.1 * dt;
            Ok(())
        });
        // `e:distance(other)`.
        m.add_method("distance", |_, e, other: AnyUserData| {
            let o = other.borrow::<Entity>()?;
            Ok(((e.pos.0 - o.pos.0).powi(2) + (e.pos.1 - o.pos.1).powi(2)).sqrt())
        });
        // `e:damage(n)`: whether it is still alive.
        m.add_method_mut("damage", |_, e, n: i64| {
            e.hp = (e.hp - n).max(0);
            Ok(e.hp > 0)
        });
        m.add_meta_method(MetaMethod::ToString, |_, e, ()| {
            Ok(format!("{} at ({:.1}, {:.1}), {} hp", e.name, e.pos.0, e.pos.1, e.hp))
        });
    }
}

const SCRIPT: &str = r#"
    local SPEED, REACH = 2.5, 0.75
    enemies = {}

    function spawn(name, x, y)
        enemies[#enemies + 1] = new_entity(name, x, y, 3)
    end

    -- Called by the host every frame: enemies chase the player and bite when close.
    function tick(dt)
        local bites = 0
        for i = #enemies, 1, -1 do
            local e = enemies[i]
            local dx, dy = player.x - e.x, player.y - e.y
            local d = e:distance(player)
            if d < REACH then
                bites = bites + 1
                if not player:damage(1) then return bites end
                table.remove(enemies, i)      -- an enemy bites once
            else
                e.vx, e.vy = dx / d * SPEED, dy / d * SPEED
                e:step(dt)
            end
        end
        player:step(dt)
        return bites
    end
"#;

fn main() -> strata::Result<()> {
    let vm = Vm::new(VmConfig::default());
    let new_entity = vm.create_function(|vm, (name, x, y, hp): (String, f64, f64, i64)| {
        vm.create_userdata(Entity { name, pos: (x, y), vel: (0.0, 0.0), hp })
    })?;
    vm.globals().set("new_entity", new_entity)?;
    let player = vm.create_userdata(Entity { name: "player".into(), pos: (0.0, 0.0), vel: (1.0, 0.5), hp: 10 })?;
    vm.globals().set("player", player.clone())?;
    vm.load(SCRIPT).set_name("=game").exec()?;

    let spawn: Function = vm.globals().get("spawn")?;
    let tick: Function = vm.globals().get("tick")?;
    let dt = 1.0 / 60.0;
    let start = Instant::now();
    let mut frame = 0u32;
    let mut bites = 0i64;
    while frame < 3600 && player.borrow::<Entity>()?.hp > 0 {
        if frame.is_multiple_of(30) {
            // A new enemy every half second, on a circle around the origin.
            let a = f64::from(frame) * 0.7;
            spawn.call::<()>((format!("enemy{frame}"), 12.0 * a.cos(), 12.0 * a.sin()))?;
        }
        bites += tick.call::<i64>(dt)?;
        frame += 1;
    }
    let elapsed = start.elapsed();
    let alive: i64 = vm.load("#enemies").eval()?;
    println!("after {frame} frames: {}", vm.load("tostring(player)").eval::<String>()?);
    println!("{bites} bites, {alive} enemies left");
    println!(
        "{:.1} us per frame ({:.2} s of script time for {frame} frames)",
        elapsed.as_secs_f64() * 1e6 / f64::from(frame),
        elapsed.as_secs_f64()
    );
    // The host reads the entity Lua code moved.
    let p = player.borrow::<Entity>()?;
    assert!(p.hp == 0 || frame == 3600);
    Ok(())
}
