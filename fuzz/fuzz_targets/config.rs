//! A configuration file (`earshot.toml`) that is the fuzzer's bytes.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = earshot::config::parse(Path::new("earshot.toml"), text) {
        assert!(!e.to_string().is_empty(), "an error says something");
    }
});
