//! Fuzz target `load_report`: the checks are in `fuzz/checks.rs`, shared with the regression test.
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| checks::check_load_report(data));
