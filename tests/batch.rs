//! Scheduled and multi-client runs, through the binary: exit codes, the config file, periods,
//! thresholds, parallel organizations with a comparison, byte-identical reruns, and a run killed
//! while writing its report.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const EARSHOT: &str = env!("CARGO_BIN_EXE_earshot");
/// 2026-10-15T12:00:00Z: "last-quarter" is 2026 Q3.
const RUN_TIME: &str = "1792065600";

/// An earshot CSV of one organization over 2026 Q3: `n` announcements, each with a question
/// from a person and, for two in three, an answer an hour later.
fn org_csv(handle: &str, n: usize) -> String {
    let mut s = String::from("id,text,author,created_at,platform,in_reply_to,direction\n");
    let start = 1_782_864_000i64; // 2026-07-01T00:00:00Z
    let step = (92 * 86_400 - 7200) / n as i64;
    for i in 0..n {
        let t = start + i as i64 * step;
        s += &format!(
            "{handle}-p{i},Our reading club meets on Thursday - all welcome! https://example.org/club/{i},{handle},{t},x,,outbound\n"
        );
        s += &format!(
            "{handle}-q{i},@{handle} is the club {i} open to teenagers?,reader{},{},x,{handle}-p{i},inbound\n",
            i % 97,
            t + 300
        );
        if i % 3 != 0 {
            s += &format!(
                "{handle}-a{i},@reader{} Yes - teenagers are very welcome. Will you come along?,{handle},{},x,{handle}-q{i},outbound\n",
                i % 97,
                t + 3600
            );
        }
    }
    s
}

fn earshot(dir: &Path, args: &[&str]) -> Output {
    Command::new(EARSHOT)
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", RUN_TIME)
        .env_remove("NO_COLOR")
        .output()
        .expect("earshot runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn summary(path: &Path) -> Value {
    serde_json::from_slice(&fs::read(path).unwrap()).unwrap()
}

/// A folder with two organizations' CSV files and a config naming both.
fn two_org_setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("exports")).unwrap();
    fs::write(
        dir.path().join("exports/riverside.csv"),
        org_csv("riverside", 40),
    )
    .unwrap();
    fs::write(
        dir.path().join("exports/harbour.csv"),
        org_csv("harbour", 25),
    )
    .unwrap();
    fs::write(
        dir.path().join("earshot.toml"),
        r#"[defaults]
timezone = "Europe/Amsterdam"
period = "last-quarter"

[[organization]]
name = "Riverside Library"
inputs = ["exports/riverside.csv"]
accounts = { x = ["riverside"] }

[[organization]]
name = "Harbour Museum"
inputs = ["exports/harbour.csv"]
accounts = { any = ["harbour"] }
timezone = "America/New_York"
"#,
    )
    .unwrap();
    dir
}

/// Every file under `dir`, relative path -> bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir) {
        let e = e.unwrap();
        if e.file_type().is_file() {
            out.insert(
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                fs::read(e.path()).unwrap(),
            );
        }
    }
    out
}

#[test]
fn a_clean_run_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.csv"), org_csv("riverside", 10)).unwrap();
    let o = earshot(dir.path(), &["audit", "a.csv", "--out", "report"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for f in ["index.html", "summary.json", "items.csv"] {
        assert!(dir.path().join("report").join(f).is_file(), "{f} missing");
    }
}

#[test]
fn a_failed_input_exits_1_and_the_others_are_still_reported() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.csv"), org_csv("riverside", 10)).unwrap();
    fs::write(dir.path().join("broken.zip"), b"PK\x03\x04 cut short").unwrap();
    let o = earshot(
        dir.path(),
        &["audit", "a.csv", "broken.zip", "--out", "report"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("broken.zip: not a readable zip"),
        "{}",
        stderr(&o)
    );
    assert!(dir.path().join("report/summary.json").is_file());
}

#[test]
fn usage_and_fatal_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = earshot(dir.path(), &["audit", "--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
    let o = earshot(dir.path(), &["audit"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing to audit"), "{}", stderr(&o));
    let o = earshot(dir.path(), &["audit", "missing.csv"]);
    assert_eq!(o.status.code(), Some(2));
    let o = earshot(dir.path(), &["audit", "x.csv", "--period", "2026Q5"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the quarter must be 1 to 4"),
        "{}",
        stderr(&o)
    );
    let o = earshot(dir.path(), &["audit", "x.csv", "--fail-if", "mood < 3"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`mood` is not a numeric figure"));
    assert!(!dir.path().join("reports").exists());
}

#[test]
fn a_crossed_threshold_exits_1_and_is_recorded_in_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.csv"), org_csv("riverside", 30)).unwrap();
    let o = earshot(
        dir.path(),
        &[
            "audit",
            "a.csv",
            "--out",
            "report",
            "--fail-if",
            "response_rate < 0.9",
            "--fail-if",
            "dialogue_share > 0.99",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("threshold crossed: response_rate < 0.9 (response_rate = 0.6667)"),
        "{}",
        stderr(&o)
    );
    let s = summary(&dir.path().join("report/summary.json"));
    assert_eq!(
        s["crossed_thresholds"],
        serde_json::json!(["response_rate < 0.9 (response_rate = 0.6667)"])
    );

    let o = earshot(
        dir.path(),
        &[
            "audit",
            "a.csv",
            "--out",
            "report",
            "--fail-if",
            "response_rate < 0.5",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = summary(&dir.path().join("report/summary.json"));
    assert_eq!(s["crossed_thresholds"], serde_json::json!([]));
}

#[test]
fn a_threshold_on_a_figure_that_is_not_measurable_does_not_fire() {
    let dir = tempfile::tempdir().unwrap();
    // Outbound only: nothing to respond to, so the response rate is not measurable.
    fs::write(
        dir.path().join("a.csv"),
        "id,text,author,created_at,direction\n1,Open today!,riverside,2026-07-01T10:00:00Z,outbound\n",
    )
    .unwrap();
    let o = earshot(
        dir.path(),
        &[
            "audit",
            "a.csv",
            "--out",
            "report",
            "--fail-if",
            "response_rate < 0.5",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "threshold `response_rate < 0.5` not checked: response_rate is not measurable"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_config_with_several_organizations_writes_a_report_each_and_a_comparison() {
    let dir = two_org_setup();
    let o = earshot(dir.path(), &["audit"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let reports = dir.path().join("reports");
    let r = summary(&reports.join("riverside-library/summary.json"));
    let h = summary(&reports.join("harbour-museum/summary.json"));
    assert_eq!(r["organization"], "Riverside Library");
    assert_eq!(h["organization"], "Harbour Museum");
    // last-quarter from 2026-10-15, in each organization's own time zone.
    assert_eq!(r["period"]["since"], "2026-07-01");
    assert_eq!(r["period"]["until"], "2026-09-30");
    assert_eq!(r["period"]["timezone"], "Europe/Amsterdam");
    assert_eq!(h["period"]["timezone"], "America/New_York");
    assert_eq!(r["own_accounts"], serde_json::json!(["x:@riverside"]));
    let cmp = fs::read_to_string(reports.join("comparison/index.html")).unwrap();
    assert!(cmp.contains("Riverside Library") && cmp.contains("Harbour Museum"));
    assert!(stdout(&o).contains("comparison: reports/comparison/index.html"));
}

#[test]
fn org_picks_organizations_and_the_command_line_overrides_the_file() {
    let dir = two_org_setup();
    let o = earshot(
        dir.path(),
        &[
            "audit",
            "--org",
            "harbour-museum",
            "--timezone",
            "Asia/Tokyo",
            "--period",
            "2026-08",
            "--out",
            "elsewhere",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let h = summary(&dir.path().join("elsewhere/harbour-museum/summary.json"));
    assert_eq!(h["period"]["timezone"], "Asia/Tokyo");
    assert_eq!(h["period"]["since"], "2026-08-01");
    assert_eq!(h["period"]["until"], "2026-08-31");
    assert!(!dir.path().join("elsewhere/riverside-library").exists());
    assert!(!dir.path().join("elsewhere/comparison").exists());

    let o = earshot(dir.path(), &["audit", "--org", "nobody"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Riverside Library, Harbour Museum"));
}

#[test]
fn a_failed_organization_exits_1_and_the_others_are_written() {
    let dir = two_org_setup();
    fs::remove_file(dir.path().join("exports/harbour.csv")).unwrap();
    let o = earshot(dir.path(), &["audit", "--json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("Harbour Museum"), "{}", stderr(&o));
    assert!(
        dir.path()
            .join("reports/riverside-library/summary.json")
            .is_file()
    );
    assert!(!dir.path().join("reports/harbour-museum").exists());
    let line: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(line["exit_code"], 1);
    assert_eq!(line["failed"][0]["organization"], "Harbour Museum");
}

#[test]
fn config_errors_name_the_key_and_the_line_and_exit_2() {
    let dir = two_org_setup();
    let mut text = fs::read_to_string(dir.path().join("earshot.toml")).unwrap();
    text = text.replace(
        "timezone = \"America/New_York\"",
        "time_zone = \"America/New_York\"",
    );
    fs::write(dir.path().join("bad.toml"), &text).unwrap();
    let o = earshot(dir.path(), &["audit", "--config", "bad.toml"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("bad.toml, line 14: "), "{err}");
    assert!(err.contains("unknown field `time_zone`"), "{err}");

    let o = earshot(dir.path(), &["audit", "--config", "absent.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("absent.toml: cannot read"));
}

#[test]
fn fail_if_in_the_config_applies_per_organization() {
    let dir = two_org_setup();
    let text = fs::read_to_string(dir.path().join("earshot.toml"))
        .unwrap()
        .replace(
            "timezone = \"America/New_York\"\n",
            "timezone = \"America/New_York\"\nfail_if = [\"response_rate < 0.9\"]\n",
        );
    fs::write(dir.path().join("earshot.toml"), text).unwrap();
    let o = earshot(dir.path(), &["audit", "--quiet"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "--quiet prints nothing on stdout");
    assert!(stderr(&o).contains("Harbour Museum: threshold crossed"));
    assert!(!stderr(&o).contains("Riverside Library: threshold crossed"));
    let r = summary(&dir.path().join("reports/riverside-library/summary.json"));
    let h = summary(&dir.path().join("reports/harbour-museum/summary.json"));
    assert_eq!(r["crossed_thresholds"].as_array().unwrap().len(), 0);
    assert_eq!(h["crossed_thresholds"].as_array().unwrap().len(), 1);
}

#[test]
fn periods_are_cut_at_midnight_in_the_organizations_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    // Around the start and end of October 2026 in Amsterdam (CEST until the 25th, then CET).
    fs::write(
        dir.path().join("a.csv"),
        "id,text,author,created_at,direction\n\
         before,Late September post,org,2026-09-30T21:59:59Z,outbound\n\
         first,First post of October,org,2026-09-30T22:00:00Z,outbound\n\
         last,Last post of October,org,2026-10-31T22:59:59Z,outbound\n\
         after,First post of November,org,2026-10-31T23:00:00Z,outbound\n",
    )
    .unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["audit", "a.csv", "--out", "report"];
        all.extend_from_slice(args);
        let o = earshot(dir.path(), &all);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let csv = fs::read_to_string(dir.path().join("report/items.csv")).unwrap();
        csv.lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(&["--period", "2026-10", "--timezone", "Europe/Amsterdam"]),
        ["first", "last"]
    );
    assert_eq!(ids(&["--period", "2026-10"]), ["last", "after"]);
    assert_eq!(
        ids(&["--period", "2026Q4", "--timezone", "Europe/Amsterdam"]),
        ["first", "last", "after"]
    );
    // SOURCE_DATE_EPOCH is 2026-10-15: last-30-days is 15 September to 14 October.
    assert_eq!(ids(&["--period", "last-30-days"]), ["before", "first"]);
}

#[test]
fn a_relative_period_with_reproducible_alone_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.csv"), org_csv("riverside", 3)).unwrap();
    let o = Command::new(EARSHOT)
        .args([
            "audit",
            "a.csv",
            "--reproducible",
            "--period",
            "last-quarter",
        ])
        .current_dir(dir.path())
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("set SOURCE_DATE_EPOCH"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn json_prints_one_line_on_stdout() {
    let dir = two_org_setup();
    let o = earshot(
        dir.path(),
        &["audit", "--json", "--fail-if", "dialogue_share > 0.99"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "{out}");
    let line: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(line["exit_code"], 0);
    assert_eq!(line["comparison"], "reports/comparison");
    let orgs = line["organizations"].as_array().unwrap();
    assert_eq!(orgs.len(), 2);
    assert_eq!(orgs[0]["organization"], "Riverside Library");
    assert_eq!(orgs[0]["report"], "reports/riverside-library");
    assert!(orgs[0]["dialogue_share"].is_number());

    // A fatal error still gives the line, with exit code 2.
    let o = earshot(dir.path(), &["audit", "--json", "--org", "nobody"]);
    assert_eq!(o.status.code(), Some(2));
    let line: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(line["exit_code"], 2);
    assert!(
        line["error"]
            .as_str()
            .unwrap()
            .contains("no such organization")
    );
}

#[test]
fn the_summary_has_no_colour_when_stdout_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.csv"), org_csv("riverside", 5)).unwrap();
    let o = earshot(dir.path(), &["audit", "a.csv", "-v"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(!stdout(&o).contains('\u{1b}') && !stderr(&o).contains('\u{1b}'));
    // -v says what was read and how long it took.
    assert!(
        stderr(&o).contains("read a.csv as earshot-csv: 13 items"),
        "{}",
        stderr(&o)
    );
    // ... and the time of each stage.
    for stage in ["read ", "classify ", "figures ", "write "] {
        assert!(stderr(&o).contains(stage), "{stage}: {}", stderr(&o));
    }
}

#[test]
fn two_runs_give_byte_identical_reports() {
    // Two separate folders with the same relative layout: nothing machine-specific may leak in.
    let a = two_org_setup();
    let b = two_org_setup();
    for d in [&a, &b] {
        let o = earshot(d.path(), &["audit", "--out", "out"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let (ta, tb) = (tree(&a.path().join("out")), tree(&b.path().join("out")));
    assert!(ta.len() >= 7, "{:?}", ta.keys().collect::<Vec<_>>());
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (path, bytes) in &ta {
        assert!(
            bytes == &tb[path],
            "{} differs between runs",
            path.display()
        );
    }
    let s = summary(&a.path().join("out/riverside-library/summary.json"));
    assert_eq!(s["provenance"]["generated_at"], "2026-10-15T12:00:00Z");
    assert_eq!(s["provenance"]["command_line"][0], "earshot");
    assert_eq!(s["inputs"][0]["path"], "exports/riverside.csv");
}

#[test]
fn a_killed_run_leaves_the_previous_report_intact() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("small.csv"), org_csv("riverside", 10)).unwrap();
    fs::write(dir.path().join("big.csv"), org_csv("riverside", 30_000)).unwrap();
    let reports = dir.path().join("reports");
    let report = reports.join("riverside");
    let mut caught = false;
    for _attempt in 0..3 {
        let o = earshot(
            dir.path(),
            &["audit", "small.csv", "--out", "reports/riverside"],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let before = tree(&report);

        let mut child = Command::new(EARSHOT)
            .args(["audit", "big.csv", "--out", "reports/riverside", "--quiet"])
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", RUN_TIME)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill it as soon as it starts writing its report aside.
        let deadline = Instant::now() + Duration::from_secs(300);
        let mut exited = false;
        loop {
            let writing = fs::read_dir(&reports).unwrap().flatten().any(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with(".riverside.partial-")
            });
            if writing {
                child.kill().unwrap();
                child.wait().unwrap();
                break;
            }
            if child.try_wait().unwrap().is_some() {
                exited = true;
                break;
            }
            assert!(Instant::now() < deadline, "the run never started writing");
            std::thread::sleep(Duration::from_micros(200));
        }
        if exited {
            continue;
        }
        caught = true;
        // The previous report is whole and untouched; nothing half-written took its place.
        assert_eq!(tree(&report), before, "the previous report changed");
        let visible: Vec<String> = fs::read_dir(&reports)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect();
        assert_eq!(visible, ["riverside"]);

        // The next run clears the staging folder the killed one left behind.
        let o = earshot(
            dir.path(),
            &["audit", "small.csv", "--out", "reports/riverside"],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let left: Vec<String> = fs::read_dir(&reports)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left, ["riverside"], "stale folders were left behind");
        break;
    }
    assert!(caught, "the run finished before it could be caught writing");
}

#[test]
fn init_writes_an_example_and_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let o = earshot(dir.path(), &["init"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = fs::read_to_string(dir.path().join("earshot.toml")).unwrap();
    assert!(written.contains("[[organization]]"));

    fs::write(dir.path().join("earshot.toml"), "# mine\n").unwrap();
    let o = earshot(dir.path(), &["init"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--force"));
    assert_eq!(
        fs::read_to_string(dir.path().join("earshot.toml")).unwrap(),
        "# mine\n"
    );
    let o = earshot(dir.path(), &["init", "--force"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        fs::read_to_string(dir.path().join("earshot.toml")).unwrap(),
        written
    );
    // The example's inputs do not exist here: the audit names them and exits 2.
    let o = earshot(dir.path(), &["audit"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("exports/"), "{}", stderr(&o));
}

#[test]
fn the_shipped_schema_is_the_one_earshot_prints() {
    let o = earshot(Path::new("."), &["schema"]);
    assert_eq!(o.status.code(), Some(0));
    let shipped = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/summary.schema.json"),
    )
    .unwrap();
    assert_eq!(
        stdout(&o),
        shipped,
        "run `earshot schema > schema/summary.schema.json`"
    );
}

/// Every key of `value` is declared in `schema` (following `$ref`s), recursively.
fn undeclared(value: &Value, schema: &Value, root: &Value, at: &str, out: &mut Vec<String>) {
    let schema = resolve(schema, root);
    if let Some(any) = schema.get("anyOf").or(schema.get("oneOf")) {
        for s in any.as_array().unwrap() {
            let s = resolve(s, root);
            if s.get("type") != Some(&Value::from("null")) {
                undeclared(value, s, root, at, out);
            }
        }
        return;
    }
    match value {
        Value::Object(map) => {
            let props = schema.get("properties").and_then(|p| p.as_object());
            let extra = schema.get("additionalProperties");
            for (k, v) in map {
                match (props.and_then(|p| p.get(k)), extra) {
                    (Some(s), _) => undeclared(v, s, root, &format!("{at}.{k}"), out),
                    (None, Some(s)) if s.is_object() => {
                        undeclared(v, s, root, &format!("{at}.{k}"), out)
                    }
                    _ => out.push(format!("{at}.{k}")),
                }
            }
        }
        Value::Array(items) => {
            if let Some(s) = schema.get("items") {
                for v in items {
                    undeclared(v, s, root, &format!("{at}[]"), out);
                }
            }
        }
        _ => {}
    }
}

fn resolve<'a>(schema: &'a Value, root: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(|r| r.as_str()) {
        Some(r) => root
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("unresolved {r}")),
        None => schema,
    }
}

#[test]
fn a_real_summary_validates_against_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.csv"), org_csv("riverside", 20)).unwrap();
    let o = earshot(
        dir.path(),
        &[
            "audit",
            "a.csv",
            "--out",
            "report",
            "--period",
            "2026Q3",
            "--fail-if",
            "unanswered > 1",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let s = summary(&dir.path().join("report/summary.json"));
    let schema: Value = serde_json::from_str(&stdout(&earshot(dir.path(), &["schema"]))).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&s).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut missing = Vec::new();
    undeclared(&s, &schema, &schema, "", &mut missing);
    assert!(missing.is_empty(), "not in the schema: {missing:?}");
    assert_eq!(s["schema_version"], 1);
}

#[test]
fn completions_and_the_man_page_come_from_the_cli_definition() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = earshot(Path::new("."), &["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let text = stdout(&o);
        assert!(
            text.contains("fail-if") && text.contains("period"),
            "{shell}"
        );
    }
    let o = earshot(Path::new("."), &["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
    let o = earshot(Path::new("."), &["man"]);
    assert_eq!(o.status.code(), Some(0));
    let page = stdout(&o);
    assert!(page.starts_with(".ie") || page.contains(".TH earshot 1"));
    assert!(
        page.contains("EARSHOT AUDIT") && page.contains("fail\\-if"),
        "{page}"
    );
}
