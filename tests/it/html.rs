//! `--format html` in a real headless browser (Debian's Chromium; `.ci/run` installs it): the
//! page loads without script errors, every finding of the JSON output is in it, events open
//! with their reports, marks, timelines and graphs, 10,000 findings are drawn lazily, and a
//! screenshot is written to target/html-report/ for a person to look at.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use crosscheck::claim::ReportIndex;
use crosscheck::finding::{Finding, Location, Severity};
use crosscheck::report::{Meta, Report};
use crosscheck::span::Span;

use crate::support::{crosscheck, stderr};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");

/// The browser, or why the test cannot run: in CI (`CI` set) a missing browser fails the test.
fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|dir| dir.join(name))
                    .find(|path| path.is_file())
            })
        });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium is missing; .ci/run installs it (apt-get install chromium)"
        );
        eprintln!("skipped: no Chromium on this machine (apt-get install chromium)");
    }
    found
}

/// Loads a page headless and returns the DOM after its script ran, and the browser's log.
fn load(browser: &Path, page: &Path, hash: &str, screenshot: Option<&Path>) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut command = Command::new(browser);
    command.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=5000",
    ]);
    command.arg(format!("--user-data-dir={}", profile.path().display()));
    match screenshot {
        Some(file) => {
            command.arg("--window-size=1400,2400");
            command.arg(format!("--screenshot={}", file.display()));
        }
        None => {
            command.arg("--dump-dom");
        }
    }
    command.arg(format!("file://{}{hash}", page.display()));
    let output = command.output().expect("Chromium runs");
    (
        String::from_utf8_lossy(&output.stdout).to_string(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{a0}', "&nbsp;")
}

fn assert_clean(dom: &str, log: &str) {
    assert!(dom.contains("data-ready=\"yes\""), "the script finished");
    assert!(!dom.contains("data-errors"), "script errors: {dom:.2000}");
    let console_errors: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught"))
        .collect();
    assert!(console_errors.is_empty(), "{console_errors:#?}");
}

#[test]
fn the_corpus_page_shows_every_finding_and_opens_its_events() {
    let Some(browser) = chromium() else {
        return;
    };
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-report");
    std::fs::create_dir_all(&out).unwrap();
    let page = out.join("corpus.html");
    let html = crosscheck(&[
        "check",
        CORPUS,
        "--format",
        "html",
        "--output",
        page.to_str().unwrap(),
    ]);
    assert_eq!(html.status.code(), Some(1), "{}", stderr(&html));
    let page_text = std::fs::read_to_string(&page).unwrap();
    // Self-contained: nothing to fetch.
    assert!(!page_text.contains("<script src"));
    assert!(!page_text.contains("<link "));

    let json = crosscheck(&["check", CORPUS, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert!(findings.len() >= 10);

    let (dom, log) = load(&browser, &page, "", None);
    assert_clean(&dom, &log);
    for finding in findings {
        let message = escaped(finding["message"].as_str().unwrap());
        assert!(dom.contains(&message), "the page lacks: {message}");
    }
    assert_eq!(dom.matches("class=\"finding ").count(), findings.len());

    // Every event opened: reports side by side, claims marked with their fields, tolls and
    // graphs drawn.
    let (opened, log) = load(&browser, &page, "#open=all", None);
    assert_clean(&opened, &log);
    assert!(opened.matches("<mark ").count() > 100);
    assert!(opened.contains("<mark class=\"quantity\""));
    assert!(opened.contains("\nmeasure: drones.launched\n"));
    assert!(opened.contains("<svg class=\"timeline\""));
    assert!(opened.contains("<svg class=\"graph\""));
    assert_eq!(
        opened.matches("<article class=\"report\"").count(),
        json["reports"].as_u64().unwrap() as usize
    );

    let shot = out.join("corpus.png");
    let _ = load(&browser, &page, "", Some(&shot));
    assert!(
        std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0) > 10_000,
        "a screenshot at {}",
        shot.display()
    );
    eprintln!("screenshot: {}", shot.display());
}

#[test]
fn ten_thousand_findings_are_drawn_a_page_at_a_time() {
    let Some(browser) = chromium() else {
        return;
    };
    let text: Arc<str> = Arc::from(
        "Russia launched 550 drones overnight.\n"
            .repeat(50)
            .as_str(),
    );
    let report = Report {
        path: "many.md".into(),
        name: None,
        body: Span::new(0, text.len()),
        text,
        meta: Meta::default(),
        origin: None,
        topics: Vec::new(),
        names: Vec::new(),
        fingerprint: Default::default(),
    };
    let findings: Vec<Finding> = (0..10_000)
        .map(|i| Finding {
            rule: format!("rule-{}", i % 7),
            severity: [Severity::Info, Severity::Warning, Severity::Error][i % 3],
            message: format!("finding number {i}"),
            help: None,
            because: None,
            locations: vec![Location {
                report: ReportIndex(0),
                span: Span::new(16, 26),
                value: "550 drones launched".into(),
            }],
            fix: None,
        })
        .collect();
    let page_text = crosscheck::render::findings_html(&[report], &findings, &[], &[]);
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-report");
    std::fs::create_dir_all(&out).unwrap();
    let page = out.join("many.html");
    std::fs::write(&page, page_text).unwrap();
    let (dom, log) = load(&browser, &page, "", None);
    assert_clean(&dom, &log);
    assert!(dom.contains("10000 finding(s)"));
    let drawn = dom.matches("class=\"finding ").count();
    assert!(
        (100..=300).contains(&drawn),
        "{drawn} findings drawn at first"
    );
    assert!(dom.contains("finding number 0<"));
    assert!(
        !dom.contains("finding number 9999<"),
        "the end is drawn only when reached"
    );
}
