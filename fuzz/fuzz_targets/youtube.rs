//! A YouTube Takeout comments CSV that is the fuzzer's bytes.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::YouTube,
        vec![("comments.csv".into(), data.to_vec())],
    );
    earshot_fuzz::import_bytes("comments.csv", data);
});
