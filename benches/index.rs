//! The persistent archive index: how fast an archive is written into it, how large it is per
//! report, and how long a review of a 1,000-word draft takes against it at several archive
//! sizes (the review reads from the index only the reports the draft can be compared with, so
//! its time should stay flat as the archive grows). A word count of the same reports, measured
//! in the same run, is the baseline.
//!
//! Run with `cargo bench --features index --bench index` (add `-- --reports 1000000` for a
//! larger top size; the default sizes are 10,000 and 100,000).

mod common;

use std::hint::black_box;
use std::time::Instant;

use common::{best_of, synthetic_reports};
use crosscheck::engine::{self, Context};
use crosscheck::index::{Batch, FileState, Index, ReadFile, Stored};
use crosscheck::report::{Published, Report};
use crosscheck::review::Archive;

fn main() {
    let top = common::arg("--reports").unwrap_or(100_000);
    let (lexicon, facts, rules) = common::shipped();
    let ctx = Context {
        lexicon: &lexicon,
        facts: &facts,
    };
    // The stamp of the shipped pack, so that `crosscheck lsp` reads the index as its own.
    let pack = crosscheck::pack::Pack::shipped();
    let stamped: Vec<_> = pack.lexicon.iter().chain(&pack.facts).cloned().collect();
    let stamp = crosscheck::index::stamp(&stamped);
    let draft_text = common::draft_text();
    let draft = || common::draft_report(&draft_text, jiff::civil::date(2000, 1, 2), "event-2");

    let dir = tempfile::tempdir().expect("a scratch folder");
    cli_rates(dir.path(), 10_000);
    println!();
    println!(
        "| indexed reports | write rate | index size per report | review latency (best of 10) | reports compared | review / counting the compared reports' words | lsp: start-up to first diagnostics | lsp: save to diagnostics (best of 10) |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let mut sizes = vec![10_000, 100_000];
    sizes.retain(|&s| s <= top);
    if !sizes.contains(&top) {
        sizes.push(top);
    }
    for size in sizes {
        // As in a real archive, events and days grow with it: 20 reports an event, 40 a day,
        // so that a draft has about as many reports to be compared with at every size.
        let mut reports = synthetic_reports(|reports, _| reports >= size);
        let first_day = jiff::civil::date(2000, 1, 1);
        for (i, report) in reports.iter_mut().enumerate() {
            report.meta.event = Some(format!("event-{}", i / 20));
            report.meta.published = Some(Published {
                date: first_day
                    .checked_add(jiff::Span::new().days((i / 40) as i64))
                    .unwrap_or(first_day),
                time: None,
            });
        }
        let db = dir.path().join(format!("archive-{size}.db"));
        let start = Instant::now();
        let mut index = Index::create(&db, &[dir.path().to_path_buf()], &stamp).expect("index");
        for (chunk_number, chunk) in reports.chunks(256).enumerate() {
            let extractions = engine::extract_all(chunk, ctx);
            let mut batch = Batch::default();
            for (i, (report, extraction)) in chunk.iter().zip(extractions).enumerate() {
                batch.read.push(ReadFile {
                    canonical: format!("/archive/{chunk_number}/{i}.md"),
                    state: FileState {
                        size: report.text.len() as u64,
                        mtime: 0,
                        hash: 0,
                    },
                    reports: vec![(
                        report.clone(),
                        Stored {
                            claims: extraction.claims,
                            topics: extraction.topics,
                            names: extraction.names,
                            fingerprint: extraction.fingerprint,
                        },
                    )],
                });
            }
            index.write_batch(&batch).expect("write");
        }
        let written = start.elapsed();
        let bytes = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0)
            + std::fs::metadata(format!("{}-wal", db.display()))
                .map(|m| m.len())
                .unwrap_or(0);
        let events = ["event-2".to_string()].into_iter().collect();
        let dates = [jiff::civil::date(2000, 1, 2)].into_iter().collect();
        let mut compared = 0;
        let mut compared_words = 0;
        let review = best_of(10, || {
            let related = index.related(&events, &dates, &[]).expect("related");
            compared_words = related
                .iter()
                .map(|(r, _)| r.text.split_whitespace().count())
                .sum::<usize>();
            let (reports, claims): (Vec<Report>, Vec<_>) =
                related.into_iter().map(|(r, s)| (r, s.claims)).unzip();
            let archive = Archive::from_read(reports, claims);
            let review = archive.review(draft(), ctx, &rules);
            compared = review.compared_with;
            black_box(review.findings.len());
        });
        let related_texts: Vec<String> = index
            .related(&events, &dates, &[])
            .expect("related")
            .into_iter()
            .map(|(r, _)| r.text.to_string())
            .chain([draft_text.clone()])
            .collect();
        let baseline = best_of(10, || {
            black_box(
                related_texts
                    .iter()
                    .map(|t| t.split_whitespace().count())
                    .sum::<usize>(),
            );
        });
        black_box(compared_words);
        let lsp = lsp_latency(dir.path(), &db, &draft_text);
        println!(
            "| {size} | {:.0} reports/s | {:.0} bytes | {:.1} ms | {compared} | {:.0}x | {:.0} ms | {:.1} ms |",
            size as f64 / written.as_secs_f64(),
            bytes as f64 / size as f64,
            review.as_secs_f64() * 1e3,
            review.as_secs_f64() / baseline.as_secs_f64(),
            lsp.0.as_secs_f64() * 1e3,
            lsp.1.as_secs_f64() * 1e3,
        );
    }
}

/// `crosscheck index build` and `index update` on an archive of files: the rate of a build, of
/// an update that finds nothing changed, and of one after 1% of the files changed.
fn cli_rates(dir: &std::path::Path, count: usize) {
    let archive = dir.join("files");
    std::fs::create_dir_all(&archive).expect("a folder");
    let reports = synthetic_reports(|reports, _| reports >= count);
    let front = |r: &Report| {
        format!(
            "+++\noutlet = {:?}\npublished = {}\nevent = {:?}\n+++\n",
            r.meta.outlet.clone().unwrap_or_default(),
            r.meta
                .published
                .map(|p| p.date.to_string())
                .unwrap_or_default(),
            r.meta.event.clone().unwrap_or_default()
        )
    };
    for (i, report) in reports.iter().enumerate() {
        std::fs::write(
            archive.join(format!("{i:06}.md")),
            format!("{}{}", front(report), report.text),
        )
        .expect("a report file");
    }
    let db = dir.join("files.db");
    let run = |args: &[&str]| {
        let started = Instant::now();
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(args)
            .stderr(std::process::Stdio::null())
            .status()
            .expect("crosscheck runs");
        assert!(status.success(), "{args:?}");
        started.elapsed()
    };
    let (archive_arg, db_arg) = (
        archive.to_str().expect("a path"),
        db.to_str().expect("a path"),
    );
    let build = run(&["index", "build", archive_arg, "--db", db_arg]);
    let unchanged = run(&["index", "update", "--db", db_arg]);
    let changed = count / 100;
    for i in 0..changed {
        let path = archive.join(format!("{:06}.md", i * 100));
        let text = std::fs::read_to_string(&path).expect("a report");
        std::fs::write(&path, text.replacen("drones", "drones and", 1)).expect("a change");
    }
    let one_percent = run(&["index", "update", "--db", db_arg]);
    let rate = |d: std::time::Duration| count as f64 / d.as_secs_f64();
    println!(
        "| archive files | index build | index update, nothing changed | index update, 1% changed |"
    );
    println!("|---|---|---|---|");
    println!(
        "| {count} | {:.1} s ({:.0} reports/s) | {:.2} s ({:.0} files/s) | {:.2} s ({changed} files read again) |",
        build.as_secs_f64(),
        rate(build),
        unchanged.as_secs_f64(),
        rate(unchanged),
        one_percent.as_secs_f64()
    );
}

/// `crosscheck lsp` with the index as its archive: the time from starting the server to the
/// diagnostics of the opened draft, and the best time from a save to its diagnostics.
fn lsp_latency(
    dir: &std::path::Path,
    db: &std::path::Path,
    draft: &str,
) -> (std::time::Duration, std::time::Duration) {
    use std::io::{BufRead, BufReader, Read, Write};
    let workspace = dir.join(format!("workspace-{}", db.display().to_string().len()));
    std::fs::create_dir_all(&workspace).expect("a workspace");
    std::fs::write(
        workspace.join("crosscheck.toml"),
        format!("index = {:?}\n", db.display().to_string()),
    )
    .expect("a configuration");
    let draft = format!(
        "+++\noutlet = \"Draft\"\npublished = 2000-01-02\nevent = \"event-2\"\n+++\n{draft}"
    );
    let started = Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("lsp")
        .current_dir(&workspace)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the server starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut send = |message: serde_json::Value| {
        let body = message.to_string();
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("send");
        stdin.flush().expect("flush");
    };
    let mut receive = |method: &str| loop {
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("a header");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().expect("a length");
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("a body");
        let message: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
        if message["method"] == method || (method.is_empty() && message.get("id").is_some()) {
            return message;
        }
    };
    let uri = format!("file://{}/draft.md", workspace.display());
    send(
        serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"processId": null, "rootUri": format!("file://{}", workspace.display()), "capabilities": {}}}),
    );
    receive("");
    send(serde_json::json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    send(
        serde_json::json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": draft}}}),
    );
    let published = receive("textDocument/publishDiagnostics");
    let first = started.elapsed();
    assert!(
        !published["params"]["diagnostics"][0]["message"]
            .as_str()
            .unwrap_or("")
            .starts_with("not checked"),
        "{published}"
    );
    let mut best = std::time::Duration::MAX;
    for _ in 0..10 {
        let saved = Instant::now();
        send(
            serde_json::json!({"jsonrpc": "2.0", "method": "textDocument/didSave",
            "params": {"textDocument": {"uri": uri}}}),
        );
        receive("textDocument/publishDiagnostics");
        best = best.min(saved.elapsed());
    }
    send(serde_json::json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": null}));
    receive("");
    send(serde_json::json!({"jsonrpc": "2.0", "method": "exit", "params": null}));
    child.wait().expect("the server exits");
    (first, best)
}
