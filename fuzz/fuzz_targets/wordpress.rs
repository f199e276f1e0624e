//! A WordPress eXtended RSS export that is the fuzzer's bytes.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::WordPress,
        vec![("export.xml".into(), data.to_vec())],
    );
    earshot_fuzz::import_bytes("export.xml", data);
});
