//! Reading inputs from disk: report files (walked recursively, honouring ignore files),
//! sidecar manifests, and users' rule packs. This is the only module that touches the file
//! system besides the CLI's output.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignore::WalkBuilder;

use crate::lexicon::DataFile;
use crate::pack::Pack;
use crate::problem::Problem;
use crate::render::SkippedFile;
use crate::report::{
    FileKind, LoadedFile, Meta, Report, Sidecar, load_bytes, load_file, parse_sidecar,
};

/// The largest report file read; larger files are reported and skipped.
pub const MAX_REPORT_BYTES: u64 = 64 * 1024 * 1024;

/// The file name of per-folder ignore files, in .gitignore syntax.
pub const IGNORE_FILE: &str = ".crosscheckignore";

const REPORT_EXTENSIONS: &[&str] = &[
    "md", "markdown", "txt", "jsonl", "ndjson", "html", "htm", "xhtml",
];

/// The largest JSONL feed read: feeds hold many reports.
pub const MAX_FEED_BYTES: u64 = 1024 * 1024 * 1024;

/// The name standard input goes by in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// What standard input (`-`) is called and what is known of it (`--stdin-filename`,
/// `--stdin-meta`).
#[derive(Clone, Debug)]
pub struct Stdin {
    /// The name messages and output give it.
    pub name: String,
    /// Metadata for its reports, filling in what their own front matter lacks.
    pub meta: Meta,
    /// Whether the name's extension tells the kind of input; otherwise its first bytes do.
    pub named: bool,
}

impl Default for Stdin {
    fn default() -> Stdin {
        Stdin {
            name: STDIN_NAME.to_string(),
            meta: Meta::default(),
            named: false,
        }
    }
}

impl Stdin {
    /// From `--stdin-filename` and `--stdin-meta` (a TOML file, or the TOML itself). A meta
    /// that cannot be read, is not TOML, or has a key front matter does not have is a located
    /// problem; the keys that could be read are kept.
    pub fn from_flags(name: Option<&str>, meta: Option<&str>) -> (Stdin, Vec<Problem>) {
        let mut stdin = Stdin::default();
        let mut problems = Vec::new();
        if let Some(name) = name.filter(|n| !n.trim().is_empty()) {
            stdin.name = name.to_string();
            stdin.named = true;
        }
        let Some(meta) = meta else {
            return (stdin, problems);
        };
        let (path, text) = if Path::new(meta).is_file() {
            match std::fs::read_to_string(meta) {
                Ok(text) => (meta.to_string(), text),
                Err(error) => {
                    problems.push(Problem::new(
                        meta,
                        format!("could not read the --stdin-meta file: {error}"),
                    ));
                    return (stdin, problems);
                }
            }
        } else {
            ("--stdin-meta".to_string(), meta.to_string())
        };
        let text: Arc<str> = Arc::from(text);
        let (read, mut found) = crate::report::toml_table_meta(&path, &text);
        problems.append(&mut found);
        if let Ok(table) = text.parse::<toml::Table>() {
            for key in table.keys() {
                if !crate::report::META_KEYS.contains(&key.as_str()) {
                    problems.push(
                        Problem::new(
                            &path,
                            format!(
                                "unknown key `{key}` in --stdin-meta{}",
                                crate::problem::did_you_mean(
                                    key,
                                    crate::report::META_KEYS.iter().copied()
                                )
                            ),
                        )
                        .with_help(format!("keys: {}", crate::report::META_KEYS.join(", "))),
                    );
                }
            }
        }
        stdin.meta = read;
        (stdin, problems)
    }
}

/// Reports and what went wrong reading them.
#[derive(Debug, Default)]
pub struct Inputs {
    pub reports: Vec<Report>,
    pub problems: Vec<Problem>,
    pub skipped: Vec<SkippedFile>,
}

/// The files a run reads, found before any is read: report files in walk order with the
/// metadata their folder's manifest gives them, and standard input when asked for.
#[derive(Debug, Default)]
pub struct Plan {
    pub files: Vec<PlannedFile>,
    /// Standard input, read whole, when `-` was given.
    pub stdin: Option<Vec<u8>>,
    /// What standard input is called and what is known of it.
    pub stdin_info: Stdin,
    pub problems: Vec<Problem>,
    pub skipped: Vec<SkippedFile>,
}

/// One report file to read.
#[derive(Clone, Debug)]
pub struct PlannedFile {
    pub path: PathBuf,
    /// The path as messages name it.
    pub display: String,
    /// What the folder's manifest says of the file's reports.
    pub defaults: Meta,
}

/// Reads every report under `paths`. Folders are walked recursively in name order, honouring
/// `.gitignore`, `.ignore` and `.crosscheckignore` files; files given by name are always read.
pub fn load_reports(paths: &[PathBuf]) -> Inputs {
    load_reports_with(paths, Stdin::default())
}

/// `load_reports`, with standard input named and described.
pub fn load_reports_with(paths: &[PathBuf], stdin: Stdin) -> Inputs {
    let plan = plan_reports_with(paths, stdin);
    let mut inputs = Inputs {
        reports: Vec::new(),
        problems: plan.problems,
        skipped: plan.skipped,
    };
    if let Some(bytes) = &plan.stdin {
        let loaded = load_stdin(bytes, &plan.stdin_info);
        inputs.reports.extend(loaded.reports);
        inputs.problems.extend(loaded.problems);
    }
    for file in &plan.files {
        let loaded = read_file(file);
        inputs.reports.extend(loaded.reports);
        inputs.problems.extend(loaded.problems);
    }
    inputs
}

/// Finds the files under `paths` and reads their folders' manifests, without reading a report.
pub fn plan_reports_with(paths: &[PathBuf], stdin: Stdin) -> Plan {
    let mut plan = Plan {
        stdin_info: stdin,
        ..Plan::default()
    };
    let mut candidates: Vec<(PathBuf, bool)> = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            if plan.stdin.is_none() {
                plan.stdin = read_stdin(&plan.stdin_info.name, &mut plan.problems);
            }
        } else if path.is_file() {
            candidates.push((path.clone(), true));
        } else if path.is_dir() {
            let before = candidates.len();
            walk_folder(path, &mut candidates, &mut plan.problems);
            if candidates.len() == before {
                plan.problems.push(
                    Problem::new(path.display().to_string(), "no report files in this folder; nothing checked")
                        .with_help("reports are .md, .markdown, .txt, .jsonl, .ndjson or .html files; check ignore files and meta.toml"),
                );
            }
        } else {
            plan.problems.push(not_a_report(path));
        }
    }

    let mut sidecars: BTreeMap<PathBuf, Option<Sidecar>> = BTreeMap::new();
    for (path, explicit) in candidates {
        let display = path.display().to_string();
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if file_name == crate::report::SIDECAR_FILE {
            continue;
        }
        let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let sidecar = sidecars
            .entry(folder.clone())
            .or_insert_with(|| read_sidecar(&folder, &mut plan.problems));
        let defaults = match sidecar {
            Some(sidecar) => match sidecar.entries.get(&file_name) {
                Some(entry) => entry.meta.clone(),
                None if !explicit => {
                    plan.skipped.push(SkippedFile {
                        path: display,
                        reason: format!(
                            "not listed in {}",
                            folder.join(crate::report::SIDECAR_FILE).display()
                        ),
                    });
                    continue;
                }
                None => Meta::default(),
            },
            None => Meta::default(),
        };
        plan.files.push(PlannedFile {
            path,
            display,
            defaults,
        });
    }
    plan
}

/// Reads one planned file: its reports, or the problems that kept them from being read.
pub fn read_file(file: &PlannedFile) -> LoadedFile {
    match read_bytes(file) {
        Ok(bytes) => load_file(&file.display, &bytes, &file.defaults),
        Err(problem) => LoadedFile {
            problems: vec![problem],
            ..LoadedFile::default()
        },
    }
}

/// A planned file's bytes, or why they were not read: larger than a file of its kind may be,
/// or unreadable.
pub fn read_bytes(file: &PlannedFile) -> Result<Vec<u8>, Problem> {
    let display = &file.display;
    let limit = match FileKind::of(display) {
        FileKind::Feed => MAX_FEED_BYTES,
        _ => MAX_REPORT_BYTES,
    };
    if let Ok(meta) = std::fs::metadata(&file.path)
        && meta.len() > limit
    {
        return Err(Problem::new(
            display,
            format!(
                "file is {} bytes, more than the {limit} a file of its kind may have; not checked",
                meta.len(),
            ),
        )
        .with_help("split the file into one report per file, or a JSONL feed"));
    }
    std::fs::read(&file.path)
        .map_err(|error| Problem::new(display, format!("could not read the file: {error}")))
}

/// The reports of standard input, whose kind is told by the extension of the name it was
/// given, else by its first bytes.
pub fn load_stdin(bytes: &[u8], stdin: &Stdin) -> LoadedFile {
    let kind = if stdin.named && Path::new(&stdin.name).extension().is_some() {
        FileKind::of(&stdin.name)
    } else {
        FileKind::sniff(bytes)
    };
    load_bytes(&stdin.name, bytes, &stdin.meta, kind)
}

/// Whether a file's extension is one of a report, a feed or a page.
fn is_report_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| REPORT_EXTENSIONS.contains(&e.to_string_lossy().to_lowercase().as_str()))
}

/// Collects the files under a folder, following symbolic links. Loops and links to nothing are
/// problems, not silence.
fn walk_folder(path: &Path, candidates: &mut Vec<(PathBuf, bool)>, problems: &mut Vec<Problem>) {
    let walker = WalkBuilder::new(path)
        .add_custom_ignore_filename(IGNORE_FILE)
        // A folder's .gitignore is honoured whether or not the folder is in a git repository:
        // an exported or unpacked folder is checked as it is in its repository.
        .require_git(false)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                // Only report files: a folder's other files are not the user's reports.
                if is_report_file(entry.path()) {
                    candidates.push((entry.into_path(), false));
                }
            }
            Ok(_) => {}
            Err(error) => {
                let at = error_path(&error).unwrap_or_else(|| path.display().to_string());
                problems.push(Problem::new(
                    at,
                    format!("not read: {}", walk_error(&error)),
                ));
            }
        }
    }
}

/// The file a walking error is about, when it names one.
fn error_path(error: &ignore::Error) -> Option<String> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path.display().to_string()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child.display().to_string()),
        _ => None,
    }
}

/// A walking error without the path, which the problem already names.
fn walk_error(error: &ignore::Error) -> String {
    match error {
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => walk_error(err),
        ignore::Error::Loop { ancestor, .. } => format!(
            "a symbolic link loop (it leads back to {})",
            ancestor.display()
        ),
        ignore::Error::Io(io) if io.kind() == std::io::ErrorKind::NotFound => {
            "a symbolic link to nothing".to_string()
        }
        other => other.to_string(),
    }
}

/// Why a path given on the command line is not read.
fn not_a_report(path: &Path) -> Problem {
    let display = path.display().to_string();
    match (std::fs::symlink_metadata(path), std::fs::metadata(path)) {
        (Err(_), _) => Problem::new(display, "no such file or folder")
            .with_help("give report files or folders of reports, or - for standard input"),
        // ELOOP on Linux.
        (Ok(_), Err(error)) if cfg!(target_os = "linux") && error.raw_os_error() == Some(40) => {
            Problem::new(display, "a symbolic link loop; not read")
        }
        (Ok(_), Err(_)) => Problem::new(display, "a symbolic link to nothing; not read"),
        (Ok(_), Ok(_)) => Problem::new(
            display,
            "not a regular file (a device, socket or pipe); not read",
        )
        .with_help("pipe it into `crosscheck check -` instead"),
    }
}

/// Reads standard input whole; `None`, with a problem, when it cannot be read or is too large.
fn read_stdin(name: &str, problems: &mut Vec<Problem>) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let read = std::io::stdin()
        .take(MAX_REPORT_BYTES + 1)
        .read_to_end(&mut bytes);
    match read {
        Err(error) => {
            problems.push(Problem::new(
                name,
                format!("could not read standard input: {error}"),
            ));
            None
        }
        Ok(_) if bytes.len() as u64 > MAX_REPORT_BYTES => {
            problems.push(
                Problem::new(
                    name,
                    format!("more than the {MAX_REPORT_BYTES} bytes a file may have; not checked"),
                )
                .with_help("split the input into files, or a JSONL feed of one report per line"),
            );
            None
        }
        Ok(_) => Some(bytes),
    }
}

fn read_sidecar(folder: &Path, problems: &mut Vec<Problem>) -> Option<Sidecar> {
    let path = folder.join(crate::report::SIDECAR_FILE);
    if !path.is_file() {
        return None;
    }
    let display = path.display().to_string();
    match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => {
                let text: Arc<str> = Arc::from(text);
                let (sidecar, mut errors) = parse_sidecar(&display, &text);
                problems.append(&mut errors);
                Some(sidecar)
            }
            Err(_) => {
                problems.push(Problem::new(
                    display,
                    "manifest is not valid UTF-8; its folder is read without it",
                ));
                None
            }
        },
        Err(error) => {
            problems.push(Problem::new(
                display,
                format!("could not read the manifest: {error}"),
            ));
            None
        }
    }
}

/// Reads a user's rule pack from a folder.
pub fn load_pack(dir: &Path, problems: &mut Vec<Problem>) -> Pack {
    let mut pack = Pack::default();
    if !dir.is_dir() {
        problems.push(Problem::new(
            dir.display().to_string(),
            "rule pack folder not found",
        ));
        return pack;
    }
    let walker = WalkBuilder::new(dir)
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    let mut rule_paths: BTreeMap<String, String> = BTreeMap::new();
    for entry in walker.flatten() {
        let path = entry.path();
        let relative = path
            .strip_prefix(dir)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        // Rules, lexicon and facts are TOML; the record of office-holders adds TSV tables.
        let table = relative.starts_with("facts/") && path.extension().is_some_and(|e| e == "tsv");
        if !entry.file_type().is_some_and(|t| t.is_file())
            || !(table || path.extension().is_some_and(|e| e == "toml"))
        {
            continue;
        }
        let display = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let is_rule = !relative.starts_with("lexicon/") && !relative.starts_with("facts/");
                let id = crate::rules::rule_id(&display);
                if is_rule && let Some(first) = rule_paths.get(&id) {
                    let text: Arc<str> = Arc::from(text);
                    problems.push(
                        Problem::new(&display, format!("rule id `{id}` is defined twice in this pack; this file is not used"))
                            .at(&text, crate::span::Span::new(0, 0))
                            .with_help(format!("the other is {first}; rename one of the files (the id is the file name)")),
                    );
                    continue;
                }
                if is_rule {
                    rule_paths.insert(id, display.clone());
                }
                pack.add(
                    &relative,
                    DataFile {
                        path: display,
                        text: Arc::from(text),
                    },
                )
            }

            Err(error) => problems.push(Problem::new(
                display,
                format!("could not read the file: {error}"),
            )),
        }
    }
    pack
}
