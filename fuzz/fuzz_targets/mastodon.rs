//! A Mastodon export whose `outbox.json` (and `likes.json`) is the fuzzer's bytes, beside a valid
//! `actor.json`; and the same bytes as an outbox on its own.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

const ACTOR: &[u8] = br#"{"id":"https://example.social/users/fuzz","type":"Person","preferredUsername":"fuzz","outbox":"outbox.json","followers":"https://example.social/users/fuzz/followers"}"#;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::Mastodon,
        vec![
            ("actor.json".into(), ACTOR.to_vec()),
            ("outbox.json".into(), data.to_vec()),
            ("likes.json".into(), data.to_vec()),
        ],
    );
    earshot_fuzz::import_bytes("outbox.json", data);
});
