//! Archive scale: how a whole check grows with the number of reports.
//!
//! For each size, generates a corpus with the example generator (examples/gen-corpus.rs; not
//! timed), then measures in the same run a baseline that reads the same files and counts words
//! (like `wc -w`) and an end-to-end `crosscheck check DIR --format json` with the release binary:
//! wall time, CPU time, peak memory of the child process, and the findings against the ground
//! truth. Prints a Markdown table.
//!
//! Run with `cargo bench --bench scale` (add `-- --sizes 1000,10000,100000`, `--seed S`,
//! `--claims-up-to N`: the largest size whose claims are counted in process; larger sizes use the
//! claims per report of the largest counted size).

#[allow(dead_code)]
#[path = "../examples/gen_corpus/lib.rs"]
mod gen_corpus;

use std::collections::HashMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crosscheck::cli::load_reports;
use crosscheck::engine::{self, Context};
use crosscheck::facts::Facts;
use crosscheck::lexicon::Lexicon;
use crosscheck::pack::Pack;

fn main() {
    let arguments: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        arguments
            .iter()
            .position(|a| a == name)
            .and_then(|i| arguments.get(i + 1))
            .cloned()
    };
    let sizes: Vec<usize> = value("--sizes")
        .unwrap_or_else(|| "1000,10000,100000".into())
        .split(',')
        .map(|s| {
            s.trim()
                .replace('_', "")
                .parse()
                .expect("--sizes takes numbers")
        })
        .collect();
    let seed: u64 = value("--seed").map_or(1, |s| s.parse().expect("--seed takes a number"));
    let claims_up_to: usize =
        value("--claims-up-to").map_or(10_000, |s| s.parse().expect("a number"));
    let binary = env!("CARGO_BIN_EXE_crosscheck");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());

    println!("crosscheck at archive scale: {cores} cores available, binary {binary}");
    println!();
    let mut rows = Vec::new();
    let mut claims_per_report = None;
    for &size in &sizes {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let started = Instant::now();
        let truth = gen_corpus::generate(
            &gen_corpus::Options {
                reports: size,
                seed,
                register: false,
                look_alikes: false,
            },
            |path, text| {
                let file = folder.path().join(path);
                std::fs::create_dir_all(file.parent().expect("a folder")).expect("writable");
                std::fs::write(&file, text).expect("writable");
            },
        );
        let generated = started.elapsed();
        let claims = if size <= claims_up_to {
            let counted = count_claims(folder.path());
            claims_per_report = Some(counted as f64 / size as f64);
            Count::Exact(counted)
        } else {
            claims_per_report.map_or(Count::Unknown, |per| {
                Count::Estimated((per * size as f64) as usize)
            })
        };
        eprintln!(
            "{size} reports: {:.1} MB generated in {:.1} s; timing ...",
            truth.bytes as f64 / 1e6,
            generated.as_secs_f64()
        );

        // Both passes read the files the generator has just written: from the page cache while
        // they fit in it (at a million reports they no longer did on the project machine).
        let baseline = best_of(3, || {
            black_box(count_words(folder.path()));
        });
        let output = folder.path().with_extension("json");
        let run = run_check(binary, folder.path(), &output);
        let findings: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&output).expect("the check wrote its output"))
                .expect("JSON output");
        let _ = std::fs::remove_file(&output);
        let (precision, recall) = score(folder.path(), &findings, &truth);
        rows.push(Row {
            reports: size,
            bytes: truth.bytes,
            words: truth.words,
            baseline,
            run,
            claims,
            precision,
            recall,
        });
        eprintln!("  done: check {:.1} s", run.wall.as_secs_f64());
    }

    println!(
        "| reports | MB | words | wc -w baseline | check wall | check CPU | MB/s | MB/s per core | ratio to baseline | ms per report | peak RSS | KB per report | claims | bytes per claim | precision | recall |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for row in &rows {
        let mb = row.bytes as f64 / 1e6;
        let wall = row.run.wall.as_secs_f64();
        let cpu = row.run.cpu.as_secs_f64();
        let rate = mb / wall;
        let baseline_rate = mb / row.baseline.as_secs_f64();
        let (claims, per_claim) = match row.claims {
            Count::Exact(n) => (
                thousands(n as u64),
                format!("{:.0}", row.run.peak_rss as f64 / n as f64),
            ),
            Count::Estimated(n) => (
                format!("≈{}", thousands(n as u64)),
                format!("≈{:.0}", row.run.peak_rss as f64 / n as f64),
            ),
            Count::Unknown => ("–".into(), "–".into()),
        };
        println!(
            "| {} | {mb:.1} | {} | {:.3} s ({baseline_rate:.0} MB/s) | {wall:.2} s | {cpu:.2} s | {rate:.2} | {:.2} | {:.4} | {:.3} | {:.0} MB | {:.1} | {claims} | {per_claim} | {:.4} | {:.4} |",
            thousands(row.reports as u64),
            thousands(row.words),
            row.baseline.as_secs_f64(),
            mb / cpu,
            rate / baseline_rate,
            wall * 1000.0 / row.reports as f64,
            row.run.peak_rss as f64 / 1e6,
            row.run.peak_rss as f64 / 1e3 / row.reports as f64,
            row.precision,
            row.recall,
        );
    }
}

struct Row {
    reports: usize,
    bytes: u64,
    words: u64,
    baseline: Duration,
    run: Run,
    claims: Count,
    precision: f64,
    recall: f64,
}

#[derive(Clone, Copy)]
enum Count {
    Exact(usize),
    Estimated(usize),
    Unknown,
}

#[derive(Clone, Copy)]
struct Run {
    wall: Duration,
    cpu: Duration,
    /// Peak resident set of the child process, in bytes.
    peak_rss: u64,
}

/// Runs the check as a child process and reads its own resource usage with `wait4`, so that
/// the peak memory is this run's and not the largest of all children so far.
fn run_check(binary: &str, folder: &Path, output: &Path) -> Run {
    let out = std::fs::File::create(output).expect("a file for the output");
    let started = Instant::now();
    // The child is reaped by wait4 below, which also gives its resource usage.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(binary)
        .arg("check")
        .arg(folder)
        .args(["--format", "json", "--fail-on", "never", "--no-config"])
        .stdout(Stdio::from(out))
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the crosscheck binary runs");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; the pid is our own child, which
    // nothing else waits for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    assert_eq!(waited, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "the check failed: status {status}"
    );
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Run {
        wall,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        // Linux reports ru_maxrss in kilobytes.
        peak_rss: usage.ru_maxrss as u64 * 1024,
    }
}

/// The words of every report under the folder, read the way the check reads them (every file,
/// in name order): the baseline.
fn count_words(folder: &Path) -> usize {
    report_files(folder)
        .iter()
        .map(|path| {
            let text = std::fs::read(path).expect("readable");
            text.split(|b| b.is_ascii_whitespace())
                .filter(|w| !w.is_empty())
                .count()
        })
        .sum()
}

fn report_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("a readable folder")
        .map(|e| e.expect("an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files.extend(report_files(&path));
        } else if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    files
}

/// The claims the checker reads from the corpus, counted in process (not timed).
fn count_claims(folder: &Path) -> usize {
    let pack = Pack::shipped();
    let (lexicon, _) = Lexicon::load(&pack.lexicon);
    let (facts, _) = Facts::load(&pack.facts, &lexicon);
    let inputs = load_reports(&[folder.to_path_buf()]);
    let ctx = Context {
        lexicon: &lexicon,
        facts: &facts,
    };
    engine::extract_all(&inputs.reports, ctx)
        .iter()
        .map(|e| e.claims.len())
        .sum()
}

/// Precision and recall of the check's findings against the ground truth, matched by rule and
/// by overlapping words in the same files.
fn score(folder: &Path, output: &serde_json::Value, truth: &gen_corpus::Truth) -> (f64, f64) {
    let prefix = format!("{}/", folder.display());
    // Expected findings by rule and by the file of their first quote.
    let mut expected: HashMap<(&str, &str), Vec<(usize, &gen_corpus::ExpectedFinding)>> =
        HashMap::new();
    for (index, finding) in truth.findings.iter().enumerate() {
        for quote in &finding.locations {
            expected
                .entry((finding.rule.as_str(), quote.path.as_str()))
                .or_default()
                .push((index, finding));
        }
    }
    let mut matched = vec![false; truth.findings.len()];
    let reported = output["findings"].as_array().expect("findings");
    let mut true_positives = 0;
    for finding in reported {
        let rule = finding["rule"].as_str().unwrap_or_default();
        let locations: Vec<(String, usize, usize)> = finding["locations"]
            .as_array()
            .expect("locations")
            .iter()
            .map(|l| {
                let path = l["path"].as_str().unwrap_or_default();
                (
                    path.strip_prefix(&prefix).unwrap_or(path).to_string(),
                    l["start"].as_u64().unwrap_or(0) as usize,
                    l["end"].as_u64().unwrap_or(0) as usize,
                )
            })
            .collect();
        let Some(first) = locations.first() else {
            continue;
        };
        let overlaps = |q: &gen_corpus::Quote, l: &(String, usize, usize)| {
            q.path == l.0 && q.start < l.2 && l.1 < q.end
        };
        let candidates = expected
            .get(&(rule, first.0.as_str()))
            .map_or(&[][..], Vec::as_slice);
        let hit = candidates.iter().find(|(index, e)| {
            !matched[*index]
                && e.locations.len() == locations.len()
                && locations
                    .iter()
                    .all(|l| e.locations.iter().any(|q| overlaps(q, l)))
                && e.locations
                    .iter()
                    .all(|q| locations.iter().any(|l| overlaps(q, l)))
        });
        if let Some((index, _)) = hit {
            matched[*index] = true;
            true_positives += 1;
        }
    }
    let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
    (
        ratio(true_positives, reported.len()),
        ratio(true_positives, truth.findings.len()),
    )
}

/// The fastest of `runs` timings: the least disturbed by other work on the machine.
fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn thousands(n: u64) -> String {
    let plain = n.to_string();
    let mut out = String::new();
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && (plain.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
