//! The persistent archive index: claims survive the round trip; a review against the index
//! says what a review against the folder says; updates re-read only what changed; a killed
//! update loses nothing; old, foreign and damaged indexes are refused with what to do.

use std::path::Path;

use crosscheck::engine;
use crosscheck::index::Stored;

use crosscheck::cli::load_reports;

use crate::support::{crosscheck_in, shipped, stderr, stdout, write};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");

fn report(outlet: &str, drones: u32) -> String {
    format!(
        "+++\noutlet = \"{outlet}\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched {drones} drones overnight, the air force said.\n"
    )
}

#[test]
fn claims_survive_the_round_trip_through_the_index() {
    let mut inputs = load_reports(&[Path::new(CORPUS).to_path_buf()]);
    let ctx = shipped().context();
    let extractions = engine::extract_all(&inputs.reports, ctx);
    assert!(extractions.iter().map(|e| e.claims.len()).sum::<usize>() > 100);
    for (report, extraction) in inputs.reports.iter_mut().zip(extractions) {
        let stored = Stored {
            claims: extraction.claims,
            topics: extraction.topics,
            names: extraction.names,
            fingerprint: extraction.fingerprint,
        };
        let json = serde_json::to_string(&stored).unwrap();
        let back: Stored = serde_json::from_str(&json).unwrap();
        assert_eq!(back, stored, "{}", report.path);
    }
}

#[test]
fn a_review_against_the_index_is_a_review_against_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let build = crosscheck_in(root, &["index", "build", CORPUS, "--db", "archive.db"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    assert!(
        stderr(&build).contains("21 reports in 21 files"),
        "{}",
        stderr(&build)
    );
    for event in ["kyiv-attack-2025-07-04", "kyiv-attack-2025-08-28"] {
        let folder = Path::new(CORPUS).join(event);
        let first = std::fs::read_dir(&folder)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .min()
            .unwrap();
        // A draft: a corpus report with one figure changed.
        let text = std::fs::read_to_string(&first).unwrap();
        let changed = text.replacen("drones", "drones and", 1);
        write(root, "draft.md", &changed);
        let against = crosscheck_in(
            root,
            &[
                "review",
                "draft.md",
                "--against",
                CORPUS,
                "--format",
                "json",
            ],
        );
        let indexed = crosscheck_in(
            root,
            &[
                "review",
                "draft.md",
                "--index",
                "archive.db",
                "--format",
                "json",
            ],
        );
        assert_eq!(against.status.code(), indexed.status.code(), "{event}");
        let findings = |o: &std::process::Output| {
            let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            json["findings"].clone()
        };
        assert_eq!(findings(&against), findings(&indexed), "{event}");
        // `check --index` is the same question asked of new reports.
        let checked = crosscheck_in(
            root,
            &[
                "check",
                "draft.md",
                "--index",
                "archive.db",
                "--format",
                "json",
            ],
        );
        assert_eq!(findings(&checked), findings(&indexed), "{event}");
    }
}

#[test]
fn an_update_reads_only_new_and_changed_files_and_drops_deleted_ones() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "archive/a.md", report("A", 550));
    write(root, "archive/b.md", report("B", 550));
    write(root, "archive/c.md", report("C", 550));
    write(root, "draft.md", report("Draft", 550));
    let build = crosscheck_in(root, &["index", "build", "archive", "--db", "x.db"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let review = |root: &Path| {
        let output = crosscheck_in(
            root,
            &["review", "draft.md", "--index", "x.db", "--format", "short"],
        );
        stdout(&output)
    };
    assert_eq!(review(root), "");

    // b changes its figure, c is rewritten with the same words, a is deleted, d is new.
    std::thread::sleep(std::time::Duration::from_millis(20));
    write(root, "archive/b.md", report("B", 539));
    write(root, "archive/c.md", report("C", 550));
    std::fs::remove_file(root.join("archive/a.md")).unwrap();
    write(root, "archive/d.md", report("D", 550));
    let update = crosscheck_in(root, &["index", "update", "--db", "x.db"]);
    assert_eq!(update.status.code(), Some(0), "{}", stderr(&update));
    assert!(
        stderr(&update).contains("2 file(s) read, 1 unchanged, 1 removed; 3 reports in 3 files"),
        "{}",
        stderr(&update)
    );
    // A draft that disagrees with all of them sees B's new figure, and not deleted A.
    write(root, "draft.md", report("Draft", 560));
    let findings = review(root);
    assert!(findings.contains("539 (B)"), "{findings}");
    assert!(
        findings.contains("550 (C)") && findings.contains("550 (D)"),
        "{findings}"
    );
    assert!(!findings.contains("(A)"), "{findings}");
    let again = crosscheck_in(root, &["index", "update", "--db", "x.db"]);
    assert!(stderr(&again).contains("0 file(s) read, 3 unchanged, 0 removed"));
}

#[test]
fn old_foreign_and_damaged_indexes_are_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "archive/a.md", report("A", 550));
    write(root, "draft.md", report("Draft", 539));
    write(root, "junk.db", "not a database at all, just words");
    let junk = crosscheck_in(root, &["review", "draft.md", "--index", "junk.db"]);
    assert_eq!(junk.status.code(), Some(2));
    assert!(
        stderr(&junk).contains("not a crosscheck index"),
        "{}",
        stderr(&junk)
    );
    assert!(stderr(&junk).contains("crosscheck index build ARCHIVE... --db junk.db"));
    let missing = crosscheck_in(root, &["review", "draft.md", "--index", "none.db"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no index here"));

    let build = crosscheck_in(root, &["index", "build", "archive", "--db", "x.db"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let conn = rusqlite::Connection::open(root.join("x.db")).unwrap();
    conn.execute("UPDATE meta SET value = 'another' WHERE key = 'stamp'", [])
        .unwrap();
    let foreign = crosscheck_in(root, &["review", "draft.md", "--index", "x.db"]);
    assert_eq!(foreign.status.code(), Some(2));
    assert!(
        stderr(&foreign).contains("crosscheck index update --db x.db"),
        "{}",
        stderr(&foreign)
    );
    // An update reads everything again with this program's lexicon.
    let update = crosscheck_in(root, &["index", "update", "--db", "x.db"]);
    assert!(
        stderr(&update).contains("1 file(s) read"),
        "{}",
        stderr(&update)
    );
    let fine = crosscheck_in(
        root,
        &["review", "draft.md", "--index", "x.db", "--format", "short"],
    );
    assert_eq!(fine.status.code(), Some(1), "{}", stderr(&fine));

    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema'", [])
        .unwrap();
    let newer = crosscheck_in(root, &["review", "draft.md", "--index", "x.db"]);
    assert_eq!(newer.status.code(), Some(2));
    assert!(
        stderr(&newer).contains("an index of schema 99"),
        "{}",
        stderr(&newer)
    );
}

/// Counts the index's files with a reader of its own, while a writer may be at work.
fn indexed_files(db: &Path) -> Option<i64> {
    let conn = rusqlite::Connection::open_with_flags(
        db,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).ok()?;
    conn.query_row("SELECT count(*) FROM files", [], |row| row.get(0))
        .ok()
}

#[test]
fn a_killed_update_loses_nothing_and_the_next_one_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "archive/0000.md", report("Outlet 0", 550));
    let build = crosscheck_in(root, &["index", "build", "archive", "--db", "x.db"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    const FILES: usize = 4_000;
    for i in 1..FILES {
        write(
            root,
            &format!("archive/{i:04}.md"),
            report(&format!("Outlet {i}"), 500 + (i % 50) as u32),
        );
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["index", "update", "--db", "x.db"])
        .current_dir(root)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Readers work while the writer updates: wait for its first batch, then kill it.
    let db = root.join("x.db");
    let started = std::time::Instant::now();
    let mut seen = 0;
    while started.elapsed() < std::time::Duration::from_secs(60) {
        seen = indexed_files(&db).unwrap_or(0);
        if seen > 1 || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    child.kill().ok();
    child.wait().unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    // Every file written has all its reports: batches are whole.
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM files WHERE id NOT IN (SELECT file FROM reports)",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    let after_kill = indexed_files(&db).unwrap();
    assert!(
        after_kill >= seen,
        "{after_kill} < {seen}: a committed batch was lost"
    );
    drop(conn);

    let update = crosscheck_in(root, &["index", "update", "--db", "x.db"]);
    assert_eq!(update.status.code(), Some(0), "{}", stderr(&update));
    assert_eq!(indexed_files(&db), Some(FILES as i64));
    assert!(
        stderr(&update).contains(&format!("{FILES} reports in {FILES} files")),
        "{}",
        stderr(&update)
    );
}

#[test]
fn the_language_server_reads_an_archive_index() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    write(&root, "published/a.md", report("A", 550));
    write(&root, "crosscheck.toml", "index = \"x.db\"\n");
    let build = crosscheck_in(&root, &["index", "build", "published", "--db", "x.db"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let mut client = crate::lsp::Client::start(&root);
    client.request(
        "initialize",
        serde_json::json!({"processId": null, "rootUri": format!("file://{}", root.display()), "capabilities": {}}),
    );
    client.notify("initialized", serde_json::json!({}));
    let uri = format!("file://{}/draft.md", root.display());
    client.notify(
        "textDocument/didOpen",
        serde_json::json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": report("Draft", 539)}}),
    );
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["code"], "conflicting-figures");
    assert_eq!(
        diagnostics[0]["relatedInformation"][0]["location"]["uri"],
        format!("file://{}/published/a.md", root.display())
    );
    client.request("shutdown", serde_json::Value::Null);
    client.notify("exit", serde_json::Value::Null);
    assert!(client.child.wait().unwrap().success());
}
