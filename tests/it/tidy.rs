//! Tidy checks that keep the repository honest.

use std::path::Path;

fn files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn no_unreviewed_snapshots() {
    let mut files = Vec::new();
    files_under(Path::new("tests"), &mut files);
    files_under(Path::new("rules"), &mut files);
    let pending: Vec<_> = files
        .iter()
        .filter(|p| {
            let name = p.to_string_lossy();
            name.ends_with(".snap.new") || name.ends_with(".pending-snap")
        })
        .collect();
    assert!(
        pending.is_empty(),
        "review these snapshots with `cargo insta review`: {pending:?}"
    );
}

#[test]
fn ci_runs_the_readme_test_command() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let commands: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("```sh"))
        .skip(1)
        .take_while(|l| !l.starts_with("```"))
        .collect();
    assert_eq!(
        commands.len(),
        2,
        "README starts with exactly two commands: run and test"
    );
    let ci = std::fs::read_to_string(".ci/run").unwrap();
    assert!(ci.contains("set -euo pipefail"));
    assert!(
        ci.lines().any(|l| l.trim() == commands[1]),
        "CI runs `{}`",
        commands[1]
    );
}

/// The docs speak to users: measurements are dated and name the commit they were taken at, not
/// the project's internal words ("issue 8", "the fourth session").
#[test]
fn docs_use_no_internal_words() {
    let mut files = vec![
        std::path::PathBuf::from("README.md"),
        "ARCHITECTURE.md".into(),
        "CONTRIBUTING.md".into(),
        "corpus/README.md".into(),
    ];
    files_under(Path::new("docs"), &mut files);
    let mut found = Vec::new();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
    {
        let text = std::fs::read_to_string(path).unwrap();
        for (number, line) in text.lines().enumerate() {
            let lower = line.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric() && c != '#')
                .filter(|w| !w.is_empty())
                .collect();
            let internal = words.iter().enumerate().any(|(i, w)| {
                matches!(*w, "session" | "sessions" | "sprint")
                    || (*w == "issue"
                        && words
                            .get(i + 1)
                            .is_some_and(|n| n.trim_start_matches('#').parse::<u32>().is_ok()))
            });
            if internal {
                found.push(format!("{}:{}: {line}", path.display(), number + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "write for users: date measurements and name their commit instead of\n{}",
        found.join("\n")
    );
}
