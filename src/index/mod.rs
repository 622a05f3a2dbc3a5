//! A persistent archive index: every report of an archive with its metadata, its text and the
//! claims read from it, in one SQLite file (rusqlite, SQLite built in).
//!
//! A review reads from it only the reports a draft can be compared with (the same explicit
//! event, or the same publication date: an indexed lookup), instead of reading the whole
//! archive again. `index update` re-reads only files whose size or modification time changed
//! and whose content hash differs, and drops the reports of deleted files.
//!
//! Safety: the database is in WAL mode, so readers work while a writer updates; each batch of
//! files is one transaction, so a crash or a kill loses at most the batch being written, and the
//! next update redoes it. The schema is versioned; the claims depend on the program and on the
//! lexicon and facts they were read with, whose stamp is stored: an index of another schema or
//! stamp is refused with a message that says how to rebuild or update it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::claim::Claim;
use crate::problem::Problem;
use crate::report::{Meta, Origin, OriginKind, Report};
use crate::span::Span;

/// The schema this program reads and writes.
pub const SCHEMA_VERSION: i64 = 1;

/// What was read from one report, as stored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    pub claims: Vec<Claim>,
    pub topics: Vec<compact_str::CompactString>,
    pub names: Vec<crate::parse::names::Name>,
    pub fingerprint: crate::duplicates::Fingerprint,
}

/// A file as the index last saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileState {
    pub size: u64,
    /// Modification time, in nanoseconds since the epoch.
    pub mtime: i64,
    pub hash: u64,
}

/// An open index.
pub struct Index {
    conn: Connection,
    path: String,
}

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    canonical TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    -- The file's text, kept only when its reports' text was extracted from it (HTML, feeds).
    content TEXT
);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    file INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    path TEXT NOT NULL,
    name TEXT,
    event TEXT,
    published TEXT,
    meta TEXT NOT NULL,
    body_start INTEGER NOT NULL,
    body_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    origin TEXT,
    stored TEXT NOT NULL
);
CREATE INDEX reports_file ON reports(file);
CREATE INDEX reports_event ON reports(event) WHERE event IS NOT NULL;
CREATE INDEX reports_published ON reports(published) WHERE published IS NOT NULL;
";

/// How an origin is stored: its kind and anchors; the file's text is in `files.content`.
#[derive(Serialize, Deserialize)]
struct StoredOrigin {
    kind: OriginKind,
    anchors: Vec<(usize, usize)>,
}

/// The advice every refusal ends with.
fn rebuild_help(path: &str) -> String {
    format!("rebuild it: crosscheck index build ARCHIVE... --db {path}")
}

impl Index {
    /// Makes a new, empty index at `path`, replacing any file there, for the archive folders
    /// and files `roots` and the program and pack `stamp`.
    pub fn create(path: &Path, roots: &[PathBuf], stamp: &str) -> Result<Index, Problem> {
        let display = path.display().to_string();
        for suffix in ["", "-wal", "-shm"] {
            let file = PathBuf::from(format!("{display}{suffix}"));
            if file.exists() {
                std::fs::remove_file(&file).map_err(|error| {
                    Problem::new(&display, format!("could not replace the index: {error}"))
                })?;
            }
        }
        let conn = Connection::open(path).map_err(|e| sql_problem(&display, &e))?;
        let index = Index {
            conn,
            path: display.clone(),
        };
        index.configure()?;
        let roots: Vec<String> = roots
            .iter()
            .map(|r| std::path::absolute(r).unwrap_or_else(|_| r.clone()))
            .map(|r| r.display().to_string())
            .collect();
        let roots = serde_json::to_string(&roots).unwrap_or_default();
        index
            .conn
            .execute_batch(SCHEMA)
            .and_then(|()| {
                index.conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema', ?1), ('stamp', ?2), ('roots', ?3)",
                    params![SCHEMA_VERSION.to_string(), stamp, roots],
                )
            })
            .map_err(|e| sql_problem(&display, &e))?;
        Ok(index)
    }

    /// Opens an index to read or update. A missing file, a file that is not an index, another
    /// schema version, or (when `stamp` is given) claims read by another program or pack are
    /// each a clear problem saying what to do.
    pub fn open(path: &Path, stamp: Option<&str>) -> Result<Index, Problem> {
        let display = path.display().to_string();
        if !path.is_file() {
            return Err(Problem::new(&display, "no index here").with_help(format!(
                "build one: crosscheck index build ARCHIVE... --db {display}"
            )));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| sql_problem(&display, &e))?;
        let index = Index {
            conn,
            path: display.clone(),
        };
        let not_an_index = |detail: String| {
            Problem::new(
                &display,
                format!("not a crosscheck index, or a damaged one ({detail})"),
            )
            .with_help(rebuild_help(&display))
        };
        index.configure()?;
        let schema: Option<String> = index
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |row| {
                row.get(0)
            })
            .optional()
            .map_err(|e| not_an_index(e.to_string()))?;
        match schema.as_deref().map(str::parse::<i64>) {
            Some(Ok(SCHEMA_VERSION)) => {}
            Some(Ok(other)) => {
                return Err(Problem::new(
                    &display,
                    format!(
                        "an index of schema {other}; this crosscheck reads schema {SCHEMA_VERSION}"
                    ),
                )
                .with_help(rebuild_help(&display)));
            }
            _ => return Err(not_an_index("it has no schema version".into())),
        }
        if let Some(stamp) = stamp
            && index.stamp()? != stamp
        {
            return Err(Problem::new(
                &display,
                "the index was read by another version of crosscheck or with another lexicon or facts",
            )
            .with_help(format!(
                "update it (every file is read again): crosscheck index update --db {display}"
            )));
        }
        Ok(index)
    }

    fn configure(&self) -> Result<(), Problem> {
        self.conn
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
            )
            .map_err(|e| sql_problem(&self.path, &e))
    }

    fn meta_value(&self, key: &str) -> Result<String, Problem> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .map_err(|e| sql_problem(&self.path, &e))
    }

    /// The program and pack the stored claims were read with.
    pub fn stamp(&self) -> Result<String, Problem> {
        self.meta_value("stamp")
    }

    /// The archive folders and files the index was built from, as absolute paths.
    pub fn roots(&self) -> Result<Vec<PathBuf>, Problem> {
        let roots: Vec<String> = serde_json::from_str(&self.meta_value("roots")?).map_err(|e| {
            Problem::new(&self.path, format!("damaged list of archive folders: {e}"))
                .with_help(rebuild_help(&self.path))
        })?;
        Ok(roots.into_iter().map(PathBuf::from).collect())
    }

    /// Forgets every report, to read them all again with a new stamp.
    pub fn reset(&mut self, stamp: &str) -> Result<(), Problem> {
        let tx = self
            .conn
            .transaction()
            .map_err(|e| sql_problem(&self.path, &e))?;
        tx.execute_batch("DELETE FROM reports; DELETE FROM files;")
            .and_then(|()| {
                tx.execute("UPDATE meta SET value = ?1 WHERE key = 'stamp'", [stamp])
                    .map(|_| ())
            })
            .and_then(|()| tx.commit())
            .map_err(|e| sql_problem(&self.path, &e))
    }

    /// Every indexed file, by canonical path, with what the index last saw of it.
    pub fn files(&self) -> Result<std::collections::HashMap<String, FileState>, Problem> {
        let mut statement = self
            .conn
            .prepare("SELECT canonical, size, mtime, hash FROM files")
            .map_err(|e| sql_problem(&self.path, &e))?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    FileState {
                        size: row.get::<_, i64>(1)? as u64,
                        mtime: row.get(2)?,
                        hash: row.get::<_, i64>(3)? as u64,
                    },
                ))
            })
            .map_err(|e| sql_problem(&self.path, &e))?;
        rows.collect::<Result<_, _>>()
            .map_err(|e| sql_problem(&self.path, &e))
    }

    /// Writes one batch of changes in one transaction: files whose reports were read (their
    /// old reports replaced), files only touched (same content, new modification time), and
    /// files gone.
    pub fn write_batch(&mut self, batch: &Batch) -> Result<(), Problem> {
        let path = self.path.clone();
        let fail = |e: rusqlite::Error| sql_problem(&path, &e);
        let tx = self.conn.transaction().map_err(fail)?;
        {
            let mut upsert = tx
                .prepare_cached(
                    "INSERT INTO files (canonical, size, mtime, hash, content) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT(canonical) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
                     hash = excluded.hash, content = excluded.content RETURNING id",
                )
                .map_err(fail)?;
            let mut clear = tx
                .prepare_cached("DELETE FROM reports WHERE file = ?1")
                .map_err(fail)?;
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO reports (file, ordinal, path, name, event, published, meta, body_start,
                     body_end, text, origin, stored) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )
                .map_err(fail)?;
            for file in &batch.read {
                let content = file
                    .reports
                    .iter()
                    .find_map(|(r, _)| r.origin.as_ref().map(|o| o.file.to_string()));
                let id: i64 = upsert
                    .query_row(
                        params![
                            file.canonical,
                            file.state.size as i64,
                            file.state.mtime,
                            file.state.hash as i64,
                            content
                        ],
                        |row| row.get(0),
                    )
                    .map_err(fail)?;
                clear.execute([id]).map_err(fail)?;
                for (ordinal, (report, stored)) in file.reports.iter().enumerate() {
                    let origin = report.origin.as_ref().map(|o| {
                        serde_json::to_string(&StoredOrigin {
                            kind: o.kind,
                            anchors: o.anchors().to_vec(),
                        })
                        .unwrap_or_default()
                    });
                    insert
                        .execute(params![
                            id,
                            ordinal as i64,
                            report.path,
                            report.name,
                            report.meta.event,
                            report.meta.published.map(|p| p.date.to_string()),
                            serde_json::to_string(&report.meta).unwrap_or_default(),
                            report.body.start as i64,
                            report.body.end as i64,
                            &*report.text,
                            origin,
                            serde_json::to_string(stored).unwrap_or_default(),
                        ])
                        .map_err(fail)?;
                }
            }
            let mut touch = tx
                .prepare_cached("UPDATE files SET mtime = ?2 WHERE canonical = ?1")
                .map_err(fail)?;
            for (canonical, mtime) in &batch.touched {
                touch.execute(params![canonical, mtime]).map_err(fail)?;
            }
            let mut remove = tx
                .prepare_cached("DELETE FROM files WHERE canonical = ?1")
                .map_err(fail)?;
            for canonical in &batch.removed {
                remove.execute([canonical]).map_err(fail)?;
            }
        }
        tx.commit().map_err(fail)
    }

    /// How many reports and files the index holds.
    pub fn counts(&self) -> Result<(usize, usize), Problem> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM files)",
                [],
                |row| {
                    Ok((
                        row.get::<_, i64>(0)? as usize,
                        row.get::<_, i64>(1)? as usize,
                    ))
                },
            )
            .map_err(|e| sql_problem(&self.path, &e))
    }

    /// The reports a draft of these events and publication dates can be compared with, in the
    /// order they were indexed, leaving out those of the files `excluded` (canonical paths).
    pub fn related(
        &self,
        events: &BTreeSet<String>,
        dates: &BTreeSet<jiff::civil::Date>,
        excluded: &[String],
    ) -> Result<Vec<(Report, Stored)>, Problem> {
        let fail = |e: rusqlite::Error| sql_problem(&self.path, &e);
        let mut ids = BTreeSet::new();
        let mut by_event = self
            .conn
            .prepare_cached("SELECT id FROM reports WHERE event = ?1")
            .map_err(fail)?;
        for event in events {
            for id in by_event
                .query_map([event], |row| row.get::<_, i64>(0))
                .map_err(fail)?
            {
                ids.insert(id.map_err(fail)?);
            }
        }
        let mut by_date = self
            .conn
            .prepare_cached("SELECT id FROM reports WHERE published = ?1")
            .map_err(fail)?;
        for date in dates {
            for id in by_date
                .query_map([date.to_string()], |row| row.get::<_, i64>(0))
                .map_err(fail)?
            {
                ids.insert(id.map_err(fail)?);
            }
        }
        let mut load = self
            .conn
            .prepare_cached(
                "SELECT r.path, r.name, r.meta, r.body_start, r.body_end, r.text, r.origin, r.stored,
                 f.canonical, f.content FROM reports r JOIN files f ON f.id = r.file WHERE r.id = ?1",
            )
            .map_err(fail)?;
        let mut found = Vec::with_capacity(ids.len());
        let mut contents: std::collections::HashMap<String, Arc<str>> = Default::default();
        for id in ids {
            let row = load
                .query_row([id], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, Option<String>>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, i64>(3)?,
                        row.get::<_, i64>(4)?,
                        row.get::<_, String>(5)?,
                        row.get::<_, Option<String>>(6)?,
                        row.get::<_, String>(7)?,
                        row.get::<_, String>(8)?,
                        row.get::<_, Option<String>>(9)?,
                    ))
                })
                .map_err(fail)?;
            let (path, name, meta, start, end, text, origin, stored, canonical, content) = row;
            if excluded.contains(&canonical) {
                continue;
            }
            let damaged = |what: &str, e: serde_json::Error| {
                Problem::new(&self.path, format!("damaged {what} of {path}: {e}"))
                    .with_help(rebuild_help(&self.path))
            };
            let meta: Meta = serde_json::from_str(&meta).map_err(|e| damaged("metadata", e))?;
            let stored: Stored = serde_json::from_str(&stored).map_err(|e| damaged("claims", e))?;
            let origin = match (origin, content) {
                (Some(origin), Some(content)) => {
                    let origin: StoredOrigin =
                        serde_json::from_str(&origin).map_err(|e| damaged("origin", e))?;
                    let file = contents
                        .entry(canonical.clone())
                        .or_insert_with(|| Arc::from(content))
                        .clone();
                    Some(Arc::new(Origin::new(file, origin.kind, origin.anchors)))
                }
                _ => None,
            };
            let text: Arc<str> = Arc::from(text);
            let body = Span::new(
                (start.max(0) as usize).min(text.len()),
                (end.max(0) as usize).min(text.len()),
            );
            found.push((
                Report {
                    path,
                    name,
                    text,
                    body,
                    meta,
                    origin,
                    topics: stored.topics.clone(),
                    names: stored.names.clone(),
                    fingerprint: stored.fingerprint.clone(),
                },
                stored,
            ));
        }
        Ok(found)
    }
}

/// One batch of changes to write.
#[derive(Default)]
pub struct Batch {
    pub read: Vec<ReadFile>,
    /// Files whose content is unchanged but whose modification time moved: (canonical, mtime).
    pub touched: Vec<(String, i64)>,
    /// Files gone from the archive (canonical paths).
    pub removed: Vec<String>,
}

/// A file read for the index, with its reports and what was read from each.
pub struct ReadFile {
    pub canonical: String,
    pub state: FileState,
    pub reports: Vec<(Report, Stored)>,
}

impl Batch {
    pub fn is_empty(&self) -> bool {
        self.read.is_empty() && self.touched.is_empty() && self.removed.is_empty()
    }
}

/// A 64-bit FNV-1a hash of a file's bytes: stable across runs and versions, to tell a changed
/// file from one only touched.
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// What the stored claims depend on: the program's version and the lexicon and facts files
/// they were read with.
pub fn stamp(files: &[crate::lexicon::DataFile]) -> String {
    let mut bytes = Vec::new();
    for file in files {
        bytes.extend_from_slice(file.path.as_bytes());
        bytes.push(0);
        bytes.extend_from_slice(file.text.as_bytes());
        bytes.push(0);
    }
    format!(
        "crosscheck {} schema {SCHEMA_VERSION} fingerprint {} pack {:016x}",
        env!("CARGO_PKG_VERSION"),
        crate::duplicates::FINGERPRINT_WAY,
        content_hash(&bytes)
    )
}

fn sql_problem(path: &str, error: &rusqlite::Error) -> Problem {
    let message = match error {
        rusqlite::Error::SqliteFailure(code, _)
            if code.code == rusqlite::ErrorCode::NotADatabase =>
        {
            return Problem::new(path, "not a crosscheck index (not an SQLite database)")
                .with_help(rebuild_help(path));
        }
        rusqlite::Error::SqliteFailure(code, _)
            if code.code == rusqlite::ErrorCode::DatabaseCorrupt =>
        {
            return Problem::new(path, "the index is damaged").with_help(rebuild_help(path));
        }
        other => other.to_string(),
    };
    Problem::new(path, format!("index: {message}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_hash_is_fnv1a() {
        assert_eq!(content_hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(content_hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(content_hash(b"539 drones"), content_hash(b"550 drones"));
    }
}
