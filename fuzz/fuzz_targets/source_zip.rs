//! The fuzzer's bytes read as a zip through `Source`: every entry is read to its end under the
//! limits, then every format that recognizes the archive imports it.
#![no_main]

use std::io::Read;

use earshot::ingest::Source;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(mut source) = Source::from_bytes("fuzz.zip", data.to_vec(), &earshot_fuzz::limits())
    else {
        return;
    };
    for name in source.names().to_vec() {
        assert!(
            earshot::ingest::source::safe_entry_name(&name).is_some(),
            "an unsafe entry name is never handed out"
        );
        let _ = source.size(&name);
        if let Ok(mut r) = source.open_entry(&name) {
            let mut sink = [0u8; 8192];
            while let Ok(n) = r.read(&mut sink) {
                if n == 0 {
                    break;
                }
            }
        }
    }
    earshot_fuzz::import_bytes("fuzz.zip", data);
});
