//! Fuzz target `front_matter`: the checks are in `fuzz/checks.rs`, shared with the regression
//! test. Run it with a memory limit: `-rss_limit_mb=512`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| checks::check_front_matter(data));
