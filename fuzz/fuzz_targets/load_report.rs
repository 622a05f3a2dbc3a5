//! Report loading (front matter, fixture separators, manifests) on arbitrary bytes: never a
//! panic, and every problem's location inside the file.
#![no_main]

use std::sync::Arc;

use crosscheck::report::{Meta, load_file, parse_sidecar};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let loaded = load_file("fuzz.md", data, &Meta::default());
    for report in &loaded.reports {
        assert!(report.body.end <= report.text.len());
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let text: Arc<str> = Arc::from(text);
        let _ = parse_sidecar("meta.toml", &text);
    }
});
