//! One organization's folder holding an export per platform, and the same export zipped.

mod item_render;

use std::io::Write;
use std::path::Path;

use earshot::audit::{AuditOptions, run};
use earshot::ingest::{self, Format, Limits};
use item_render::{fixture, load_one, render};

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

#[test]
fn a_folder_of_exports_is_read_export_by_export() {
    let org = tempfile::tempdir().unwrap();
    copy_dir(&fixture("x-archive-dm"), &org.path().join("x"));
    copy_dir(&fixture("facebook/export"), &org.path().join("facebook"));
    copy_dir(&fixture("instagram/2023"), &org.path().join("instagram"));
    copy_dir(&fixture("linkedin/export"), &org.path().join("linkedin"));
    let found = ingest::detect(org.path(), &Limits::default()).unwrap();
    let formats: Vec<Format> = found.exports.iter().map(|d| d.format).collect();
    assert_eq!(
        formats,
        vec![
            Format::Facebook,
            Format::Instagram,
            Format::LinkedIn,
            Format::XArchive
        ]
    );
    let audit = run(&AuditOptions::new(vec![org.path().to_path_buf()])).unwrap();
    let p = &audit.summary.platforms;
    assert_eq!(p["facebook"].items, 14);
    assert_eq!(p["instagram"].items, 10);
    assert_eq!(p["linkedin"].items, 7);
    assert_eq!(p["x"].items, 8);
    assert!(p["facebook"].response_rate.is_some() && p["x"].response_rate.is_some());
}

#[test]
fn a_damaged_export_beside_good_ones_is_reported_and_the_rest_audited() {
    let org = tempfile::tempdir().unwrap();
    copy_dir(&fixture("x-archive-dm"), &org.path().join("x"));
    copy_dir(&fixture("facebook/damaged"), &org.path().join("facebook"));
    let audit = run(&AuditOptions::new(vec![org.path().to_path_buf()])).unwrap();
    assert_eq!(audit.errors.len(), 1);
    assert!(audit.errors[0].path.ends_with("your_posts_1.json"));
    assert_eq!(audit.summary.platforms["x"].items, 8);
    assert!(
        audit
            .summary
            .warnings
            .iter()
            .any(|w| w.file.ends_with("your_posts_1.json") && w.message.starts_with("not read"))
    );
}

#[test]
fn a_zipped_export_reads_like_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("facebook-export.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let root = fixture("facebook/export");
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(&root).unwrap();
            let name = rel.to_string_lossy().replace('\\', "/");
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(&std::fs::read(entry.path()).unwrap())
                .unwrap();
        }
    }
    zip.finish().unwrap();
    let zipped = load_one(&zip_path);
    let folder = load_one(&root);
    assert_eq!(zipped.format, Format::Facebook);
    assert_eq!(render(&zipped.import.items), render(&folder.import.items));
}
