//! The whole audit (threads, classification, pairing, figures, every report file rendered in
//! memory) on an earshot CSV that is the fuzzer's bytes.
#![no_main]

use std::io::Write;

use earshot::audit::{self, AuditOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut file = tempfile::Builder::new()
        .suffix(".csv")
        .tempfile()
        .expect("a temporary file");
    file.write_all(data).expect("written");
    let mut opts = AuditOptions::new(vec![file.path().to_path_buf()]);
    opts.limits = earshot_fuzz::limits();
    let Ok(audit) = audit::run(&opts) else {
        return;
    };
    for (_, r) in audit.responses.iter() {
        assert!(
            r.seconds.is_none_or(|s| s >= 0),
            "no negative response time"
        );
    }
    let rows = earshot::report::rows(&audit);
    assert_eq!(rows.len() as u64, audit.summary.counts.items);
    earshot::report::render(&audit.summary, &rows).expect("a report renders");
});
