//! `crosscheck index build|update`: the persistent archive index (`crate::index`), and the
//! reading of an archive into it. Without the `index` feature the commands say how to get it.

use std::path::PathBuf;

use clap::Subcommand;

use super::PackArgs;

#[derive(Debug, Subcommand)]
pub enum IndexCommand {
    /// Read an archive into a new index (replacing any at --db).
    Build {
        /// Archive folders and files, walked as `check` walks them.
        #[arg(required = true, value_name = "ARCHIVE")]
        archive: Vec<PathBuf>,
        /// The index file.
        #[arg(long, value_name = "FILE")]
        db: PathBuf,
        #[command(flatten)]
        pack: PackArgs,
    },
    /// Re-read only new and changed files of the archive the index was built from, and drop
    /// deleted ones.
    Update {
        /// The index file.
        #[arg(long, value_name = "FILE")]
        db: PathBuf,
        #[command(flatten)]
        pack: PackArgs,
    },
}

#[cfg(not(feature = "index"))]
pub fn run(_: IndexCommand) -> std::process::ExitCode {
    use super::EXIT_INPUT_ERROR;
    eprintln!(
        "error: this crosscheck was built without the archive index; install it with `cargo install --path . --features index`"
    );
    std::process::ExitCode::from(EXIT_INPUT_ERROR)
}

#[cfg(feature = "index")]
pub use with_index::{open_for_review, run};

#[cfg(feature = "index")]
mod with_index {
    use std::collections::HashMap;
    use std::path::Path;
    use std::process::ExitCode;
    use std::time::UNIX_EPOCH;

    use rayon::prelude::*;

    use super::super::inputs::{PlannedFile, Stdin, plan_reports_with, read_bytes};
    use super::super::{EXIT_INPUT_ERROR, Loaded, human_options, load_packs, progress_bar};
    use super::IndexCommand;
    use crate::engine;
    use crate::index::{Batch, FileState, Index, ReadFile, Stored, content_hash};
    use crate::problem::Problem;
    use crate::render;
    use crate::report::load_file;

    /// Files written per transaction: a kill loses at most this many files' work.
    const BATCH: usize = 256;

    pub fn run(command: IndexCommand) -> ExitCode {
        let (db, pack, roots) = match command {
            IndexCommand::Build { archive, db, pack } => (db, pack, Some(archive)),
            IndexCommand::Update { db, pack } => (db, pack, None),
        };
        let loaded = load_packs(&pack);
        let mut problems = loaded.problems.clone();
        if loaded.config_invalid {
            return print_problems(&problems);
        }
        let stamp = loaded.stamp();
        let opened = match &roots {
            Some(roots) => Index::create(&db, roots, &stamp),
            None => Index::open(&db, None).and_then(|mut index| {
                if index.stamp()? != stamp {
                    eprintln!(
                        "note: the index was read by another version or pack; reading every file again"
                    );
                    index.reset(&stamp)?;
                }
                Ok(index)
            }),
        };
        let mut index = match opened {
            Ok(index) => index,
            Err(problem) => {
                problems.push(problem);
                return print_problems(&problems);
            }
        };
        let outcome = update(&mut index, &loaded, &mut problems);
        match outcome {
            Ok(summary) => {
                let (reports, files) = index.counts().unwrap_or_default();
                eprintln!(
                    "{}: {} file(s) read, {} unchanged, {} removed; {reports} reports in {files} files",
                    db.display(),
                    summary.read,
                    summary.unchanged,
                    summary.removed
                );
            }
            Err(problem) => problems.push(problem),
        }
        if problems.is_empty() {
            ExitCode::SUCCESS
        } else {
            print_problems(&problems)
        }
    }

    fn print_problems(problems: &[Problem]) -> ExitCode {
        for problem in problems {
            eprint!("{}", render::render_problem(problem, human_options()));
        }
        eprintln!("error: not every file is in the index (see above)");
        ExitCode::from(EXIT_INPUT_ERROR)
    }

    /// What an update did.
    #[derive(Default)]
    struct Summary {
        read: usize,
        unchanged: usize,
        removed: usize,
    }

    /// A file's size and modification time, and its path as the index keys it.
    fn state_of(file: &PlannedFile) -> Option<(String, u64, i64)> {
        let canonical = std::fs::canonicalize(&file.path).ok()?;
        let meta = std::fs::metadata(&canonical).ok()?;
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i64);
        Some((canonical.display().to_string(), meta.len(), mtime))
    }

    /// What became of one file of a batch.
    enum Done {
        Read(ReadFile),
        Touched(String, i64),
        Failed(Problem),
    }

    fn update(
        index: &mut Index,
        loaded: &Loaded,
        problems: &mut Vec<Problem>,
    ) -> Result<Summary, Problem> {
        let roots = index.roots()?;
        let plan = plan_reports_with(&roots, Stdin::default());
        problems.extend(plan.problems);
        let known = index.files()?;
        let mut summary = Summary::default();
        let mut seen = std::collections::HashSet::new();
        let mut pending = Vec::new();
        for file in plan.files {
            let Some((canonical, size, mtime)) = state_of(&file) else {
                problems.push(Problem::new(
                    &file.display,
                    "could not read the file's metadata",
                ));
                continue;
            };
            if !seen.insert(canonical.clone()) {
                continue;
            }
            match known.get(&canonical) {
                Some(state) if state.size == size && state.mtime == mtime => {
                    summary.unchanged += 1;
                }
                _ => pending.push((file, canonical, size, mtime)),
            }
        }
        let bar = progress_bar(pending.len());
        for chunk in pending.chunks(BATCH) {
            let done: Vec<Done> = chunk
                .par_iter()
                .map(|(file, canonical, size, mtime)| {
                    read_one(file, canonical, *size, *mtime, &known, loaded)
                })
                .collect();
            let mut batch = Batch::default();
            for done in done {
                match done {
                    Done::Read(file) => {
                        summary.read += 1;
                        batch.read.push(file);
                    }
                    Done::Touched(canonical, mtime) => {
                        summary.unchanged += 1;
                        batch.touched.push((canonical, mtime));
                    }
                    Done::Failed(problem) => problems.push(problem),
                }
            }
            index.write_batch(&batch)?;
            bar.inc(chunk.len() as u64);
        }
        bar.finish_and_clear();
        let mut removed: Vec<String> = known
            .keys()
            .filter(|canonical| !seen.contains(*canonical))
            .cloned()
            .collect();
        removed.sort();
        let gone = Batch {
            removed,
            ..Batch::default()
        };
        summary.removed = gone.removed.len();
        if !gone.is_empty() {
            index.write_batch(&gone)?;
        }
        Ok(summary)
    }

    fn read_one(
        file: &PlannedFile,
        canonical: &str,
        size: u64,
        mtime: i64,
        known: &HashMap<String, FileState>,
        loaded: &Loaded,
    ) -> Done {
        let bytes = match read_bytes(file) {
            Ok(bytes) => bytes,
            Err(problem) => return Done::Failed(problem),
        };
        let hash = content_hash(&bytes);
        if known.get(canonical).is_some_and(|state| state.hash == hash) {
            return Done::Touched(canonical.to_string(), mtime);
        }
        let loaded_file = load_file(&file.display, &bytes, &file.defaults);
        if let Some(problem) = loaded_file.problems.into_iter().next() {
            // A file with a problem is not indexed in part: the next update tries it again.
            return Done::Failed(problem);
        }
        let mut reports = loaded_file.reports;
        let extractions = engine::extract_all(&reports, loaded.context());
        let reports = reports
            .drain(..)
            .zip(extractions)
            .map(|(mut report, extraction)| {
                report.topics = extraction.topics.clone();
                report.names = extraction.names.clone();
                report.fingerprint = extraction.fingerprint.clone();
                let stored = Stored {
                    claims: extraction.claims,
                    topics: extraction.topics,
                    names: extraction.names,
                    fingerprint: extraction.fingerprint,
                };
                (report, stored)
            })
            .collect();
        Done::Read(ReadFile {
            canonical: canonical.to_string(),
            state: FileState { size, mtime, hash },
            reports,
        })
    }

    /// Opens an index for `review --index` and `check --index`: refused when its claims were
    /// read by another program or pack.
    pub fn open_for_review(db: &Path, loaded: &Loaded) -> Result<Index, Problem> {
        Index::open(db, Some(&loaded.stamp()))
    }
}
