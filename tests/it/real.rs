//! The score on real published reports (`../shared/real`, read in place and never copied): its
//! own `score.py` is run on this build, with and without the reports' event keys, and the
//! figures are printed. The test fails when a figure falls below the floor measured when the
//! floor was last raised, so that no change makes real prose read worse; the targets are higher
//! (docs/measurements.md). Skips with a message when `../shared/real` or Python 3.11 is absent.

use crate::support::shared;

/// A score.py summary line: recall, precision, findings that hit traps.
#[derive(Debug)]
struct Score {
    recall: f64,
    precision: f64,
    trap_findings: u32,
}

fn parse(line: &str) -> Option<Score> {
    let number_after = |key: &str| -> Option<&str> {
        let rest = &line[line.find(key)? + key.len()..];
        rest.split_whitespace().next()
    };
    Some(Score {
        recall: number_after("recall ")?.parse().ok()?,
        precision: number_after("precision ")?.parse().ok()?,
        trap_findings: number_after("trap hits ")?.parse().ok()?,
    })
}

fn score(real: &std::path::Path, no_event: bool) -> Option<Score> {
    let mut command = std::process::Command::new("python3");
    command
        .arg(real.join("score.py"))
        .args(["--bin", env!("CARGO_BIN_EXE_crosscheck")]);
    if no_event {
        command.arg("--no-event");
    }
    let output = command.output().ok()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() && stdout.trim().is_empty() {
        eprintln!(
            "score.py did not run: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        return None;
    }
    println!("{stdout}");
    parse(stdout.lines().last()?)
}

/// Floors: the figures of the last raise (see docs/measurements.md for the date and commit).
const FLOOR_WITH_EVENTS: (f64, f64, u32) = (0.86, 1.0, 0);
const FLOOR_WITHOUT_EVENTS: (f64, f64, u32) = (0.80, 1.0, 0);

#[test]
fn real_reports_score_at_least_the_floor() {
    let Some(real) = shared().map(|s| s.join("real")).filter(|p| p.is_dir()) else {
        eprintln!("../shared/real is absent: the real-report score is not measured");
        return;
    };
    for (no_event, (recall, precision, traps)) in
        [(false, FLOOR_WITH_EVENTS), (true, FLOOR_WITHOUT_EVENTS)]
    {
        let Some(got) = score(&real, no_event) else {
            eprintln!("python3 (3.11 or later) is needed to score the real reports; skipped");
            return;
        };
        let mode = if no_event { "without" } else { "with" };
        assert!(
            got.recall >= recall && got.precision >= precision && got.trap_findings <= traps,
            "real reports {mode} event keys: {got:?} is below the floor (recall {recall}, precision {precision}, at most {traps} trap findings)"
        );
    }
}

#[test]
fn summary_lines_are_read() {
    let score = parse("real (event keys): recall 0.48 (67/139), precision 0.60 (18/30), trap hits 9 findings on 15 of 140 traps").unwrap();
    assert_eq!(score.recall, 0.48);
    assert_eq!(score.precision, 0.60);
    assert_eq!(score.trap_findings, 9);
    assert!(parse("real: the checker did not run").is_none());
}
