//! Writes a benchmark corpus of invented news reports with planted inconsistencies, and its
//! ground truth (`truth.json`).
//!
//! ```text
//! cargo run --release --example gen-corpus -- --reports 1000 --seed 1 --out /tmp/corpus
//! crosscheck check /tmp/corpus --format json
//! ```
//!
//! `--register` also lists, in the truth, every figure, title, name and duration the generator
//! wrote with what it means, to compare with `crosscheck claims --format json`.

#[path = "gen_corpus/lib.rs"]
mod gen_corpus;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        arguments
            .iter()
            .position(|a| a == name)
            .and_then(|i| arguments.get(i + 1))
            .cloned()
    };
    let (Some(reports), Some(out)) = (value("--reports"), value("--out")) else {
        eprintln!("usage: gen-corpus --reports N --out DIR [--seed S] [--register]");
        return ExitCode::from(2);
    };
    let Ok(reports) = reports.replace('_', "").parse::<usize>() else {
        eprintln!("--reports takes a number");
        return ExitCode::from(2);
    };
    let Ok(seed) = value("--seed").unwrap_or_else(|| "1".into()).parse::<u64>() else {
        eprintln!("--seed takes a number");
        return ExitCode::from(2);
    };
    let options = gen_corpus::Options {
        reports,
        seed,
        register: arguments.iter().any(|a| a == "--register"),
        look_alikes: true,
    };
    match write_corpus(&options, Path::new(&out)) {
        Ok(truth) => {
            let mut summary = format!(
                "wrote {} reports of {} events ({:.1} MB, {} words) to {out}\n{} plants, {} expected findings, {} look-alikes\n",
                truth.reports,
                truth.events,
                truth.bytes as f64 / 1e6,
                truth.words,
                truth.plants.len(),
                truth.findings.len(),
                truth.look_alikes.len()
            );
            for (rule, count) in gen_corpus::findings_by_rule(&truth) {
                summary.push_str(&format!("  {rule}: {count}\n"));
            }
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(summary.as_bytes());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("gen-corpus: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Generates the corpus into `out` (which must not hold an earlier corpus's reports, since the
/// checker would read them too) and writes `truth.json` beside the reports.
fn write_corpus(options: &gen_corpus::Options, out: &Path) -> std::io::Result<gen_corpus::Truth> {
    std::fs::create_dir_all(out)?;
    let mut error = None;
    let mut made: Option<PathBuf> = None;
    let truth = gen_corpus::generate(options, |path, text| {
        if error.is_some() {
            return;
        }
        let file = out.join(path);
        let folder = file.parent().expect("report paths have a folder");
        if made.as_deref() != Some(folder) {
            if let Err(e) = std::fs::create_dir_all(folder) {
                error = Some(e);
                return;
            }
            made = Some(folder.to_path_buf());
        }
        if let Err(e) = std::fs::write(&file, text) {
            error = Some(e);
        }
    });
    if let Some(error) = error {
        return Err(error);
    }
    std::fs::write(out.join("truth.json"), gen_corpus::truth_json(&truth))?;
    Ok(truth)
}
