//! An X archive whose `data/tweets.js` is the fuzzer's bytes.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

const ACCOUNT: &[u8] =
    br#"window.YTD.account.part0 = [{"account":{"accountId":"1","username":"fuzz"}}]"#;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::XArchive,
        vec![
            ("data/account.js".into(), ACCOUNT.to_vec()),
            ("data/tweets.js".into(), data.to_vec()),
        ],
    );
});
