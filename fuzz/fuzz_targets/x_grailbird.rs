//! An older X archive ("Grailbird") whose monthly `data/js/tweets/YYYY_MM.js` and
//! `data/js/user_details.js` are the fuzzer's bytes, and its `tweets.csv` form.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

const MONTH: &[u8] = br#"Grailbird.data.tweets_2015_08 = [{"id_str":"1","text":"hi","created_at":"2015-08-12 16:10:37 +0000"}]"#;
const USER: &[u8] = br#"var user_details = {"screen_name":"fuzz","id":"1"}"#;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::XGrailbird,
        vec![
            ("data/js/tweets/2015_08.js".into(), data.to_vec()),
            ("data/js/user_details.js".into(), USER.to_vec()),
        ],
    );
    earshot_fuzz::import_files(
        Format::XGrailbird,
        vec![
            ("data/js/tweets/2015_08.js".into(), MONTH.to_vec()),
            ("data/js/user_details.js".into(), data.to_vec()),
        ],
    );
    earshot_fuzz::import_files(
        Format::XGrailbird,
        vec![("tweets.csv".into(), data.to_vec())],
    );
});
