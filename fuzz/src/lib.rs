//! Shared driving code for the fuzz targets: each target hands its bytes to one of these, which
//! run the real importers over an in-memory [`Source`] and check what must hold for any input.
//!
//! A new format's target is one file in `fuzz_targets/` calling [`import_files`] with the
//! format and the file name its sniffer looks for, plus its `[[bin]]` entry in `Cargo.toml`.

use earshot::ingest::{Format, Import, Limits, Source};

/// Limits smaller than the defaults, so a runaway allocation shows up within libFuzzer's memory
/// limit instead of after it.
pub fn limits() -> Limits {
    Limits {
        max_unzipped_bytes: 64 << 20,
        max_record_bytes: 1 << 20,
        max_zip_entries: 10_000,
        max_zip_ratio: 250,
    }
}

/// Imports `files` (relative names and their bytes) as a folder of `format`.
pub fn import_files(format: Format, files: Vec<(String, Vec<u8>)>) {
    let mut source = Source::from_files("fuzz", files, &limits());
    run(format, &mut source);
}

/// Opens `data` as a single file named `name` (or a zip, if it looks like one) and imports it
/// with every format that recognizes it.
pub fn import_bytes(name: &str, data: &[u8]) {
    let Ok(mut source) = Source::from_bytes(name, data.to_vec(), &limits()) else {
        return;
    };
    for &format in Format::ALL {
        if format.sniff(&mut source).is_some() {
            run(format, &mut source);
        }
    }
}

fn run(format: Format, source: &mut Source) {
    // Sniffing must not panic even when the format is wrong; its answer does not matter here.
    let _ = format.sniff(source);
    if let Ok(import) = format.import(source, 0) {
        check(&import);
    }
}

/// What every import must satisfy, whatever the bytes.
fn check(import: &Import) {
    for w in &import.warnings {
        assert!(!w.file.is_empty(), "a warning names its file");
    }
    for it in &import.items {
        assert!(!it.origin.file().is_empty(), "an item knows its file");
    }
}
