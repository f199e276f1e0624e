//! An X archive whose direct-message files and `like.js` are the fuzzer's bytes (with a valid
//! `account.js` and `tweets.js`), and the same without `account.js`, where the owner is inferred
//! from the conversations.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

const ACCOUNT: &[u8] =
    br#"window.YTD.account.part0 = [{"account":{"accountId":"1","username":"fuzz"}}]"#;
const TWEETS: &[u8] = br#"window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"hi","created_at":"Sat Aug 12 16:10:37 +0000 2023"}}]"#;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::XArchive,
        vec![
            ("data/account.js".into(), ACCOUNT.to_vec()),
            ("data/tweets.js".into(), TWEETS.to_vec()),
            ("data/direct-messages.js".into(), data.to_vec()),
            ("data/like.js".into(), data.to_vec()),
        ],
    );
    earshot_fuzz::import_files(
        Format::XArchive,
        vec![
            ("data/tweets.js".into(), TWEETS.to_vec()),
            ("data/direct-messages-group.js".into(), data.to_vec()),
        ],
    );
});
