//! `crosscheck lsp`: a language server over standard input and output (lsp-server,
//! lsp-types).
//!
//! Open Markdown, text and HTML drafts are checked against the archive that `crosscheck.toml`
//! names (`archive = [folders]` or `index = "file"`) and against the record of facts: on open
//! and save at once, on change after a pause in typing. Each finding is a diagnostic at the
//! draft's words, with the rule id, a link to the rule's page and the other reports' words as
//! related information. Hover shows a claim as read and what the other reports give for it;
//! code actions apply a finding's fix or insert an inline suppression. The archive folders are
//! watched: a file added, changed or removed is read again and open drafts are checked again.

mod check;
mod convert;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, Request as _};
use lsp_types::{
    CodeActionOrCommand, CodeActionProviderCapability, Hover, HoverContents,
    HoverProviderCapability, InitializeParams, MarkupContent, MarkupKind, PublishDiagnosticsParams,
    SaveOptions, ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};

use super::{EXIT_INPUT_ERROR, Loaded, PackArgs};
use check::{Checked, Source};
use convert::uri_to_path;

#[derive(Debug, clap::Args)]
pub struct LspArgs {
    #[command(flatten)]
    pub pack: PackArgs,
}

/// How long typing must pause before a changed draft is checked.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// How often the archive folders are looked at for changes; `CROSSCHECK_LSP_POLL_MS` sets it.
fn poll_interval() -> Duration {
    std::env::var("CROSSCHECK_LSP_POLL_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(Duration::from_secs(2), Duration::from_millis)
}

pub fn run(args: LspArgs) -> ExitCode {
    let (connection, threads) = Connection::stdio();
    let result = serve(&connection, &args.pack);
    drop(connection);
    let joined = threads.join();
    match (result, joined) {
        (Ok(()), Ok(())) => ExitCode::SUCCESS,
        (Err(message), _) => {
            eprintln!("crosscheck lsp: {message}");
            ExitCode::from(EXIT_INPUT_ERROR)
        }
        (_, Err(error)) => {
            eprintln!("crosscheck lsp: {error}");
            ExitCode::from(EXIT_INPUT_ERROR)
        }
    }
}

/// An open document.
struct Document {
    text: String,
    path: PathBuf,
    checked: Option<Checked>,
}

struct Server<'a> {
    connection: &'a Connection,
    loaded: Loaded,
    source: Source,
    documents: HashMap<Uri, Document>,
    /// Documents to check, and when.
    due: HashMap<Uri, Instant>,
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    }
}

fn serve(connection: &Connection, pack: &PackArgs) -> Result<(), String> {
    let capabilities = serde_json::to_value(capabilities()).map_err(|e| e.to_string())?;
    let params = connection
        .initialize(capabilities)
        .map_err(|e| e.to_string())?;
    let params: InitializeParams = serde_json::from_value(params).map_err(|e| e.to_string())?;
    // The workspace's folder: where `crosscheck.toml` is looked for.
    #[allow(deprecated)]
    let root = params
        .workspace_folders
        .as_ref()
        .and_then(|folders| folders.first())
        .and_then(|f| uri_to_path(&f.uri))
        .or_else(|| params.root_uri.as_ref().and_then(uri_to_path));
    let mut pack_args = PackArgs {
        rules: pack.rules.clone(),
        config: pack.config.clone(),
        no_config: pack.no_config,
    };
    if pack_args.config.is_none()
        && !pack_args.no_config
        && let Some(root) = &root
    {
        pack_args.config = root
            .ancestors()
            .map(|dir| dir.join(crate::config::CONFIG_FILE))
            .find(|path| path.is_file());
    }
    let loaded = super::load_packs(&pack_args);
    let base = pack_args
        .config
        .as_ref()
        .and_then(|c| c.parent().map(Path::to_path_buf))
        .or(root)
        .unwrap_or_default();
    let source = source_of(&loaded, &base);
    let mut server = Server {
        connection,
        loaded,
        source,
        documents: HashMap::new(),
        due: HashMap::new(),
    };
    server.main_loop()
}

/// The archive the configuration names, relative to its folder.
fn source_of(loaded: &Loaded, base: &Path) -> Source {
    #[cfg(feature = "index")]
    if let Some(index) = &loaded.config.index {
        return Source::Index(base.join(index.get_ref()));
    }
    #[cfg(not(feature = "index"))]
    if loaded.config.index.is_some() {
        eprintln!(
            "crosscheck lsp: `index` in crosscheck.toml needs a crosscheck built with the index feature (cargo install --path . --features index); using `archive`"
        );
    }
    for problem in &loaded.problems {
        eprintln!(
            "crosscheck lsp: {}: {}",
            problem.location_prefix(),
            problem.message
        );
    }
    if loaded.config.archive.is_empty() {
        return Source::None;
    }
    let roots = loaded
        .config
        .archive
        .iter()
        .map(|dir| std::path::absolute(base.join(dir.get_ref())).unwrap_or_default())
        .collect();
    Source::folders(roots, loaded)
}

impl Server<'_> {
    fn main_loop(&mut self) -> Result<(), String> {
        let poll = poll_interval();
        let mut polled = Instant::now();
        loop {
            let now = Instant::now();
            let next_check = self.due.values().min().copied();
            let wait = next_check
                .map_or(poll, |due| due.saturating_duration_since(now))
                .min(poll.saturating_sub(now - polled));
            match self.connection.receiver.recv_timeout(wait) {
                Ok(Message::Request(request)) => {
                    if self
                        .connection
                        .handle_shutdown(&request)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    self.request(request)?;
                }
                Ok(Message::Notification(notification)) => {
                    if notification.method == "exit" {
                        return Ok(());
                    }
                    self.notification(notification)?;
                }
                Ok(Message::Response(_)) => {}
                Err(crossbeam_channel::RecvTimeoutError::Timeout) => {}
                Err(crossbeam_channel::RecvTimeoutError::Disconnected) => return Ok(()),
            }
            let now = Instant::now();
            let ready: Vec<Uri> = self
                .due
                .iter()
                .filter(|(_, due)| **due <= now)
                .map(|(uri, _)| uri.clone())
                .collect();
            for uri in ready {
                self.due.remove(&uri);
                self.check(&uri)?;
            }
            if now - polled >= poll {
                polled = now;
                if self.source.refresh(&self.loaded) {
                    let open: Vec<Uri> = self.documents.keys().cloned().collect();
                    for uri in open {
                        self.check(&uri)?;
                    }
                }
            }
        }
    }

    fn notification(&mut self, notification: Notification) -> Result<(), String> {
        let parse = |n: Notification| n.params;
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let params: lsp_types::DidOpenTextDocumentParams =
                    serde_json::from_value(parse(notification)).map_err(|e| e.to_string())?;
                let uri = params.text_document.uri;
                let path = uri_to_path(&uri).unwrap_or_else(|| PathBuf::from("draft.md"));
                self.documents.insert(
                    uri.clone(),
                    Document {
                        text: params.text_document.text,
                        path,
                        checked: None,
                    },
                );
                self.check(&uri)?;
            }
            DidChangeTextDocument::METHOD => {
                let params: lsp_types::DidChangeTextDocumentParams =
                    serde_json::from_value(parse(notification)).map_err(|e| e.to_string())?;
                let uri = params.text_document.uri;
                if let (Some(document), Some(change)) = (
                    self.documents.get_mut(&uri),
                    params.content_changes.into_iter().last(),
                ) {
                    document.text = change.text;
                    self.due.insert(uri, Instant::now() + DEBOUNCE);
                }
            }
            DidSaveTextDocument::METHOD => {
                let params: lsp_types::DidSaveTextDocumentParams =
                    serde_json::from_value(parse(notification)).map_err(|e| e.to_string())?;
                self.due.remove(&params.text_document.uri);
                if self.documents.contains_key(&params.text_document.uri) {
                    self.check(&params.text_document.uri)?;
                }
            }
            DidCloseTextDocument::METHOD => {
                let params: lsp_types::DidCloseTextDocumentParams =
                    serde_json::from_value(parse(notification)).map_err(|e| e.to_string())?;
                let uri = params.text_document.uri;
                self.documents.remove(&uri);
                self.due.remove(&uri);
                self.publish(&uri, Vec::new())?;
            }
            _ => {}
        }
        Ok(())
    }

    fn request(&mut self, request: Request) -> Result<(), String> {
        let result = match request.method.as_str() {
            HoverRequest::METHOD => {
                let params: lsp_types::HoverParams =
                    serde_json::from_value(request.params).map_err(|e| e.to_string())?;
                let at = params.text_document_position_params;
                let hover = self.documents.get(&at.text_document.uri).and_then(|d| {
                    let offset = convert::offset(&d.text, at.position);
                    d.checked.as_ref()?.hover(offset)
                });
                serde_json::to_value(hover.map(|(text, range)| Hover {
                    contents: HoverContents::Markup(MarkupContent {
                        kind: MarkupKind::Markdown,
                        value: text,
                    }),
                    range: Some(range),
                }))
            }
            CodeActionRequest::METHOD => {
                let params: lsp_types::CodeActionParams =
                    serde_json::from_value(request.params).map_err(|e| e.to_string())?;
                let uri = params.text_document.uri;
                let actions: Vec<CodeActionOrCommand> = self
                    .documents
                    .get(&uri)
                    .and_then(|d| {
                        let checked = d.checked.as_ref()?;
                        Some(checked.code_actions(&uri, params.range, &d.text))
                    })
                    .unwrap_or_default()
                    .into_iter()
                    .map(CodeActionOrCommand::CodeAction)
                    .collect();
                serde_json::to_value(actions)
            }
            _ => {
                let response = Response::new_err(
                    request.id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!("crosscheck does not answer {}", request.method),
                );
                return self.send(Message::Response(response));
            }
        };
        let response = Response::new_ok(request.id, result.map_err(|e| e.to_string())?);
        self.send(Message::Response(response))
    }

    /// Checks one open document and publishes its diagnostics.
    fn check(&mut self, uri: &Uri) -> Result<(), String> {
        // As on the command line, a configuration with errors is not used in part.
        if self.loaded.config_invalid {
            let problems: Vec<String> = self
                .loaded
                .problems
                .iter()
                .map(|p| format!("{}: {}", p.location_prefix(), p.message))
                .collect();
            let diagnostic = lsp_types::Diagnostic {
                severity: Some(lsp_types::DiagnosticSeverity::ERROR),
                source: Some("crosscheck".into()),
                message: format!(
                    "not checked: the configuration has errors\n{}",
                    problems.join("\n")
                ),
                ..lsp_types::Diagnostic::default()
            };
            return self.publish(uri, vec![diagnostic]);
        }
        let Some(document) = self.documents.get_mut(uri) else {
            return Ok(());
        };
        let diagnostics =
            match check::check(&document.path, &document.text, &self.source, &self.loaded) {
                Ok(checked) => {
                    let diagnostics = checked.diagnostics(&self.loaded);
                    document.checked = Some(checked);
                    diagnostics
                }
                Err(problem) => {
                    document.checked = None;
                    vec![lsp_types::Diagnostic {
                        severity: Some(lsp_types::DiagnosticSeverity::ERROR),
                        source: Some("crosscheck".into()),
                        message: format!(
                            "not checked: {}: {}{}",
                            problem.path,
                            problem.message,
                            problem
                                .help
                                .as_ref()
                                .map_or_else(String::new, |h| format!("\n{h}"))
                        ),
                        ..lsp_types::Diagnostic::default()
                    }]
                }
            };
        self.publish(uri, diagnostics)
    }

    fn publish(&self, uri: &Uri, diagnostics: Vec<lsp_types::Diagnostic>) -> Result<(), String> {
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics,
            version: None,
        };
        let notification = Notification::new(PublishDiagnostics::METHOD.into(), params);
        self.send(Message::Notification(notification))
    }

    fn send(&self, message: Message) -> Result<(), String> {
        self.connection
            .sender
            .send(message)
            .map_err(|e| e.to_string())
    }
}
