//! The report folder as users get it: charts for slides, the HTML page, the CSV for spreadsheets,
//! `--redact`, and the comparison page, from fixtures written for these tests
//! (`tests/fixtures/report/`: a library with inbound and outbound items on three platforms,
//! hostile texts included, and a museum whose archive holds only its own posts).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use earshot::audit::{self, AuditOptions};
use earshot::model::Account;
use earshot::redact::Redact;
use earshot::report::{self, RenderOptions, csv::Dialect};
use earshot::summary::Summary;
use jiff::civil::date;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/report")
        .join(name)
}

type Files = BTreeMap<PathBuf, Vec<u8>>;

/// The library fixture's plain report, rendered once for the tests that only read it.
fn plain() -> &'static (Summary, Files) {
    static PLAIN: OnceLock<(Summary, Files)> = OnceLock::new();
    PLAIN.get_or_init(|| library_report(Redact::Off, "Riverside Library", Dialect::Standard))
}

/// Audits the library fixture over its spring period: the summary and the report's files (path
/// relative to the report folder -> bytes).
fn library_report(redact: Redact, name: &str, csv: Dialect) -> (Summary, Files) {
    let mut opts = AuditOptions::new(vec![fixture("riverside.csv")]);
    opts.name = Some(name.to_string());
    opts.since = Some(date(2024, 3, 4));
    opts.until = Some(date(2024, 4, 28));
    opts.redact = redact;
    let audit = audit::run(&opts).expect("the fixture audits");
    let rows = report::rows(&audit);
    let files = report::render_with(&audit.summary, &rows, &RenderOptions { csv }).unwrap();
    let map = files.into_iter().map(|f| (f.path, f.bytes)).collect();
    (audit.summary, map)
}

fn museum() -> (Summary, Files) {
    let mut opts = AuditOptions::new(vec![fixture("outbound-only.csv")]);
    opts.accounts = vec![Account::parse("harbourmuseum")];
    opts.name = Some("Harbour Museum".into());
    let audit = audit::run(&opts).expect("the fixture audits");
    let rows = report::rows(&audit);
    let files = report::render(&audit.summary, &rows).unwrap();
    let map = files.into_iter().map(|f| (f.path, f.bytes)).collect();
    (audit.summary, map)
}

fn text(files: &Files, name: &str) -> String {
    String::from_utf8(files[Path::new(name)].clone()).unwrap()
}

/// The inbound authors of the library fixture, read from the fixture itself.
fn inbound_authors() -> Vec<String> {
    let mut r = csv::Reader::from_path(fixture("riverside.csv")).unwrap();
    let headers = r.headers().unwrap().clone();
    let col = |n: &str| headers.iter().position(|h| h == n).unwrap();
    let (author, direction) = (col("author"), col("direction"));
    let mut out: Vec<String> = r
        .records()
        .map(|rec| rec.unwrap())
        .filter(|rec| &rec[direction] == "inbound")
        .map(|rec| rec[author].to_string())
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_chart_is_written_at_1600x900_and_at_2x_and_is_not_blank() {
    let (_, files) = plain();
    let charts: Vec<&PathBuf> = files
        .keys()
        .filter(|p| p.starts_with("charts") && !p.to_string_lossy().contains("@2x"))
        .collect();
    let names: Vec<String> = charts
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "platform-dialogue-share",
            "response-time-distribution",
            "weekly-push-dialogue",
            "weekly-response-time",
            "weekly-unanswered"
        ]
    );
    for stem in &names {
        for (suffix, (w, h)) in [("", (1600, 900)), ("@2x", (3200, 1800))] {
            let path = PathBuf::from(format!("charts/{stem}{suffix}.png"));
            let bytes = &files[&path];
            let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
            let mut reader = decoder.read_info().unwrap();
            let mut buf = vec![0; reader.output_buffer_size()];
            let info = reader.next_frame(&mut buf).unwrap();
            assert_eq!((info.width, info.height), (w, h), "{}", path.display());
            let pixels = &buf[..info.buffer_size()];
            let inked = pixels
                .chunks(3)
                .filter(|p| p.iter().any(|&c| c < 200))
                .count();
            let share = inked as f64 / (w * h) as f64;
            assert!(
                share > 0.02,
                "{} is nearly blank ({share:.4} inked)",
                path.display()
            );
            let coloured = pixels
                .chunks(3)
                .any(|p| p.iter().max().unwrap() - p.iter().min().unwrap() > 80);
            assert!(coloured, "{} has no coloured data", path.display());
        }
    }
}

#[test]
fn charts_without_data_are_left_out() {
    let (_, files) = museum();
    let charts: Vec<String> = files
        .keys()
        .filter(|p| p.starts_with("charts"))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(charts.contains(&"weekly-push-dialogue.png".to_string()));
    assert!(
        !charts
            .iter()
            .any(|c| c.contains("response") || c.contains("unanswered")),
        "charts of unmeasurable figures were drawn: {charts:?}"
    );
}

#[test]
fn every_chart_in_the_page_has_alt_text_and_the_organization_and_period() {
    let (_, files) = plain();
    let html = text(files, "index.html");
    let pngs = files
        .keys()
        .filter(|p| p.starts_with("charts") && !p.to_string_lossy().contains("@2x"))
        .count();
    let figures: Vec<&str> = html.split("<figure class=\"chart\"").skip(1).collect();
    assert_eq!(figures.len(), pngs);
    for f in figures {
        let alt = f
            .split("role=\"img\" aria-label=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("a chart without aria-label");
        assert!(alt.len() > 40, "alt text too thin: {alt}");
        assert!(alt.contains("2024-03-04 to 2024-04-28"), "{alt}");
        let svg = &f[f.find("<svg").unwrap()..f.find("</svg>").unwrap()];
        assert!(
            svg.contains("Riverside Library"),
            "the organization is on the chart"
        );
        assert!(
            svg.contains("2024-03-04 to 2024-04-28"),
            "the period is on the chart"
        );
        assert!(
            svg.contains("font-family=\"sans-serif\""),
            "SVG text uses a font every browser has offline"
        );
    }
}

#[test]
fn hostile_texts_are_text_everywhere_they_are_shown() {
    let name = "Riverside <script>alert('org')</script> & Co";
    let (_, files) = library_report(Redact::Off, name, Dialect::Standard);
    let html = text(&files, "index.html");
    for raw in [
        "<script>window.__pwned",
        "<img src=x",
        "</script><script>window",
        "<script>alert('org')",
        "href=\"javascript:",
        "href=\"JAVASCRIPT:",
    ] {
        assert!(!html.contains(raw), "the page contains `{raw}` as markup");
    }
    assert!(html.contains("&lt;script&gt;window.__pwned=1"));
    assert!(html.contains("&lt;img src=x onerror="));
    assert!(
        html.contains(
            "Riverside &lt;script&gt;alert(&#x27;org&#x27;)&lt;&#x2f;script&gt; &amp; Co"
        )
    );
    // The embedded summary: every `<` escaped, and it still reads back as the same JSON.
    let start = html
        .find("<script type=\"application/json\" id=\"summary\">")
        .unwrap();
    let body = &html[start..];
    let json = &body[body.find('>').unwrap() + 1..body.find("</script>").unwrap()];
    assert!(!json.contains('<'));
    let embedded: serde_json::Value = serde_json::from_str(json).unwrap();
    let written: serde_json::Value =
        serde_json::from_slice(&files[Path::new("summary.json")]).unwrap();
    assert_eq!(embedded, written, "the page carries the whole summary.json");
    // Chart text: the organization's name is escaped inside every SVG, and so is a platform
    // word from the archive on the per-platform chart.
    for svg in html.split("<svg").skip(1) {
        let svg = &svg[..svg.find("</svg>").unwrap()];
        assert!(
            !svg.contains("<script") && !svg.contains("<img"),
            "markup inside an SVG chart"
        );
        assert!(svg.contains("&lt;script&gt;"));
    }
    let platforms = html.find("id=\"chart-platform-dialogue-share\"").unwrap();
    let svg = &html[platforms..platforms + html[platforms..].find("</svg>").unwrap()];
    assert!(svg.contains("forum&lt;img src=x onerror=window.__pwned=5&gt;"));
    // Only the page's own script may run: the policy names it by its hash and nothing else.
    assert!(html.contains("default-src &#x27;none&#x27;") || html.contains("default-src 'none'"));
    assert_eq!(html.matches("<script>").count(), 1);
}

#[test]
fn the_page_is_self_contained() {
    let (_, files) = plain();
    let html = text(files, "index.html");
    for needle in [
        "<link",
        "src=\"http",
        "src=\"//",
        "@import",
        "url(",
        "<iframe",
        "<img",
    ] {
        assert!(
            !html.contains(needle),
            "the page loads something: `{needle}`"
        );
    }
    assert!(html.len() < 10 << 20);
}

#[test]
fn not_measurable_figures_show_the_reason_and_never_zero() {
    let (summary, files) = museum();
    assert!(summary.overall.response_rate.is_none());
    let html = text(&files, "index.html");
    let row = |name: &str| -> String {
        let start = html
            .find(&format!("<tr id=\"fig-{name}\">"))
            .unwrap_or_else(|| panic!("no row for {name}"));
        let rest = &html[start..];
        rest[..rest.find("</tr>").unwrap()].to_string()
    };
    for name in [
        "response_rate",
        "median_response_seconds",
        "unanswered",
        "reciprocity",
    ] {
        let r = row(name);
        assert!(r.contains("not measurable"), "{name}: {r}");
        assert!(r.contains("Why not measurable:"), "{name}: {r}");
        assert!(
            r.contains("the inputs hold no messages from others"),
            "{name} names why and which export would supply it: {r}"
        );
        assert!(
            !r.contains(">0%<") && !r.contains(">0<"),
            "{name} shown as zero: {r}"
        );
    }
    let dialogue = row("dialogue_share");
    assert!(
        dialogue.contains(">0%<"),
        "a measured zero is shown: {dialogue}"
    );
    assert!(html.contains("Broadcast-only"));
    assert!(
        html.contains("Add what people sent"),
        "what to do next says which export is missing"
    );
}

#[test]
fn the_previous_period_is_compared_with_arrows() {
    let (summary, files) = plain();
    assert!(
        summary.previous.is_some(),
        "the fixture reaches back a period"
    );
    let html = text(files, "index.html");
    assert!(html.contains("Compared with the previous period"));
    assert!(html.contains("2024-01-08 to 2024-03-03"));
    assert!(html.contains('▲') || html.contains('▼'));
    assert!(html.contains("(better)") || html.contains("(worse)"));
}

#[test]
fn what_to_do_next_lists_unanswered_questions_first_with_web_links_only() {
    let (summary, files) = plain();
    let html = text(files, "index.html");
    let start = html.find("id=\"unanswered-h\"").unwrap();
    let section = &html[start..html[start..].find("</table>").unwrap() + start];
    let first_q = section.find("question").unwrap();
    assert!(section.contains("2024-03-06 11:00 UTC"));
    assert!(section.find("2024-03-06 11:00 UTC").unwrap() > first_q);
    // The oldest unanswered question has a javascript: URL in the archive: no link is made.
    let rows: Vec<&str> = section.split("<tr>").skip(2).collect();
    assert!(rows[0].contains("no link"), "{}", rows[0]);
    assert!(rows[1].contains("href=\"https:&#x2f;&#x2f;x.com"));
    assert_eq!(summary.unanswered.len(), rows.len());
    assert!(html.contains("went out through schedulers"));
}

#[test]
fn redact_leaves_no_inbound_author_in_any_output_file() {
    let authors = inbound_authors();
    assert!(authors.len() >= 10, "{authors:?}");
    let (summary, files) = library_report(Redact::People, "Riverside Library", Dialect::Standard);
    assert!(summary.provenance.redacted);
    assert!(!summary.provenance.texts_withheld);
    for (path, bytes) in &files {
        let content = String::from_utf8_lossy(bytes).to_lowercase();
        for a in &authors {
            assert!(
                !content.contains(&a.to_lowercase()),
                "{} still names {a}",
                path.display()
            );
        }
    }
    // Consistent aliases: the person the library answered on 2024-03-04 is the same alias as
    // the author of the question, and the library's own words are kept.
    let csv = text(&files, "items.csv");
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    let by_id = |id: &str| rows.iter().find(|r| &r[0] == id).unwrap().clone();
    let asker = by_id("c10")[2].to_string();
    assert!(asker.starts_with("person-"), "{asker}");
    let reply = by_id("r10");
    assert_eq!(&reply[2], "riversidelib");
    assert!(
        reply[19].starts_with(&format!("'@{asker} every weekday")),
        "{}",
        &reply[19]
    );
    assert_eq!(
        by_id("c17")[2].to_string(),
        asker,
        "same person, same alias"
    );
    assert!(by_id("c10")[19].contains("is that every weekday"));
}

#[test]
fn withholding_texts_removes_what_people_wrote_but_keeps_the_organizations_words() {
    let (summary, files) = library_report(
        Redact::PeopleAndTexts,
        "Riverside Library",
        Dialect::Standard,
    );
    assert!(summary.provenance.texts_withheld);
    let everything: String = files
        .values()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect();
    for words in [
        "printer upstairs is jammed",
        "Middlemarch forever",
        "teenagers volunteer",
    ] {
        assert!(!everything.contains(words), "`{words}` was not withheld");
    }
    assert!(everything.contains("Spring opening hours start today"));
    let html = text(&files, "index.html");
    assert!(html.contains("text withheld"));
    assert!(summary.overall.response_rate.is_some(), "figures are kept");
}

#[test]
fn excel_csv_has_a_bom_semicolons_and_neutralized_formulas() {
    let (_, excel) = library_report(Redact::Off, "Riverside Library", Dialect::Excel);
    let plain = &plain().1[Path::new("items.csv")];
    let excel = &excel[Path::new("items.csv")];
    assert!(!plain.starts_with(b"\xEF\xBB\xBF"));
    assert!(excel.starts_with(b"\xEF\xBB\xBF"));
    let head = String::from_utf8_lossy(&excel[3..excel.iter().position(|&b| b == b'\n').unwrap()])
        .into_owned();
    assert!(
        head.starts_with("id;platform;author;created_at;direction"),
        "{head}"
    );
    let read = |bytes: &[u8], delimiter: u8| -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(bytes)
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    };
    let a = read(plain, b',');
    let b = read(&excel[3..], b';');
    assert_eq!(a, b, "the same cells in both dialects");
    let formula = b.iter().find(|r| r[0] == "c15").unwrap();
    assert!(formula[19].starts_with("'=HYPERLINK"), "{}", formula[19]);
}

#[test]
fn the_comparison_page_shows_each_organization_with_its_own_verdict() {
    let library = &plain().0;
    let (museum, _) = museum();
    let html =
        String::from_utf8(report::compare::render(&[library.clone(), museum]).unwrap()).unwrap();
    assert!(html.contains("2 organizations compared"));
    let cards: Vec<&str> = html.split("<li class=\"card ").skip(1).collect();
    assert_eq!(cards.len(), 2);
    assert!(cards[0].starts_with("mixed"));
    assert!(cards[0].contains("Riverside Library") && cards[0].contains("Mixed"));
    assert!(cards[1].starts_with("broadcast-only"));
    assert!(cards[1].contains("Harbour Museum") && cards[1].contains("Broadcast-only"));
    assert!(html.contains(&format!(
        "Riverside Library {}",
        library.overall.listening_score.unwrap()
    )));
    let rate = html.find("Response rate").unwrap();
    let row = &html[rate..rate + html[rate..].find("</tr>").unwrap()];
    assert!(row.contains("45%"), "{row}");
    assert!(row.contains("not measurable"), "{row}");
    let note = row
        .split("href=\"#note-")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let why = &html[html.find(&format!("<li id=\"note-{note}\">")).unwrap()..];
    let why = &why[..why.find("</li>").unwrap()];
    assert!(why.contains("Harbour Museum"), "{why}");
    assert!(
        why.contains("the inputs hold no messages from others"),
        "{why}"
    );
    assert!(
        html.contains("(from 1 of 4 figures)"),
        "a thin score says so"
    );
    assert!(
        !html.contains("<script"),
        "the comparison page runs nothing"
    );
}

#[test]
fn templated_replies_and_uncertain_labels_are_listed_from_the_summary() {
    let mut summary = plain().0.clone();
    summary.templated = vec![earshot::summary::TemplatedGroup {
        text: "Thanks for your message, we will look into it.".into(),
        people: 4,
        items: 5,
    }];
    summary.uncertain = vec![earshot::summary::ItemRef {
        id: "u1".into(),
        platform: "x".into(),
        author: "riversidelib".into(),
        created_at: Some("2024-03-05T09:00:00Z".into()),
        text: "Is <b>this</b> dialogue?".into(),
        url: Some("javascript:alert(1)".into()),
        label: Some("dialogue".into()),
        reasons: vec!["question-to-people".into()],
        question: false,
        confidence: 0.55,
    }];
    let html = String::from_utf8(
        report::html::render(&summary, &report::Rows::from_list(Vec::new()), &[]).unwrap(),
    )
    .unwrap();
    let check = &html[html.find("id=\"check-h\"").unwrap()..];
    let check = &check[..check.find("</table>").unwrap()];
    assert!(
        check.contains("Is &lt;b&gt;this&lt;&#x2f;b&gt; dialogue?"),
        "{check}"
    );
    assert!(
        check.contains("question-to-people") && check.contains("55%"),
        "{check}"
    );
    assert!(html.contains("4 people got one of 1 stock replies"));
    let start = html.find("id=\"templated-h\"").unwrap();
    let table = &html[start..start + html[start..].find("</table>").unwrap()];
    assert!(table.contains("Thanks for your message, we will look into it."));
    assert!(
        table.contains("<td class=\"num\">4</td><td class=\"num\">5</td>"),
        "{table}"
    );
}

#[test]
fn the_command_line_wires_redact_withhold_texts_and_excel() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("report");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_earshot"))
        .arg("audit")
        .arg(fixture("riverside.csv"))
        .args(["--name", "Riverside Library", "--withhold-texts", "--excel"])
        .arg("--out")
        .arg(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    let csv = std::fs::read(dir.join("items.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBFid;platform;"));
    let summary: Summary =
        serde_json::from_slice(&std::fs::read(dir.join("summary.json")).unwrap()).unwrap();
    assert!(summary.provenance.redacted && summary.provenance.texts_withheld);
    let csv = String::from_utf8_lossy(&csv);
    assert!(!csv.contains("sam_b") && !csv.contains("printer upstairs"));
    assert!(dir.join("charts/weekly-push-dialogue@2x.png").exists());
}

#[test]
fn redact_also_covers_the_reading_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("inbox.csv");
    std::fs::write(
        &input,
        "id,author,created_at,direction,in_reply_to,text\n\
         1,sam_b,2024-03-04T10:00:00Z,inbound,,@riversidelib open today?\n\
         2,riversidelib,2024-03-04T11:00:00Z,outbound,1,@sam_b yes!\n\
         3,riversidelib,2024-03-04T12:00:00Z,sam_b,,damaged\n",
    )
    .unwrap();
    let mut opts = AuditOptions::new(vec![input]);
    opts.redact = Redact::People;
    let summary = audit::run(&opts).unwrap().summary;
    let messages: Vec<&str> = summary
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("person-0001")),
        "{messages:?}"
    );
    assert!(
        !messages.iter().any(|m| m.contains("sam_b")),
        "{messages:?}"
    );
}
