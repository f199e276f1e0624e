//! An Instagram export whose posts, comments and profile files (current and 2020 layouts) are
//! the fuzzer's bytes, and the same bytes as one JSON file on its own.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::Instagram,
        vec![
            (
                "your_instagram_activity/content/posts_1.json".into(),
                data.to_vec(),
            ),
            (
                "your_instagram_activity/comments/post_comments_1.json".into(),
                data.to_vec(),
            ),
            (
                "personal_information/personal_information/personal_information.json".into(),
                data.to_vec(),
            ),
        ],
    );
    earshot_fuzz::import_files(
        Format::Instagram,
        vec![
            ("media.json".into(), data.to_vec()),
            ("comments.json".into(), data.to_vec()),
            ("profile.json".into(), data.to_vec()),
        ],
    );
    earshot_fuzz::import_bytes("posts_1.json", data);
});
