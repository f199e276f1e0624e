//! A Facebook export whose posts, comments and profile files are the fuzzer's bytes (each file
//! is read by how it starts), and the same bytes as one JSON file on its own.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::Facebook,
        vec![
            (
                "your_facebook_activity/posts/your_posts_1.json".into(),
                data.to_vec(),
            ),
            (
                "your_facebook_activity/comments_and_reactions/comments.json".into(),
                data.to_vec(),
            ),
            (
                "personal_information/profile_information/profile_information.json".into(),
                data.to_vec(),
            ),
        ],
    );
    earshot_fuzz::import_bytes("your_posts_1.json", data);
});
