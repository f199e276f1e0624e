//! A Bluesky repository export (CAR v1 file) that is the fuzzer's bytes.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(Format::Bluesky, vec![("repo.car".into(), data.to_vec())]);
});
