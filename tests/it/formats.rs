//! The newsroom workflow from the command line: feeds, standard input, every output format with
//! its exact text, SARIF validated against the SARIF 2.1.0 schema, JSON against ours, inline
//! suppressions, baselines and the review of a draft against the corpus.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::support::{crosscheck_in, stderr, stdout, write};

fn crosscheck_stdin(dir: &Path, args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

const A: &str = "+++\noutlet = \"A\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 550 drones overnight.\n";
const B: &str = "+++\noutlet = \"B\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 539 drones overnight.\n";

/// Two reports that disagree on one figure.
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reports/a.md", A);
    write(dir.path(), "reports/b.md", B);
    dir
}

fn validate(schema: &Value, instance: &Value) {
    // Formats are not asserted: draft 7 makes them optional, and the published SARIF schema
    // has a `language` pattern that strict ECMA-262 regex checking rejects.
    let validator = jsonschema::validator_for(schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{instance:#}");
}

/// The SARIF 2.1.0 schema as shipped inside the serde-sarif crate (a dev-dependency, so its
/// source is in Cargo's registry folder): nothing is downloaded.
fn sarif_schema() -> Value {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .expect("CARGO_HOME or HOME is set");
    let mut found: Vec<PathBuf> = std::fs::read_dir(home.join("registry/src"))
        .expect("cargo's registry folder")
        .flatten()
        .flat_map(|index| {
            std::fs::read_dir(index.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .filter(|dir| {
            dir.file_name()
                .to_string_lossy()
                .starts_with("serde-sarif-0.8.")
        })
        .map(|dir| dir.path().join("src/schema.json"))
        .filter(|path| path.is_file())
        .collect();
    found.sort();
    let schema = found
        .last()
        .expect("serde-sarif's schema.json in cargo's registry");
    // The published schema's `language` pattern has a stray `]` that ECMA-262 regexes reject,
    // so the validator refuses the schema itself; the pattern it means is put in its place.
    let text = std::fs::read_to_string(schema).unwrap().replace(
        "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
        "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
    );
    serde_json::from_str(&text).unwrap()
}

#[test]
fn short_and_github_formats_print_exact_lines() {
    let dir = fixture();
    let short = crosscheck_in(dir.path(), &["check", "reports", "--format", "short"]);
    assert_eq!(short.status.code(), Some(1));
    assert_eq!(
        stdout(&short),
        "reports/a.md:6:17: warning conflicting-figures: reports of the same event disagree on drones launched: 550 (A), 539 (B)\n"
    );
    let github = crosscheck_in(dir.path(), &["check", "reports", "--format", "github"]);
    assert_eq!(github.status.code(), Some(1));
    assert_eq!(
        stdout(&github),
        "::warning file=reports/a.md,line=6,col=17,endLine=6,endColumn=27,title=crosscheck conflicting-figures::reports of the same event disagree on drones launched: 550 (A), 539 (B) (see also reports/b.md:6:17)%0Acompared because they are event `e` and count drones launched\n"
    );
    // An input problem is an error annotation, and the exit code says not everything was read.
    write(dir.path(), "reports/c.md", "+++\noutlet = \"C\"\n");
    let github = crosscheck_in(dir.path(), &["check", "reports", "--format", "github"]);
    assert_eq!(github.status.code(), Some(2));
    assert!(
        stdout(&github)
            .contains("::error file=reports/c.md,line=1,col=1,title=crosscheck input problem::"),
        "{}",
        stdout(&github)
    );
}

#[test]
fn human_format_shows_both_reports() {
    let dir = fixture();
    let output = crosscheck_in(dir.path(), &["check", "reports"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("╭─[reports/a.md:6:17]"), "{text}");
    assert!(text.contains("╭─[reports/b.md:6:17]"), "{text}");
    assert!(
        text.ends_with("1 warning in 2 reports; 2 figures read, 2 compared\n"),
        "{text}"
    );
    assert!(
        !text.contains('\u{1b}'),
        "NO_COLOR and a pipe: no escape codes"
    );
}

#[test]
fn json_output_validates_against_its_schema() {
    let dir = fixture();
    write(dir.path(), "reports/c.md", "");
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "json"]);
    assert_eq!(output.status.code(), Some(2));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/findings.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    validate(&schema, &json);
    assert_eq!(json["findings"][0]["locations"][1]["path"], "reports/b.md");
    assert_eq!(json["errors"][0]["path"], "reports/c.md");
    // The schema is not a formality: a finding without locations fails it.
    let mut broken = json.clone();
    broken["findings"][0]["locations"] = serde_json::json!([]);
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(!validator.is_valid(&broken));
}

#[test]
fn sarif_output_validates_against_the_sarif_schema() {
    let dir = fixture();
    write(dir.path(), "reports/broken.md", "+++\noutlet = \"C\"\n");
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "sarif"]);
    assert_eq!(output.status.code(), Some(2));
    let sarif: Value = serde_json::from_slice(&output.stdout).unwrap();
    validate(&sarif_schema(), &sarif);
    // The typed model of the same schema reads it too.
    let typed: serde_sarif::sarif::Sarif = serde_json::from_value(sarif.clone()).unwrap();
    assert_eq!(typed.runs.len(), 1);

    let run = &sarif["runs"][0];
    assert_eq!(sarif["version"], "2.1.0");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "conflicting-figures"));
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "conflicting-figures");
    assert_eq!(
        rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "conflicting-figures"
    );
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 6);
    assert_eq!(region["snippet"]["text"], "550 drones");
    let related = &result["relatedLocations"][0];
    assert_eq!(
        related["physicalLocation"]["artifactLocation"]["uri"],
        "reports/b.md"
    );
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    assert_eq!(
        run["invocations"][0]["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]
            ["artifactLocation"]["uri"],
        "reports/broken.md"
    );
}

#[test]
fn sarif_of_the_corpus_validates() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = crosscheck_in(corpus, &["check", "corpus", "--format", "sarif"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let sarif: Value = serde_json::from_slice(&output.stdout).unwrap();
    validate(&sarif_schema(), &sarif);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.len() >= 10);
}

const FEED: &str = concat!(
    r#"{"id": "a-1", "outlet": "A", "published": "2025-07-04T07:40:00Z", "event": "e", "title": "Drones", "url": "https://a.example/1", "text": "Russia launched 550 drones overnight, the \"largest\" attack."}"#,
    "\n",
    r#"{"id": "b-1", "outlet": "B", "published": "2025-07-04", "event": "e", "text": "Russia launched 539 drones overnight."}"#,
    "\n",
    "{\"id\": \"c-1\", \"text\": }\n",
    "\n",
    r#"{"id": 7, "outlet": "C", "published": "2025-07-04", "event": "e", "text": "Air defences were busy."}"#,
    "\n",
);

#[test]
fn jsonl_feed_reads_every_good_line_and_locates_the_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "feed.jsonl", FEED);
    let output = crosscheck_in(dir.path(), &["check", "feed.jsonl", "--format", "short"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a bad line: not everything was checked"
    );
    // Positions are in the feed file: line 1, the column of "550" in the raw JSON line.
    let column = FEED.lines().next().unwrap().find("550").unwrap() + 1;
    assert_eq!(
        stdout(&output),
        format!(
            "feed.jsonl:1:{column}: warning conflicting-figures: reports of the same event disagree on drones launched: 550 (A), 539 (B)\n"
        )
    );
    assert_eq!(
        stderr(&output),
        "feed.jsonl:3:23: error: line 3 is not a report: expected value\n\
         1 warning in 3 reports; 2 figures read, 2 compared; 1 input problem (see above): not everything was checked\n"
    );
    let json = crosscheck_in(dir.path(), &["check", "feed.jsonl", "--format", "json"]);
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["reports"], 3);
    assert_eq!(json["findings"][0]["locations"][0]["report"], "a-1");
    assert_eq!(json["findings"][0]["locations"][0]["text"], "550 drones");
}

#[test]
fn standard_input_is_read_as_a_report_or_a_feed() {
    let dir = fixture();
    let draft = "+++\noutlet = \"D\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 500 drones overnight.\n";
    let output = crosscheck_stdin(
        dir.path(),
        &["check", "-", "reports/a.md", "--format", "short"],
        draft.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "<stdin>:6:17: warning conflicting-figures: reports of the same event disagree on drones launched: 500 (D), 550 (A)\n"
    );
    let output = crosscheck_stdin(
        dir.path(),
        &["check", "-", "--format", "short"],
        FEED.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stdout(&output).starts_with("<stdin>:1:"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn inline_suppression_silences_a_finding_and_reports_an_unused_one() {
    let dir = fixture();
    let suppressed = B.replace(
        "Russia launched",
        "<!-- crosscheck-ignore conflicting-figures: the air force revised its count -->\nRussia launched",
    );
    write(dir.path(), "reports/b.md", &suppressed);
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "short"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stdout(&output), "");

    // A comment with nothing after it to silence is a warning of its own.
    write(dir.path(), "reports/b.md", B);
    write(
        dir.path(),
        "reports/a.md",
        format!("{A}\n<!-- crosscheck-ignore conflicting-figures: stale -->\n"),
    );
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "short"]);
    assert_eq!(
        stdout(&output),
        "reports/a.md:6:17: warning conflicting-figures: reports of the same event disagree on drones launched: 550 (A), 539 (B)\n\
         reports/a.md:8:1: warning unused-suppression: this suppression of conflicting-figures silences nothing\n"
    );

    // A suppression naming no rule is a located input problem.
    let unknown = B.replace(
        "Russia launched",
        "<!-- crosscheck-ignore no-such-rule -->\nRussia launched",
    );
    write(dir.path(), "reports/b.md", &unknown);
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "short"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(
            "reports/b.md:6:1: error: the suppression names no known rule: `no-such-rule`"
        ),
        "{}",
        stderr(&output)
    );
}

#[test]
fn baseline_accepts_findings_by_content_and_reports_stale_entries() {
    let dir = fixture();
    let write_it = crosscheck_in(
        dir.path(),
        &["check", "reports", "--write-baseline", "baseline.json"],
    );
    assert_eq!(write_it.status.code(), Some(0), "{}", stderr(&write_it));
    assert_eq!(
        stderr(&write_it),
        "wrote 1 accepted finding(s) to baseline.json\n"
    );
    let baseline: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("baseline.json")).unwrap())
            .unwrap();
    assert_eq!(baseline["findings"][0]["rule"], "conflicting-figures");

    let args = [
        "check",
        "reports",
        "--baseline",
        "baseline.json",
        "--format",
        "short",
    ];
    let output = crosscheck_in(dir.path(), &args);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "");

    // Edits elsewhere in a report move the finding's lines; the baseline still matches.
    write(
        dir.path(),
        "reports/a.md",
        A.replace(
            "Russia launched",
            "Sirens sounded across the country.\n\nRussia launched",
        ),
    );
    let output = crosscheck_in(dir.path(), &args);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));

    // A changed figure is a new finding; the accepted one is gone, and the baseline says so.
    write(dir.path(), "reports/a.md", A.replace("550", "560"));
    let output = crosscheck_in(dir.path(), &args);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("560 (A), 539 (B)"));
    assert!(
        stderr(&output).starts_with("baseline: stale entry conflicting-figures "),
        "{}",
        stderr(&output)
    );

    // A broken baseline is a located problem.
    write(
        dir.path(),
        "broken.json",
        "{\"version\": 1,\n \"findings\": [}\n",
    );
    let output = crosscheck_in(
        dir.path(),
        &["check", "reports", "--baseline", "broken.json"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("broken.json: not a crosscheck baseline"));
}

/// A draft about the 4 July 2025 attack on Kyiv. Its drone and missile counts, titles and
/// dates agree with the corpus; its injured count (14) does not: the corpus says 23, or at
/// least 23, or more than 20.
const DRAFT: &str = "+++\ntitle = \"Kyiv counts the damage\"\noutlet = \"Draft Desk\"\npublished = 2025-07-04\nevent = \"kyiv-attack-2025-07-04\"\n+++\n\
Russia fired 539 drones and 11 missiles at Ukraine overnight, the air force said, and most were aimed at Kyiv.\n\n\
Fourteen people were injured in the capital, city officials said.\n\n\
Ukrainian Foreign Minister Andrii Sybiha urged allies to send more air defence systems after the call between US President Donald Trump and Russian President Vladimir Putin.\n";

#[test]
fn review_reports_only_what_involves_the_draft() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "draft.md", DRAFT);
    let draft = dir.path().join("draft.md");
    let output = crosscheck_in(
        root,
        &[
            "review",
            draft.to_str().unwrap(),
            "--against",
            "corpus",
            "--format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let summary: Vec<String> = findings
        .iter()
        .map(|f| format!("{}: {}", f["rule"], f["message"]))
        .collect();
    assert_eq!(findings.len(), 1, "{summary:#?}");
    assert_eq!(findings[0]["rule"], "conflicting-figures");
    let locations = findings[0]["locations"].as_array().unwrap();
    assert!(
        locations
            .iter()
            .any(|l| l["text"] == "Fourteen people were injured"),
        "{locations:#?}"
    );
    assert!(
        locations.iter().any(|l| l["path"]
            .as_str()
            .unwrap()
            .starts_with("corpus/kyiv-attack-2025-07-04/")),
        "{locations:#?}"
    );

    // The same draft made consistent: nothing to say, though the corpus itself has findings.
    write(
        dir.path(),
        "draft.md",
        DRAFT.replace("Fourteen", "Twenty-three"),
    );
    let output = crosscheck_in(
        root,
        &["review", draft.to_str().unwrap(), "--against", "corpus"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).starts_with("no findings in "),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("archived reports"));
}

#[cfg(feature = "html")]
#[test]
fn html_pages_are_read_and_findings_point_into_them() {
    let dir = fixture();
    let page = r#"<!doctype html><html><head><title>Night attack</title>
<meta property="og:site_name" content="Page Post">
<meta property="article:published_time" content="2025-07-04T10:00:00Z">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-07-04T10:00:00Z"}</script>
</head><body><nav><a href="/">Home</a> <a href="/drones">Drones</a></nav>
<article><h1>Night attack</h1>
<p>Russia launched 545 drones overnight at cities across Ukraine, the country's air force said on Friday, in one of the largest attacks so far.</p>
<p>Emergency crews worked through the morning to put out fires in several districts of the capital after the attack ended.</p>
<p>Officials said repairs to damaged buildings would take weeks, and schools in the worst-hit areas would stay closed.</p>
</article><footer>Read more: 10 drones facts</footer></body></html>"#;
    write(dir.path(), "reports/a.md", A.replace("event = \"e\"\n", ""));
    write(dir.path(), "reports/b.md", B.replace("event = \"e\"\n", ""));
    write(dir.path(), "page.html", page);
    let output = crosscheck_in(
        dir.path(),
        &["check", "page.html", "reports/a.md", "--format", "short"],
    );
    let line = page.lines().position(|l| l.contains("545")).unwrap() + 1;
    let column = page.lines().nth(line - 1).unwrap().find("545").unwrap() + 1;
    assert_eq!(
        stdout(&output),
        format!(
            "page.html:{line}:{column}: warning conflicting-figures: reports of the same event disagree on drones launched: 545 (Page Post), 550 (A)\n"
        )
    );
}

#[test]
fn output_is_the_same_whatever_the_number_of_threads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = |threads: &str| {
        let output = crosscheck_in(
            root,
            &[
                "check",
                "corpus",
                "../shared/seeds",
                "--format",
                "json",
                "--threads",
                threads,
            ],
        );
        assert!(output.status.code().is_some_and(|c| c <= 2));
        output.stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    for threads in ["2", "4", "7"] {
        assert!(
            run(threads) == one,
            "--threads {threads} changes the output"
        );
    }
}

#[test]
fn graph_command_prints_dot_and_json() {
    let dir = fixture();
    let dot = crosscheck_in(dir.path(), &["graph", "reports"]);
    assert_eq!(dot.status.code(), Some(0));
    let text = stdout(&dot);
    assert!(text.starts_with("digraph claims {"), "{text}");
    assert!(text.contains("label=\"550 drones\", shape=box"), "{text}");
    assert!(
        text.contains("label=\"event `e`\", shape=ellipse"),
        "{text}"
    );
    let json = crosscheck_in(dir.path(), &["graph", "reports", "--format", "json"]);
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    let nodes = json["nodes"].as_array().unwrap();
    let claim = nodes
        .iter()
        .find(|n| n["type"] == "claim" && n["text"] == "539 drones")
        .expect("the claim is a node");
    assert_eq!(claim["measure"], "drones.launched");
    let event = nodes.iter().find(|n| n["type"] == "event").unwrap();
    assert!(
        json["edges"].as_array().unwrap().iter().any(|e| {
            e["from"] == claim["id"] && e["to"] == event["id"] && e["label"] == "about"
        })
    );
}

#[test]
fn explain_prints_why_claims_were_compared() {
    let dir = fixture();
    let output = crosscheck_in(dir.path(), &["check", "reports", "--explain"]);
    let text = stdout(&output);
    assert!(text.contains("  why these claims were compared:\n    1. reports/a.md:6:17 \"550 drones\": read as quantity (value=550"), "{text}");
    assert!(
        text.contains("under event `e`: its report names event `e` (front matter or manifest)"),
        "{text}"
    );
    assert!(
        text.contains("    => compared because they are event `e` and count drones launched"),
        "{text}"
    );
    let json = crosscheck_in(
        dir.path(),
        &["check", "reports", "--explain", "--format", "json"],
    );
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    let explain = json["findings"][0]["explain"].as_array().unwrap();
    assert_eq!(explain.len(), 5, "{explain:#?}");
}

#[test]
fn reports_without_date_or_event_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "Floods in Harlow: 12 people were killed.\n",
    );
    write(dir.path(), "b.txt", "A fire in Tilbury killed 3 people.\n");
    let output = crosscheck_in(dir.path(), &["check", "a.txt", "b.txt"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "no findings in 2 reports; 2 figures read, 0 compared (2 have no other report of their event); 2 reports without a date or an event, compared only with themselves\n"
    );
    // Undated reports that name the same things are one story.
    write(dir.path(), "c.txt", "In Harlow, floods killed 15 people.\n");
    let output = crosscheck_in(dir.path(), &["check", "a.txt", "b.txt", "c.txt"]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("12 (a.txt), 15 (c.txt)"), "{out}");
    assert!(
        out.contains("1 report without a date or an event, compared only with itself"),
        "{out}"
    );
}

#[test]
fn review_reports_the_drafts_own_error_the_archive_repeats() {
    let dir = tempfile::tempdir().unwrap();
    let report = |outlet: &str, drones: u32| {
        format!(
            "+++\noutlet = \"{outlet}\"\npublished = 2025-07-04\nevent = \"night\"\n+++\n\
             Russia launched {drones} drones overnight. Former President Donald Trump said he was disappointed.\n"
        )
    };
    write(dir.path(), "archive/a.md", report("A", 550));
    write(dir.path(), "archive/b.md", report("B", 539));
    write(dir.path(), "draft.md", report("Draft", 539));
    let output = crosscheck_in(
        dir.path(),
        &[
            "review",
            "draft.md",
            "--against",
            "archive",
            "--format",
            "short",
        ],
    );
    let out = stdout(&output);
    // The draft's own error against the record is reported, though the archive has it too.
    assert!(
        out.contains("draft.md:6:39: warning title-contradicts-record:"),
        "{out}"
    );
    // The archive's disagreement on drones, which the draft only repeats, is left out, and
    // the summary says so.
    assert!(!out.contains("conflicting-figures"), "{out}");
    assert_eq!(output.status.code(), Some(1), "{out}");
    let human = crosscheck_in(dir.path(), &["review", "draft.md", "--against", "archive"]);
    let last = stdout(&human)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(
        last.contains("1 finding left out: the archive already has the same disagreement"),
        "{last}"
    );
    let json = crosscheck_in(
        dir.path(),
        &[
            "review",
            "draft.md",
            "--against",
            "archive",
            "--format",
            "json",
        ],
    );
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["left_out"], 1, "{json:#}");
}

#[test]
fn reports_are_compared_only_when_they_name_the_same_things() {
    let dir = tempfile::tempdir().unwrap();
    let report = |outlet: &str, text: &str| {
        format!("+++\noutlet = \"{outlet}\"\npublished = 2025-07-04\n+++\n{text}\n")
    };
    write(
        dir.path(),
        "day/quake.md",
        report(
            "A",
            "An earthquake struck Mandalay overnight. About 600 people were evacuated from damaged buildings.",
        ),
    );
    write(
        dir.path(),
        "day/flood.md",
        report(
            "B",
            "Floods swept through villages in the south. About 2,000 people were evacuated as rivers burst their banks.",
        ),
    );
    write(
        dir.path(),
        "day/fire.md",
        report(
            "C",
            "A fire broke out at a chemical plant in Lviv. About 1,200 people were evacuated from nearby homes.",
        ),
    );
    write(
        dir.path(),
        "day/quake2.md",
        report(
            "D",
            "After the earthquake in Mandalay, about 900 people were evacuated, officials said.",
        ),
    );
    let output = crosscheck_in(dir.path(), &["check", "day", "--format", "short"]);
    let out = stdout(&output);
    // The two earthquake reports disagree; the flood and the fire are other stories.
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("conflicting-figures"), "{out}");
    assert!(out.contains("600") && out.contains("900"), "{out}");
    assert!(!out.contains("2,000") && !out.contains("1,200"), "{out}");

    let explained = stdout(&crosscheck_in(dir.path(), &["check", "day", "--explain"]));
    assert!(
        explained.contains(
            "its report names no event: grouped with the reports that name the same things: day/quake2.md, 2025-07-04 (both name Mandalay, earthquake)"
        ),
        "{explained}"
    );
    let graph = stdout(&crosscheck_in(dir.path(), &["graph", "day"]));
    assert!(
        graph.contains(
            "grouped with the reports that name the same things: day/quake.md, 2025-07-04 (both name Mandalay, earthquake)"
        ),
        "{graph}"
    );
}

#[test]
fn a_draft_against_its_source_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let report = |outlet: &str, text: &str| {
        format!("+++\noutlet = \"{outlet}\"\npublished = 2025-11-20\n+++\n{text}\n")
    };
    write(
        dir.path(),
        "wire.md",
        report(
            "Harbour Wire",
            "At least 311 people were killed when the dam at Port Essel burst on Tuesday, Mayor Ana Brel said.",
        ),
    );
    write(
        dir.path(),
        "draft.md",
        report(
            "City Desk",
            "The dam at Port Essel burst on Tuesday, killing at least 312 people and injuring 40, Mayor Ana Brel said.",
        ),
    );
    let short = crosscheck_in(
        dir.path(),
        &[
            "review", "draft.md", "--source", "wire.md", "--format", "short",
        ],
    );
    let out = stdout(&short);
    assert!(
        out.contains("draft.md:5:49: error contradicts-source: the draft says \"at least 312 people\"; Harbour Wire says"),
        "{out}"
    );
    assert!(out.contains("warning not-in-source"), "{out}");
    assert_eq!(short.status.code(), Some(1), "{out}");
    // `check --source` is the same check, in JSON and SARIF too.
    let json = crosscheck_in(
        dir.path(),
        &[
            "check", "draft.md", "--source", "wire.md", "--format", "json",
        ],
    );
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["contradicts-source", "not-in-source"], "{json:#}");
    let sarif = crosscheck_in(
        dir.path(),
        &[
            "check", "draft.md", "--source", "wire.md", "--format", "sarif",
        ],
    );
    let sarif: Value = serde_json::from_slice(&sarif.stdout).unwrap();
    assert_eq!(
        sarif["runs"][0]["results"].as_array().map(Vec::len),
        Some(2),
        "{sarif:#}"
    );
    // A faithful rewrite has nothing to report.
    write(
        dir.path(),
        "faithful.md",
        report(
            "City Desk",
            "Mayor Ana Brel said at least 311 people died when the dam at Port Essel burst on Tuesday.",
        ),
    );
    let clean = crosscheck_in(
        dir.path(),
        &["review", "faithful.md", "--source", "wire.md"],
    );
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
}
