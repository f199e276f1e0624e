//! An X archive whose `data/account.js` is the fuzzer's bytes.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

const TWEETS: &[u8] = br#"window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"hi","created_at":"Sat Aug 12 16:10:37 +0000 2023"}}]"#;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::XArchive,
        vec![
            ("data/account.js".into(), data.to_vec()),
            ("data/tweets.js".into(), TWEETS.to_vec()),
        ],
    );
});
