//! `crosscheck lsp` driven by a scripted client over standard input and output: initialize,
//! didOpen, publishDiagnostics with exact ranges, hover, codeAction, didChange, a new archive
//! file seen by the watcher, shutdown and exit.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::write;

pub struct Client {
    pub child: Child,
    stdin: ChildStdin,
    messages: mpsc::Receiver<Value>,
    next_id: i64,
}

fn read_message(reader: &mut BufReader<ChildStdout>) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    pub fn start(dir: &std::path::Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .arg("lsp")
            .current_dir(dir)
            .env("CROSSCHECK_LSP_POLL_MS", "100")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let (sender, messages) = mpsc::channel();
        std::thread::spawn(move || {
            while let Some(message) = read_message(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            messages,
            next_id: 1,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its response, skipping notifications.
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self.next();
            if message["id"] == json!(id) {
                assert!(message.get("error").is_none(), "{message}");
                return message["result"].clone();
            }
        }
    }

    fn next(&mut self) -> Value {
        self.messages
            .recv_timeout(Duration::from_secs(30))
            .expect("the server answers within 30 s")
    }

    /// The next diagnostics published for `uri`.
    pub fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let message = self.next();
            if message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["uri"] == uri
            {
                return message["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }
}

fn report(outlet: &str, drones: u32, extra: &str) -> String {
    format!(
        "+++\noutlet = \"{outlet}\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched {drones} drones overnight.\n{extra}"
    )
}

fn range(line: u32, start: u32, end: u32) -> Value {
    json!({"start": {"line": line, "character": start}, "end": {"line": line, "character": end}})
}

#[test]
fn a_scripted_editor_session() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    write(&root, "crosscheck.toml", "archive = [\"published\"]\n");
    write(&root, "published/a.md", report("Wire A", 550, ""));
    let draft_path = root.join("drafts/today.md");
    let uri = format!("file://{}", draft_path.display());
    let archive_uri = format!("file://{}", root.join("published/a.md").display());
    let root_uri = format!("file://{}", root.display());

    let mut client = Client::start(&root);
    let init = client.request(
        "initialize",
        json!({"processId": null, "rootUri": root_uri, "capabilities": {}}),
    );
    assert_eq!(init["capabilities"]["hoverProvider"], true, "{init}");
    client.notify("initialized", json!({}));

    let text = report(
        "Draft",
        539,
        "\nFormer US President Donald Trump spoke on Friday.\n",
    );
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(diagnostics.len(), 2, "{diagnostics:#?}");
    let figures = diagnostics
        .iter()
        .find(|d| d["code"] == "conflicting-figures")
        .expect("the figures disagree");
    // "Russia launched 539 drones": line 5 from 0, "539 drones" at UTF-16 columns 16..26.
    assert_eq!(figures["range"], range(5, 16, 26));
    assert_eq!(figures["severity"], 2);
    assert_eq!(figures["source"], "crosscheck");
    assert!(
        figures["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("docs/rules/conflicting-figures.md")
    );
    let related = &figures["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], archive_uri);
    assert_eq!(related["location"]["range"], range(5, 16, 26));
    assert!(
        related["message"]
            .as_str()
            .unwrap()
            .starts_with("Wire A: 550")
    );
    let title = diagnostics
        .iter()
        .find(|d| d["code"] == "title-contradicts-record")
        .expect("the title is wrong on that day");
    assert_eq!(title["range"], range(7, 0, 32));

    // Hover over "539": the claim as read, and what the archive gives.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 5, "character": 17}}),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("measure=drones.launched"), "{shown}");
    assert!(shown.contains("Wire A"), "{shown}");
    assert!(shown.contains("`550 drones`"), "{shown}");
    assert_eq!(hover["range"], range(5, 16, 26));

    // Code actions on the title: its fix, and a suppression at the head of its paragraph.
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range(7, 3, 3), "context": {"diagnostics": []}}),
    );
    let actions = actions.as_array().unwrap();
    let fix = actions
        .iter()
        .find(|a| a["title"] == "crosscheck: drop `Former`")
        .expect("the title's fix");
    assert_eq!(
        fix["edit"]["changes"][&uri],
        json!([{"range": range(7, 0, 7), "newText": ""}])
    );
    let accept = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .unwrap()
                .contains("title-contradicts-record")
        })
        .expect("a suppression");
    assert_eq!(
        accept["edit"]["changes"][&uri][0]["newText"],
        "<!-- crosscheck-ignore title-contradicts-record: reason -->\n"
    );
    assert_eq!(accept["edit"]["changes"][&uri][0]["range"], range(7, 0, 0));

    // The writer fixes both: the diagnostics clear after the pause in typing.
    let fixed = report(
        "Draft",
        550,
        "\nUS President Donald Trump spoke on Friday.\n\nAir defences shot down 480 drones.\n",
    );
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": fixed}]}),
    );
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());

    // A new archive report disagrees: the watcher reads it and the draft is checked again.
    write(
        &root,
        "published/b.md",
        report("Wire B", 550, "Air defences shot down 470 drones.\n"),
    );
    let after = client.diagnostics(&uri);
    assert_eq!(after.len(), 1, "{after:#?}");
    assert!(
        after[0]["message"]
            .as_str()
            .unwrap()
            .contains("470 (Wire B)"),
        "{after:#?}"
    );

    let shutdown = client.request("shutdown", Value::Null);
    assert_eq!(shutdown, Value::Null);
    client.notify("exit", Value::Null);
    let status = client.child.wait().unwrap();
    assert!(status.success(), "{status}");
}

#[test]
fn a_configuration_with_errors_is_said_and_nothing_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    write(&root, "crosscheck.toml", "archve = [\"published\"]\n");
    let uri = format!("file://{}/draft.md", root.display());
    let mut client = Client::start(&root);
    client.request(
        "initialize",
        json!({"processId": null, "rootUri": format!("file://{}", root.display()), "capabilities": {}}),
    );
    client.notify("initialized", json!({}));
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
            "text": report("Draft", 539, "\nFormer US President Donald Trump spoke.\n")}}),
    );
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let message = diagnostics[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("not checked: the configuration has errors"),
        "{message}"
    );
    assert!(message.contains("unknown key `archve`"), "{message}");
    client.request("shutdown", Value::Null);
    client.notify("exit", Value::Null);
    assert!(client.child.wait().unwrap().success());
}
