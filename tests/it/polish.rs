//! What users read: claims in words, tolls without repeats, sources as written, magnitudes
//! that are not counts, help text that does not break inside a word, ignore files outside git,
//! SARIF's tool link.

use crate::support::{crosscheck, stderr, stdout, write};

#[test]
fn claims_are_printed_in_words_not_debug_text() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        "+++\noutlet = \"A\"\npublished = 2025-03-29\n+++\n\
         The quake struck on Friday. The junta took power in February 2021. \
         Elections were held in 2022 and again on 3 March 2024.\n",
    );
    let output = crosscheck(&["claims", dir.path().join("a.md").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    for debug in ["{", "}", "Weekday", "Month", "Year", "Day"] {
        assert!(!out.contains(debug), "debug text `{debug}` in\n{out}");
    }
    for words in [
        "Friday → 2025-03-28",
        "February 2021",
        "2022",
        "3 March 2024",
    ] {
        assert!(out.contains(words), "missing {words:?} in\n{out}");
    }
}

#[test]
fn a_rising_toll_names_each_figure_once() {
    let dir = tempfile::tempdir().unwrap();
    let report = |outlet: &str, time: &str, words: &str| {
        format!(
            "+++\noutlet = \"{outlet}\"\npublished = 2025-09-07T{time}:00Z\nevent = \"e\"\n+++\n{words} people were killed in the attack.\n"
        )
    };
    write(dir.path(), "a.md", report("A", "06:00", "Two"));
    write(dir.path(), "b.md", report("B", "08:00", "Two"));
    write(dir.path(), "c.md", report("C", "09:00", "Two"));
    write(dir.path(), "d.md", report("D", "12:00", "Three"));
    let output = crosscheck(&["check", dir.path().to_str().unwrap(), "--format", "short"]);
    let out = stdout(&output);
    let line = out
        .lines()
        .find(|l| l.contains("toll-rose"))
        .unwrap_or_else(|| panic!("no toll-rose finding in\n{out}{}", stderr(&output)));
    assert!(
        line.ends_with(
            "2 (A, 2025-09-07 06:00 UTC, and 2 later reports) → 3 (D, 2025-09-07 12:00 UTC)"
        ),
        "{line}"
    );
}

#[test]
fn sources_are_printed_as_written() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        "+++\noutlet = \"A\"\npublished = 2025-07-04\n+++\n\
         Northwind Motors said 14 people were killed. Rescue workers said 16 people were injured.\n",
    );
    let output = crosscheck(&["claims", dir.path().join("a.md").to_str().unwrap()]);
    let out = stdout(&output);
    assert!(out.contains("source=\"Northwind Motors\""), "{out}");
    assert!(out.contains("source=\"Rescue workers\""), "{out}");
}

#[test]
fn a_capital_that_opens_the_sentence_still_names_no_one() {
    // Written as they are, but "Rescue workers" and "Officials" name no one in particular: the
    // two figures contradict each other, they are not two sources that disagree.
    let dir = tempfile::tempdir().unwrap();
    let report = |outlet: &str, words: &str| {
        format!("+++\noutlet = \"{outlet}\"\npublished = 2025-07-04\nevent = \"e\"\n+++\n{words}\n")
    };
    write(
        dir.path(),
        "a.md",
        report("A", "Rescue workers said 14 drones were launched."),
    );
    write(
        dir.path(),
        "b.md",
        report("B", "Officials said 20 drones were launched."),
    );
    let output = crosscheck(&["check", dir.path().to_str().unwrap(), "--format", "short"]);
    let out = stdout(&output);
    assert!(out.contains("conflicting-figures"), "{out}");
    assert!(!out.contains("sources-disagree"), "{out}");
}

#[test]
fn a_magnitude_is_not_a_count() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        "+++\noutlet = \"A\"\npublished = 2025-03-29\n+++\n\
         A magnitude 7.1 earthquake struck central Myanmar on Friday.\n\n\
         A magnitude-7.1 earthquake hit the region.\n\n\
         The 7.7-magnitude quake killed 1,644 people.\n\n\
         A 7.7 magnitude earthquake struck, killing 144 people.\n\n\
         The quake measured 7.1 on the Richter scale, and 5 people were killed.\n\n\
         A category 4 hurricane made landfall, and 12 people were injured.\n\n\
         Russia launched a magnitude 7.1 earthquake.\n",
    );
    let output = crosscheck(&[
        "claims",
        dir.path().join("a.md").to_str().unwrap(),
        "--format",
        "json",
        "--skipped",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let figures: Vec<(f64, String)> = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "quantity")
        .map(|c| {
            (
                c["number"].as_f64().unwrap(),
                c["measure"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    let expected: Vec<(f64, String)> = [
        (1644.0, "people.killed"),
        (144.0, "people.killed"),
        (5.0, "people.killed"),
        (12.0, "people.injured"),
    ]
    .iter()
    .map(|(n, m)| (*n, m.to_string()))
    .collect();
    assert_eq!(figures, expected);
}

#[test]
fn the_feed_help_names_every_key() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "feed.jsonl",
        "{\"id\": 1, \"text\": \"Russia launched 550 drones.\", \"event\": \"e\", \"lang\": \"en\"}\nnot json\n",
    );
    let output = crosscheck(&[
        "check",
        dir.path().join("feed.jsonl").to_str().unwrap(),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let help = json["errors"][0]["help"].as_str().unwrap_or_default();
    for key in [
        "text",
        "id",
        "outlet",
        "published",
        "title",
        "url",
        "event",
        "lang",
    ] {
        assert!(help.contains(&format!("`{key}`")), "{key} not in {help:?}");
    }
}

#[test]
fn gitignore_is_honoured_outside_a_git_repository() {
    let dir = tempfile::tempdir().unwrap();
    let report = |outlet: &str, n: u32| {
        format!(
            "+++\noutlet = \"{outlet}\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched {n} drones overnight.\n"
        )
    };
    write(dir.path(), "reports/a.md", report("A", 550));
    write(dir.path(), "reports/drafts/b.md", report("B", 539));
    write(dir.path(), "reports/.gitignore", "drafts/\n");
    assert!(!dir.path().join(".git").exists());
    let output = crosscheck(&[
        "check",
        dir.path().join("reports").to_str().unwrap(),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["reports"], 1, "{json}");
}
