//! A rules file (what `earshot rules check` and `--rules` read) that is the fuzzer's bytes: parsed,
//! merged over the built-in rules and compiled, and when that succeeds its examples are run.
#![no_main]

use earshot::classify::Classifier;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = "fuzz-rules.toml".to_string();
    match Classifier::from_texts(&[(file.clone(), text.to_string())]) {
        Ok(c) => {
            let _ = c.check_examples_from(&file);
        }
        Err(e) => {
            assert!(!e.to_string().is_empty(), "an error says something");
        }
    }
});
