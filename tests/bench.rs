//! `earshot-bench` end to end, on archives small enough for a test: it generates them, runs the
//! floor and the real audit, and prints a row per archive whose figures hang together.

use std::process::Command;

#[test]
fn the_benchmark_prints_a_row_per_archive_with_each_runs_ratio() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_earshot-bench"))
        .args([
            "--items",
            "300",
            "--runs",
            "2",
            "--format",
            "x-folder,x-zip",
        ])
        .arg("--data")
        .arg(data.path())
        .arg("--earshot")
        .arg(env!("CARGO_BIN_EXE_earshot"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("archive") && l.contains("ratio") && l.contains("(each run)")),
        "{stdout}"
    );
    // The cells after the archive's two-word label, in the order of the header.
    const CELLS: [&str; 12] = [
        "items",
        "MB",
        "floor",
        "memory",
        "audit",
        "ratio",
        "each run",
        "items/s",
        "MB/s",
        "peak",
        "peak/size",
        "cores",
    ];
    let at = |name: &str| CELLS.iter().position(|c| *c == name).unwrap();
    for (row, file) in [("x-folder 300", "x-300"), ("x-zip 300", "x-300.zip")] {
        assert!(data.path().join(file).exists(), "{file}");
        let line = stdout.lines().find(|l| l.starts_with(row)).unwrap();
        let cells: Vec<&str> = line.split_whitespace().skip(2).collect();
        assert_eq!(cells.len(), CELLS.len(), "{line}");
        let num = |name: &str| cells[at(name)].parse::<f64>().unwrap();
        assert_eq!(num("items"), 300.0, "{line}");
        let (floor, audit) = (num("floor").min(num("memory")), num("audit"));
        assert!(floor > 0.0 && audit > 0.0, "{line}");
        let (lo, hi) = cells[at("each run")].split_once('-').unwrap();
        let (lo, hi): (f64, f64) = (lo.parse().unwrap(), hi.parse().unwrap());
        // The fastest audit over the fastest floor lies between the runs' own ratios (the
        // printed figures are rounded to two places).
        let ratio = num("ratio");
        assert!(
            lo <= hi && lo - 0.01 <= ratio && ratio <= hi + 0.01,
            "{line}"
        );
        assert!(num("peak") > 0.0 && num("cores") > 0.0, "{line}");
    }
}
