//! Rule packs: the shipped one embedded in the binary, and users' packs from folders.
//!
//! A pack is a folder of TOML files: `lexicon/` holds lexicon files, `facts/` the record of
//! facts, every other `.toml` file is a rule. The CLI reads users' packs from disk; this module only sorts files into kinds.

use std::sync::Arc;

use crate::lexicon::DataFile;

include!(concat!(env!("OUT_DIR"), "/pack.rs"));

/// The files of a pack, sorted by what they hold.
#[derive(Clone, Debug, Default)]
pub struct Pack {
    pub lexicon: Vec<DataFile>,
    pub facts: Vec<DataFile>,
    pub rules: Vec<DataFile>,
}

impl Pack {
    /// The pack built into the binary.
    pub fn shipped() -> Pack {
        let mut pack = Pack::default();
        for (path, text) in SHIPPED {
            let relative = path.strip_prefix("rules/").unwrap_or(path);
            pack.add(
                relative,
                DataFile {
                    path: path.to_string(),
                    text: Arc::from(*text),
                },
            );
        }
        pack
    }

    /// Adds a file, given its path relative to the pack's folder. A file whose text is already
    /// in the pack (the shipped pack read again from disk) is not added twice.
    pub fn add(&mut self, relative: &str, file: DataFile) {
        let present = |files: &[DataFile]| files.iter().any(|f| f.text == file.text);
        if present(&self.lexicon) || present(&self.facts) || present(&self.rules) {
            return;
        }
        if relative.starts_with("lexicon/") {
            self.lexicon.push(file);
        } else if relative.starts_with("facts/") {
            self.facts.push(file);
        } else {
            self.rules.push(file);
        }
    }

    /// Appends another pack: its lexicon extends this one's, its rules override by id.
    pub fn extend(&mut self, other: Pack) {
        let fresh = |mine: &[DataFile], file: &DataFile| !mine.iter().any(|f| f.text == file.text);
        for file in other.lexicon {
            if fresh(&self.lexicon, &file) {
                self.lexicon.push(file);
            }
        }
        for file in other.facts {
            if fresh(&self.facts, &file) {
                self.facts.push(file);
            }
        }
        for file in other.rules {
            // A rule read from disk replaces the embedded copy of itself, so that its path is the
            // file's (where its snapshot lives).
            self.rules.retain(|f| f.text != file.text);
            self.rules.push(file);
        }
    }
}
