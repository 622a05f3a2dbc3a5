//! Files made from the command line's own definition, and the starter configuration:
//! `crosscheck completions`, `crosscheck manpages`, `crosscheck init`.
//!
//! The shipped copies live in docs/completions/ and docs/man/; a test keeps them equal to
//! what [`generated_docs`] makes now.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Cli, EXIT_INPUT_ERROR, PackArgs, load_packs};

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell; omit it with `--out` to write every shell's script.
    #[arg(value_enum, required_unless_present = "out")]
    pub shell: Option<Shell>,
    /// Write the scripts into this folder (crosscheck.bash, _crosscheck, crosscheck.fish,
    /// crosscheck.elv, _crosscheck.ps1) instead of printing one.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ManpagesArgs {
    /// The folder to write crosscheck.1 and crosscheck-COMMAND.1 into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder to write `crosscheck.toml` into.
    #[arg(default_value = ".", value_name = "DIR")]
    pub dir: PathBuf,
    /// Replace an existing `crosscheck.toml`.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub pack: PackArgs,
}

/// The shells completions are made for, with their script's file name.
const SHELLS: &[(Shell, &str)] = &[
    (Shell::Bash, "crosscheck.bash"),
    (Shell::Zsh, "_crosscheck"),
    (Shell::Fish, "crosscheck.fish"),
    (Shell::Elvish, "crosscheck.elv"),
    (Shell::PowerShell, "_crosscheck.ps1"),
];

/// One shell's completion script.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "crosscheck", &mut out);
    out
}

/// The manual pages: the command's, then one per command and sub-command
/// (`crosscheck-rules-list.1`), by file name.
pub fn manual_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    fn add(
        command: clap::Command,
        prefix: &str,
        pages: &mut Vec<(String, Vec<u8>)>,
    ) -> std::io::Result<()> {
        let name = if prefix.is_empty() {
            command.get_name().to_string()
        } else {
            format!("{prefix}-{}", command.get_name())
        };
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            add(sub.clone(), &name, pages)?;
        }
        let mut page = Vec::new();
        clap_mangen::Man::new(command.clone().display_name(name.clone())).render(&mut page)?;
        pages.push((format!("{name}.1"), page));
        Ok(())
    }
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    add(command, "", &mut pages)?;
    pages.sort();
    Ok(pages)
}

/// Every generated file shipped under docs/, by path from the repository's root.
pub fn generated_docs() -> std::io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = SHELLS
        .iter()
        .map(|(shell, name)| {
            (
                Path::new("docs/completions").join(name),
                completion_script(*shell),
            )
        })
        .collect();
    for (name, page) in manual_pages()? {
        files.push((Path::new("docs/man").join(name), page));
    }
    Ok(files)
}

pub fn run_completions(args: CompletionsArgs) -> ExitCode {
    use std::io::Write;
    match (&args.out, args.shell) {
        (Some(dir), shell) => {
            let chosen: Vec<&(Shell, &str)> = SHELLS
                .iter()
                .filter(|(s, _)| shell.is_none_or(|chosen| chosen == *s))
                .collect();
            for (shell, name) in chosen {
                if let Err(code) = write_file(&dir.join(name), &completion_script(*shell)) {
                    return code;
                }
            }
            ExitCode::SUCCESS
        }
        (None, Some(shell)) => {
            let written = std::io::stdout()
                .lock()
                .write_all(&completion_script(shell));
            if written.is_err() {
                return ExitCode::from(EXIT_INPUT_ERROR);
            }
            ExitCode::SUCCESS
        }
        // clap requires one of them.
        (None, None) => ExitCode::from(EXIT_INPUT_ERROR),
    }
}

pub fn run_manpages(args: ManpagesArgs) -> ExitCode {
    let pages = match manual_pages() {
        Ok(pages) => pages,
        Err(error) => {
            eprintln!("error: could not make the manual pages: {error}");
            return ExitCode::from(EXIT_INPUT_ERROR);
        }
    };
    for (name, page) in &pages {
        if let Err(code) = write_file(&args.out.join(name), page) {
            return code;
        }
    }
    eprintln!(
        "wrote {} manual page(s) to {}",
        pages.len(),
        args.out.display()
    );
    ExitCode::SUCCESS
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExitCode> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Err(error) = std::fs::create_dir_all(dir)
    {
        eprintln!(
            "error: could not make the folder {}: {error}",
            dir.display()
        );
        return Err(ExitCode::from(EXIT_INPUT_ERROR));
    }
    std::fs::write(path, bytes).map_err(|error| {
        eprintln!("error: could not write {}: {error}", path.display());
        ExitCode::from(EXIT_INPUT_ERROR)
    })
}

/// The commented configuration `crosscheck init` writes: every key, with the rules of the
/// packs in use listed for `select` and `disable`.
pub fn starter_config(rules: &[(String, String)]) -> String {
    let mut text = String::from(
        "# crosscheck configuration: found in this folder or the nearest one above it.\n\
         # Flags given on the command line win over it. Reference: docs/cli.md.\n\
         \n\
         # Folders of your own rules, lexicon and facts, relative to this file.\n\
         # rules = [\"checks/newsroom\"]\n\
         \n\
         # Rules not to run.\n\
         # disable = [\"inconsistent-name-spelling\"]\n\
         \n\
         # When not empty, only these rules run.\n\
         # select = []\n\
         \n\
         # A rule's severity: info, warning or error.\n\
         # severity = { conflicting-figures = \"error\" }\n\
         \n\
         # The lowest severity that makes the exit code 1: info, warning, error or never.\n\
         fail-on = \"warning\"\n\
         \n\
         # The publication date of reports that give none (YYYY-MM-DD, without quotes).\n\
         # as-of = 2025-07-04\n\
         \n\
         # What `crosscheck lsp` checks open drafts against: folders of published reports,\n\
         # or an archive index (`crosscheck index build`), relative to this file.\n\
         # archive = [\"published\"]\n\
         # index = \"archive.db\"\n",
    );
    if !rules.is_empty() {
        text.push_str("\n# The rules (`crosscheck rules explain ID` tells what each checks):\n");
        let width = rules.iter().map(|(id, _)| id.len()).max().unwrap_or(0);
        for (id, summary) in rules {
            text.push_str(&format!("#   {id:<width$}  {summary}\n"));
        }
    }
    text
}

pub fn run_init(args: InitArgs) -> ExitCode {
    let path = args.dir.join(crate::config::CONFIG_FILE);
    if path.exists() && !args.force {
        eprintln!(
            "error: {} exists; nothing written (run with --force to replace it)",
            path.display()
        );
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    let mut pack = args.pack;
    // The starter lists the shipped rules and those of `--rules`, not those of a configuration
    // it may be replacing.
    pack.no_config = true;
    let loaded = load_packs(&pack);
    let rules: Vec<(String, String)> = loaded
        .rules
        .iter()
        .map(|r| (r.id.clone(), r.summary.clone()))
        .collect();
    if let Err(code) = write_file(&path, starter_config(&rules).as_bytes()) {
        return code;
    }
    eprintln!("wrote {}", path.display());
    ExitCode::SUCCESS
}
