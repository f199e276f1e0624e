//! A Reddit export whose `posts.csv`, `comments.csv` and `statistics.csv` are the fuzzer's
//! bytes (each file is read by what its header says).
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::Reddit,
        vec![
            ("posts.csv".into(), data.to_vec()),
            ("comments.csv".into(), data.to_vec()),
            ("statistics.csv".into(), data.to_vec()),
        ],
    );
    earshot_fuzz::import_bytes("posts.csv", data);
});
