//! The JIT's tunables, declared once (as LuaJIT's `JIT_PARAMDEF`): each row gives the
//! [`JitConfig`] field, its type and default, the command-line flag of `strata run`, and its
//! documentation. The rows generate the config fields and their defaults ([`JitConfig`]), the
//! default constants, the documentation table ([`TUNABLES`], [`markdown_table`]), and in the
//! command line the flags themselves (`main.rs` expands `for_each_tunable!` into its clap
//! arguments, so the library does not depend on the argument parser's derive).

/// The table. Each row: `field: Type = default, CONSTANT, "flag", "doc";`. `$m` is called
/// with every row.
#[macro_export]
macro_rules! for_each_tunable {
    ($m:ident) => {
        $m! {
            eager: bool = false, DEFAULT_EAGER, "jit-eager",
                "Compile every function with the engine's first native tier before the program starts";
            tier1_threshold: u32 = 100, DEFAULT_TIER1_THRESHOLD, "tier1-threshold",
                "Calls before the baseline tier compiles a function";
            tier2_threshold: u32 = 1000, DEFAULT_TIER2_THRESHOLD, "tier2-threshold",
                "Calls before the optimizing tier compiles a function";
            osr_threshold: u32 = 2000, DEFAULT_OSR_THRESHOLD, "osr-threshold",
                "Backward jumps in a running function before its loop continues in optimized code (OSR)";
            stress_deopt: u32 = 0, DEFAULT_STRESS_DEOPT, "stress-deopt",
                "Make every Nth speculation guard fail, 0 for none (the deopt paths run; results stay the same)";
            stress_osr: bool = false, DEFAULT_STRESS_OSR, "stress-osr",
                "Enter compiled code through OSR at the first backward jump of every loop";
        }
    };
}

/// One row of the table, for documentation.
#[derive(Clone, Copy, Debug)]
pub struct Tunable {
    pub field: &'static str,
    pub flag: &'static str,
    pub default: &'static str,
    pub doc: &'static str,
}

macro_rules! define_tunables {
    ($( $field:ident : $ty:ty = $default:expr, $constant:ident, $flag:literal, $doc:literal; )*) => {
        $(
            #[doc = concat!("Default of `", stringify!($field), "`: ", $doc, ".")]
            pub const $constant: $ty = $default;
        )*

        /// JIT settings: the tunables of the table, and settings for tests and debugging.
        #[derive(Clone, Debug)]
        pub struct JitConfig {
            $( #[doc = concat!($doc, ".")] pub $field: $ty, )*
            /// Print metrics to stderr at the end (`STRATA_JIT_METRICS=1`).
            pub metrics: bool,
            /// Turn internal backend errors into run failures (tests set this; users get a
            /// report on stderr and the function stays interpreted).
            pub internal_errors_fatal: bool,
            /// Opcodes every backend treats as unsupported, keeping the functions that use
            /// them interpreted (for testing mixed native/interpreted programs, and for
            /// debugging).
            pub deny_ops: Vec<crate::bytecode::Op>,
        }

        impl Default for JitConfig {
            fn default() -> Self {
                JitConfig {
                    $( $field: $constant, )*
                    metrics: std::env::var_os("STRATA_JIT_METRICS").is_some_and(|v| v == "1"),
                    internal_errors_fatal: false,
                    deny_ops: Vec::new(),
                }
            }
        }

        /// Every tunable, in table order.
        pub const TUNABLES: &[Tunable] = &[
            $( Tunable { field: stringify!($field), flag: $flag, default: stringify!($default), doc: $doc }, )*
        ];
    };
}

for_each_tunable!(define_tunables);

/// The tunables as a Markdown table (README's "Tunables").
pub fn markdown_table() -> String {
    let mut out = String::from("| tunable | flag | default | meaning |\n| --- | --- | --- | --- |\n");
    for t in TUNABLES {
        out.push_str(&format!("| `{}` | `--{}` | {} | {} |\n", t.field, t.flag, t.default, t.doc));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_come_from_the_table() {
        let c = JitConfig::default();
        assert_eq!(c.tier1_threshold, DEFAULT_TIER1_THRESHOLD);
        assert_eq!(DEFAULT_TIER1_THRESHOLD, 100);
        assert_eq!(c.osr_threshold, 2000);
        assert!(!c.eager);
        assert_eq!(TUNABLES.len(), 6);
        assert!(markdown_table().contains("| `tier2_threshold` | `--tier2-threshold` | 1000 |"));
    }
}
