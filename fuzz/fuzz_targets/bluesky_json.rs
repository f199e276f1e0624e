//! Bluesky records as JSON (`listRecords` output or an array) and as JSON Lines, both the
//! fuzzer's bytes.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::Bluesky,
        vec![("records.json".into(), data.to_vec())],
    );
    earshot_fuzz::import_files(
        Format::Bluesky,
        vec![("records.jsonl".into(), data.to_vec())],
    );
});
