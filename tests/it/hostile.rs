//! Hostile input, through the command line as users meet it: each bad input gets a clear
//! message naming the file (and the position, where there is one), the good report beside it
//! is still checked, and the exit code says that something was not checked. Never a panic.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::support::crosscheck_in;

const GOOD_A: &str = "+++\noutlet = \"A\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 550 drones overnight.\n";
const GOOD_B: &str = "+++\noutlet = \"B\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 539 drones overnight.\n";
const GOOD_FINDING: &str = "good/a.md:6:17: warning conflicting-figures: reports of the same event disagree on drones launched: 550 (A), 539 (B)\n";

/// A folder with two good reports that disagree, so every case can show the rest was checked.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("good")).unwrap();
    std::fs::write(dir.path().join("good/a.md"), GOOD_A).unwrap();
    std::fs::write(dir.path().join("good/b.md"), GOOD_B).unwrap();
    dir
}

/// Runs `check good BAD --format short` and checks what every case must: exit code 2, the good
/// reports' finding on standard output, and a message on standard error that contains
/// `expected`. Returns standard output for more checks.
fn expect_problem(dir: &Path, bad: &str, expected: &str) -> String {
    let output = crosscheck_in(dir, &["check", "good", bad, "--format", "short"]);
    let out = String::from_utf8_lossy(&output.stdout).to_string();
    let err = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(!err.contains("panicked"), "{bad}: {err}");
    assert_eq!(output.status.code(), Some(2), "{bad}: {out}{err}");
    assert!(
        out.starts_with(GOOD_FINDING),
        "{bad}: the good reports were checked: {out}"
    );
    assert!(
        err.contains(expected),
        "{bad}: expected {expected:?} in {err:?}"
    );
    out
}

/// Runs `check good BAD --format short` for inputs that are odd but readable: no panic, and the
/// good reports are checked. Returns standard output and standard error without its last line,
/// the summary.
fn expect_checked(dir: &Path, bad: &str) -> (String, String) {
    let output = crosscheck_in(dir, &["check", "good", bad, "--format", "short"]);
    let out = String::from_utf8_lossy(&output.stdout).to_string();
    let err = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(!err.contains("panicked"), "{bad}: {err}");
    assert!(out.contains(GOOD_FINDING), "{bad}: {out}{err}");
    let summary = err.trim_end().rfind('\n').map_or(0, |i| i + 1);
    assert!(
        err[summary..].contains(" in 3 reports; "),
        "{bad}: a summary line ends standard error: {err}"
    );
    (out, err[..summary].to_string())
}

#[test]
fn invalid_utf8_is_located() {
    let dir = folder();
    std::fs::write(
        dir.path().join("bad.md"),
        b"Line one.\nTwo \xff\xfe three.\n",
    )
    .unwrap();
    expect_problem(
        dir.path(),
        "bad.md",
        "bad.md:2:5: error: invalid UTF-8 at byte 14",
    );
}

#[test]
fn a_nul_byte_marks_a_binary_file() {
    let dir = folder();
    std::fs::write(dir.path().join("bad.md"), b"Some text\0more text\n").unwrap();
    expect_problem(dir.path(), "bad.md", "bad.md: error: binary file");
}

#[test]
fn a_200_megabyte_single_line_file_is_refused_by_size() {
    let dir = folder();
    let mut file = std::fs::File::create(dir.path().join("huge.md")).unwrap();
    let chunk = "drones ".repeat(1 << 17);
    let mut written = 0;
    while written < 200_000_000 {
        file.write_all(chunk.as_bytes()).unwrap();
        written += chunk.len();
    }
    drop(file);
    expect_problem(
        dir.path(),
        "huge.md",
        "huge.md: error: file is 200015872 bytes, more than the 67108864 a file of its kind may have; not checked",
    );
}

#[test]
fn a_megabyte_sentence_without_punctuation_is_read() {
    let dir = folder();
    let sentence = "officials said the drones and missiles struck the city ".repeat(19_000);
    assert!(sentence.len() > 1_000_000);
    std::fs::write(dir.path().join("long.md"), sentence).unwrap();
    let (out, _) = expect_checked(dir.path(), "long.md");
    assert_eq!(out, GOOD_FINDING);
}

#[test]
fn repeated_hedges_long_numbers_and_overflows_are_read() {
    let dir = folder();
    let text = format!(
        "{} 5 drones were shot down.\n\n{} people were killed.\n\n\
         At least 340282366920938463463374607431768211456 drones and 1e400 missiles.\n\n\
         A total of 99,999,999,999,999,999,999,999 shells and 18446744073709551616 rounds.\n",
        "at least ".repeat(10_000),
        "7".repeat(10_000),
    );
    std::fs::write(dir.path().join("odd.md"), text).unwrap();
    let (_, err) = expect_checked(dir.path(), "odd.md");
    assert_eq!(err, "");
}

#[test]
fn dates_that_do_not_exist_are_located() {
    let dir = folder();
    std::fs::write(
        dir.path().join("feb.md"),
        "+++\noutlet = \"C\"\npublished = \"2025-02-31\"\n+++\nThe strike on 31 February 2025 killed 3 people, and the war, now in its 40th month, since 30 February 2022, goes on.\n",
    )
    .unwrap();
    expect_problem(dir.path(), "feb.md", "feb.md:3:13: error:");
}

#[test]
fn publication_dates_far_in_the_future_are_checked() {
    let dir = folder();
    std::fs::write(
        dir.path().join("future.md"),
        "+++\noutlet = \"D\"\npublished = 9999-12-31\n+++\nThe war, now in its third year, began in February 2022. Former US President Donald Trump spoke last week, and 5 drones were launched overnight on Friday.\n",
    )
    .unwrap();
    let (_, err) = expect_checked(dir.path(), "future.md");
    assert_eq!(err, "");
}

#[test]
fn front_matter_that_never_closes_is_located() {
    let dir = folder();
    std::fs::write(
        dir.path().join("open.md"),
        "+++\noutlet = \"E\"\npublished = 2025-07-04\nRussia launched 5 drones.\n",
    )
    .unwrap();
    expect_problem(dir.path(), "open.md", "open.md:1:1: error:");
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_and_dangling_links_are_named() {
    let dir = folder();
    let links = dir.path().join("links");
    std::fs::create_dir(&links).unwrap();
    std::os::unix::fs::symlink("..", links.join("up")).unwrap();
    std::os::unix::fs::symlink("nowhere.md", links.join("dangling.md")).unwrap();
    std::os::unix::fs::symlink("loop-b.md", links.join("loop-a.md")).unwrap();
    std::os::unix::fs::symlink("loop-a.md", links.join("loop-b.md")).unwrap();
    let output = crosscheck_in(dir.path(), &["check", "good", "links", "--format", "short"]);
    let err = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.contains("links/dangling.md: error: not read: a symbolic link to nothing"),
        "{err}"
    );
    assert!(
        err.contains("links/up: error: not read: a symbolic link loop"),
        "{err}"
    );
    assert!(err.contains("links/loop-a.md: error: not read:"), "{err}");
    // Named on the command line, a loop is said to be one.
    expect_problem(
        dir.path(),
        "links/loop-a.md",
        "links/loop-a.md: error: a symbolic link loop; not read",
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder();
    let path = dir.path().join("secret.md");
    std::fs::write(&path, GOOD_A).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root, permissions do not stop reading: a pipe stands in for a file that
        // cannot be read as one.
        std::fs::remove_file(&path).unwrap();
        let status = Command::new("mkfifo").arg(&path).status().unwrap();
        assert!(status.success());
        expect_problem(
            dir.path(),
            "secret.md",
            "secret.md: error: not a regular file",
        );
    } else {
        expect_problem(
            dir.path(),
            "secret.md",
            "secret.md: error: could not read the file",
        );
    }
}

#[test]
fn an_empty_folder_says_nothing_was_checked() {
    let dir = folder();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    expect_problem(
        dir.path(),
        "empty",
        "empty: error: no report files in this folder",
    );
}

#[test]
fn an_empty_file_and_a_missing_path_are_named() {
    let dir = folder();
    std::fs::write(dir.path().join("empty.md"), "\n\n").unwrap();
    expect_problem(dir.path(), "empty.md", "empty.md: error: empty file");
    expect_problem(
        dir.path(),
        "missing.md",
        "missing.md: error: no such file or folder",
    );
}

/// Runs `check good BAD --format short` with the child's address space capped, so that an input
/// that makes a reader balloon fails the test instead of taking the machine; checks what every
/// such case must (no panic, the good reports checked, peak memory under `max_bytes`), and
/// returns the exit code, standard output and standard error.
///
/// The peak is measured by a small python3 process that starts crosscheck and reads its
/// resource usage: a child forked from this test process would count this process's own
/// memory at the fork (Linux keeps the larger of the peaks before and after `exec`), which
/// made the measure depend on what the other tests held at the time. Without python3, the
/// child is started from here and its measured peak is trusted only above this process's own.
fn check_within_memory(dir: &Path, bad: &str, max_bytes: u64) -> (Option<i32>, String, String) {
    let args = ["check", "good", bad, "--format", "short", "-j", "1"];
    let (output, peak) = match run_measured_by_python(dir, &args) {
        Some(measured) => measured,
        None => {
            let (output, peak) = run_measured_here(dir, &args);
            // The child's peak includes this process's memory at the fork: only what lies
            // beyond it is the child's own.
            (output, peak.saturating_sub(own_peak()))
        }
    };
    let out = String::from_utf8_lossy(&output.stdout).to_string();
    let err = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(!err.contains("panicked"), "{bad}: {err}");
    assert!(out.starts_with(GOOD_FINDING), "{bad}: {out}{err}");
    assert!(peak < max_bytes, "{bad}: peak memory {peak} bytes");
    (output.status.code(), out, err)
}

/// The address space a checked child may take: a reader that balloons fails instead of taking
/// the machine.
const ADDRESS_SPACE_CAP: u64 = 4 << 30;

/// Runs crosscheck under a python3 process that caps its address space and prints its peak
/// resident memory last on standard error; `None` without python3.
fn run_measured_by_python(dir: &Path, args: &[&str]) -> Option<(std::process::Output, u64)> {
    const MEASURE: &str = "import resource, subprocess, sys\n\
cap = int(sys.argv[1])\n\
def limit():\n    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))\n\
done = subprocess.run(sys.argv[2:], preexec_fn=limit, capture_output=True)\n\
sys.stdout.buffer.write(done.stdout)\n\
sys.stderr.buffer.write(done.stderr)\n\
sys.stderr.write('\\npeak-kib %d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n\
sys.exit(done.returncode if done.returncode >= 0 else 128 - done.returncode)\n";
    let output = Command::new("python3")
        .arg("-c")
        .arg(MEASURE)
        .arg(ADDRESS_SPACE_CAP.to_string())
        .arg(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .ok()?;
    let mut err = String::from_utf8_lossy(&output.stderr).to_string();
    let at = err.rfind("\npeak-kib ")?;
    let peak: u64 = err[at + "\npeak-kib ".len()..].trim().parse().ok()?;
    err.truncate(at);
    Some((
        std::process::Output {
            status: output.status,
            stdout: output.stdout,
            stderr: err.into_bytes(),
        },
        peak * 1024,
    ))
}

/// Runs crosscheck as a child of this process, its address space capped, and returns its
/// output and peak resident memory as `wait4` reports it.
fn run_measured_here(dir: &Path, args: &[&str]) -> (std::process::Output, u64) {
    use std::os::unix::process::CommandExt;
    let mut command = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    // SAFETY: setrlimit is async-signal-safe and touches nothing of the parent.
    unsafe {
        command.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: ADDRESS_SPACE_CAP,
                rlim_max: ADDRESS_SPACE_CAP,
            };
            libc::setrlimit(libc::RLIMIT_AS, &limit);
            Ok(())
        });
    }
    wait_with_usage(command.spawn().expect("the binary runs"))
}

/// This process's own peak resident memory, in bytes.
fn own_peak() -> u64 {
    // SAFETY: a plain FFI call with a valid pointer.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    usage.ru_maxrss as u64 * 1024
}

/// Reads a child's output, then reaps it with `wait4` to learn its peak memory in bytes.
fn wait_with_usage(mut child: std::process::Child) -> (std::process::Output, u64) {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    let pid = child.id() as libc::pid_t;
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        stderr.read_to_end(&mut buffer).unwrap();
        buffer
    });
    let mut out = Vec::new();
    child.stdout.take().unwrap().read_to_end(&mut out).unwrap();
    let err = reader.join().unwrap();
    let mut status = 0;
    // SAFETY: plain FFI calls with valid pointers; the child is ours and not yet reaped.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid);
    let output = std::process::Output {
        status: std::process::ExitStatus::from_raw(status),
        stdout: out,
        stderr: err,
    };
    (output, usage.ru_maxrss as u64 * 1024)
}

/// A "billion laughs" of YAML aliases: each level refers nine times to the one before.
fn alias_bomb(levels: usize) -> String {
    let mut yaml = String::from(
        "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names: Vec<char> = ('a'..='z').collect();
    for level in 1..levels {
        let (prev, name) = (names[level - 1], names[level]);
        let refs = vec![format!("*{prev}"); 9].join(",");
        yaml.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    yaml.push_str("outlet: Bomb\n---\nRussia launched 12 drones.\n");
    yaml
}

#[test]
fn a_yaml_alias_bomb_in_front_matter_is_refused_with_bounded_memory() {
    let dir = folder();
    for levels in [6, 9] {
        let name = format!("bomb{levels}.md");
        std::fs::write(dir.path().join(&name), alias_bomb(levels)).unwrap();
        let (code, out, err) = check_within_memory(dir.path(), &name, 100 << 20);
        assert_eq!(code, Some(2), "{out}{err}");
        assert!(
            err.contains(&format!("{name}:")) && err.contains("front matter asks for more work"),
            "{err}"
        );
    }
}

#[test]
fn deeply_nested_front_matter_is_located() {
    let dir = folder();
    let depth = 100_000;
    let yaml = format!(
        "---\nx: {}{}\n---\nBody.\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    std::fs::write(dir.path().join("deep.md"), yaml).unwrap();
    let toml = format!(
        "+++\nx = {}{}\n+++\nBody.\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    std::fs::write(dir.path().join("deep-toml.md"), toml).unwrap();
    let json = format!(
        "{{\"outlet\": \"F\", \"text\": \"Body.\", \"x\": {}{}}}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    std::fs::write(dir.path().join("deep.jsonl"), json).unwrap();
    for name in ["deep.md", "deep-toml.md", "deep.jsonl"] {
        let (code, out, err) = check_within_memory(dir.path(), name, 200 << 20);
        if name.ends_with(".md") {
            assert_eq!(code, Some(2), "{name}: {out}{err}");
            assert!(err.contains(&format!("{name}:2:")), "{name}: {err}");
        }
    }
}

#[test]
fn oversized_front_matter_is_refused() {
    let dir = folder();
    let yaml = format!("---\ntitle: \"{}\"\n---\nBody.\n", "x".repeat(2 << 20));
    std::fs::write(dir.path().join("big.md"), yaml).unwrap();
    expect_problem(
        dir.path(),
        "big.md",
        "big.md:2:1: error: front matter is 2097162 bytes",
    );
}

#[test]
fn an_unsupported_language_is_a_located_problem() {
    let dir = folder();
    std::fs::write(
        dir.path().join("es.md"),
        "+++\noutlet = \"C\"\npublished = 2025-07-04\nlang = \"es\"\nevent = \"e\"\n+++\nRusia lanzó 700 drones durante la noche.\n",
    )
    .unwrap();
    let out = expect_problem(
        dir.path(),
        "es.md",
        "es.md:4:8: error: language `es` is not supported; not checked",
    );
    // The Spanish report was not read: its figure is in no finding.
    assert!(!out.contains("700"), "{out}");
    // English in any spelling is read.
    for lang in ["en", "en-GB", "en_US", "EN"] {
        std::fs::write(
            dir.path().join("en.md"),
            format!("+++\noutlet = \"C\"\npublished = 2025-07-04\nlang = \"{lang}\"\nevent = \"e\"\n+++\nRussia launched 700 drones overnight.\n"),
        )
        .unwrap();
        let output = crosscheck_in(dir.path(), &["check", "en.md", "good", "--format", "short"]);
        let out = String::from_utf8_lossy(&output.stdout);
        assert!(out.contains("700 (C)"), "{lang}: {out}");
        assert_eq!(output.status.code(), Some(1), "{lang}: {out}");
    }
    // In a feed, the line is named.
    std::fs::write(
        dir.path().join("feed.jsonl"),
        "{\"id\": \"x\", \"published\": \"2025-07-04\", \"lang\": \"fr\", \"text\": \"La Russie a lancé 700 drones.\"}\n",
    )
    .unwrap();
    expect_problem(
        dir.path(),
        "feed.jsonl",
        "feed.jsonl#x:1:48: error: language `fr` is not supported; not checked",
    );
}

/// An agency story of well over forty words, as a site would republish it.
const AGENCY_STORY: &str = "A powerful earthquake struck the coastal province of Marvela before dawn on Tuesday, \
killing 31 people and injuring dozens more, the regional disaster office said. Rescuers worked \
through the morning to reach villages in the hills, where landslides had blocked the only road, \
and the governor asked the army for helicopters to carry water and tents to families who spent \
the night outdoors.\n";

#[test]
fn copies_of_one_story_are_compared_once_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let front = |outlet: &str, title: &str| {
        format!(
            "+++\noutlet = \"{outlet}\"\ntitle = \"{title}\"\npublished = 2025-09-30\nevent = \"quake\"\n+++\n"
        )
    };
    let write = |name: &str, text: String| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "wire/agency.md",
        front("Agency", "Quake kills 31") + AGENCY_STORY,
    );
    // The same story under another headline and with a byline.
    write(
        "sites/one.md",
        front("Site One", "Deadly quake hits Marvela") + "By Staff Reporter\n\n" + AGENCY_STORY,
    );
    write(
        "sites/two.md",
        front("Site Two", "Quake kills 31") + AGENCY_STORY,
    );
    // The same file reached a second time.
    std::os::unix::fs::symlink(
        dir.path().join("wire/agency.md"),
        dir.path().join("link.md"),
    )
    .unwrap();
    write(
        "other.md",
        front("Other", "Quake toll")
            + "The earthquake in Marvela on Tuesday killed 29 people, the national police said.\n",
    );
    let output = crosscheck_in(dir.path(), &["check", ".", "--format", "json"]);
    let out = String::from_utf8_lossy(&output.stdout);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let messages: Vec<&str> = findings
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        ["reports of the same event disagree on people killed: 31 (Agency), 29 (Other)"],
        "{out}"
    );
    let because = findings[0]["because"].as_str().unwrap();
    assert!(
        because.contains(
            "Agency's text was also published by Site One, Site Two and read again from ./wire/agency.md; the story was compared once"
        ),
        "{because}"
    );
}

#[cfg(feature = "html")]
#[test]
fn a_page_nested_thousands_deep_is_refused_before_parsing() {
    let dir = folder();
    let depth = 200_000;
    let page = format!(
        "<html><body><article><p>Russia launched 12 drones.</p>{}{}</article></body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    std::fs::write(dir.path().join("deep.html"), page).unwrap();
    let (code, out, err) = check_within_memory(dir.path(), "deep.html", 200 << 20);
    assert_eq!(code, Some(2), "{out}{err}");
    assert!(
        err.contains("deep.html:1:") && err.contains("the page nests elements 1001 deep or more"),
        "{err}"
    );
}

#[test]
fn findings_on_a_line_too_long_to_draw_are_printed_without_snippets() {
    // Thousands of titled names alike in one 200 KB paragraph: the name-spelling finding's
    // places lie further along the line than miette can pad to.
    let dir = folder();
    let body: String = (0..3000)
        .map(|i| {
            let surname: String = (0..4)
                .map(|p| char::from(b'a' + ((i / 26usize.pow(p)) % 26) as u8))
                .collect();
            format!("Harlow coach Tarlo V{surname}, the Harlow chief executive and the president, ")
        })
        .collect();
    let text = format!("+++\noutlet = \"A\"\npublished = 2025-07-04\n+++\n{body}met officials.\n");
    std::fs::write(dir.path().join("wide.md"), text).unwrap();
    let output = crosscheck_in(dir.path(), &["check", "wide.md"]);
    let out = String::from_utf8_lossy(&output.stdout);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.contains("could not be drawn"), "{out}");
}
