//! A Messenger thread file (`messages/inbox/<thread>/message_1.json`) that is the fuzzer's bytes,
//! in a Facebook export and in an Instagram export.
#![no_main]

use earshot::ingest::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    earshot_fuzz::import_files(
        Format::Facebook,
        vec![(
            "your_facebook_activity/messages/inbox/fuzz_1/message_1.json".into(),
            data.to_vec(),
        )],
    );
    earshot_fuzz::import_files(
        Format::Instagram,
        vec![(
            "your_instagram_activity/messages/inbox/fuzz_1/message_1.json".into(),
            data.to_vec(),
        )],
    );
});
