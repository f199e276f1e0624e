//! A LinkedIn export whose `Shares.csv`, `Comments.csv` and `Profile.csv` are the fuzzer's
//! bytes (each file is read by its header).
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::LinkedIn,
        vec![
            ("Shares.csv".into(), data.to_vec()),
            ("Comments.csv".into(), data.to_vec()),
            ("Profile.csv".into(), data.to_vec()),
        ],
    );
    earshot_fuzz::import_bytes("Shares.csv", data);
});
