//! The record of office-holders: tables of terms of office (`rules/facts/**/*.tsv`), each built
//! from an open dataset by the script beside it and carrying its source, licence and retrieval
//! date in `#! key = value` lines. A user's pack adds tables of its own.
//!
//! One line a term: `person  name  aliases  office  jurisdiction  from  to  party`, tab-separated.
//! Dates are days, or a month or a year where the source is less precise; an empty `to` means
//! in office when the table was made. Offices are ids ("senator", "majority-whip"), read
//! through the lexicon's office forms so that "foreign-secretary" is the lexicon's
//! "foreign-minister". A `#! seats = senator 2, speaker 1` line says how many people hold each
//! office of one jurisdiction at once: on a day the table lists that many, nobody else held it.

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use jiff::civil::Date;

use crate::lexicon::{DataFile, Lexicon};
use crate::problem::Problem;
use crate::span::Span;

/// Where a table comes from.
#[derive(Clone, Debug, Default)]
pub struct Table {
    pub path: String,
    pub source: String,
    pub licence: String,
    pub retrieved: Option<Date>,
    /// The first and last day the table speaks for.
    pub period: Option<(Date, Date)>,
}

/// A person the record names.
#[derive(Clone, Debug)]
pub struct Holder {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
}

/// A term of office, with the uncertainty of a date given as a month or a year.
#[derive(Clone, Debug)]
pub struct HeldTerm {
    pub person: usize,
    pub office: String,
    pub jurisdiction: String,
    /// The earliest and latest first day the source allows.
    pub from: (Date, Date),
    /// The earliest and latest first day out of office; `None` while in office.
    pub to: Option<(Date, Date)>,
    pub party: String,
    pub table: usize,
}

/// The whole record, indexed.
#[derive(Clone, Debug, Default)]
pub struct Record {
    pub tables: Vec<Table>,
    pub holders: Vec<Holder>,
    pub terms: Vec<HeldTerm>,
    /// How many hold an office of one jurisdiction at once.
    pub seats: HashMap<String, usize>,
    /// The most days between an election and taking each office (`#! elect-days`).
    pub elect_days: HashMap<String, i64>,
    /// Offices the record knows in one jurisdiction only ("pope": the Holy See), which a
    /// title names without saying where.
    sole: HashMap<String, String>,
    by_office: HashMap<(String, String), Vec<usize>>,
    by_person: HashMap<usize, Vec<usize>>,
    /// People by name and by surname, made on the first question by name (most runs ask
    /// none: only a role claim with a former or elect title or a held seat does).
    names: std::sync::OnceLock<NameIndex>,
    ids: HashMap<String, usize>,
}

#[derive(Clone, Debug, Default)]
struct NameIndex {
    by_name: HashMap<String, Vec<usize>>,
    by_surname: HashMap<String, Vec<usize>>,
}

/// The most days between an election (or a designation) and taking office, for an office whose
/// table does not say: long enough for a US transition (about 75 days) and most parliamentary
/// ones.
pub const ELECT_DAYS: i64 = 90;

/// A name reduced for matching: ASCII letters of its words, lower case ("Erdoğan" and
/// "Erdogan" alike), honorifics and suffixes kept.
pub fn name_key(name: &str) -> String {
    // Most names of the record are plain ASCII: no transliteration to make.
    if name.is_ascii() {
        return name
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    deunicode::deunicode(name)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// The surname of a written name: its last word, past "Jr.", "III" and the like.
pub fn surname_key(name: &str) -> String {
    let last = name
        .split_whitespace()
        .rev()
        .find(|w| {
            let w = w.trim_end_matches(['.', ',']);
            // "Jr.", and regnal numbers: "Leo XIV" is Leo.
            !matches!(w, "Jr" | "Sr") && !is_roman(w)
        })
        .unwrap_or_default();
    name_key(last)
}

/// "senator 2, speaker 1": a number for each office, of `what` (seats, days).
fn numbers_by_office<N: std::str::FromStr>(
    value: &str,
    what: &str,
) -> Result<Vec<(String, N)>, String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .map(|item| {
            let (office, n) = item
                .rsplit_once(' ')
                .ok_or_else(|| format!("expected `office {what}`, found `{item}`"))?;
            let n = n
                .parse()
                .map_err(|_| format!("`{n}` is not a number of {what}"))?;
            Ok((office.trim().to_string(), n))
        })
        .collect()
}

/// A Roman numeral of two letters or more, or "I" and "V" after a name ("Charles III").
pub fn is_roman(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

impl HeldTerm {
    /// Whether the term certainly covers `date` (a date within its months or years of doubt
    /// is not certain), given the table's last day.
    pub fn surely_covers(&self, date: Date, table_end: Option<Date>) -> bool {
        // Past the table's last day, a term still running then (or due to end later) may
        // have ended early: nothing is sure.
        self.from.1 <= date
            && table_end.is_none_or(|end| date <= end)
            && self.to.is_none_or(|(first, _)| date < first)
    }
}

impl Record {
    /// Reads the tables of a pack's facts folder (files ending `.tsv`).
    pub fn load(files: &[DataFile], lexicon: &Lexicon) -> (Record, Vec<Problem>) {
        let mut record = Record::default();
        let mut problems = Vec::new();
        for file in files.iter().filter(|f| f.path.ends_with(".tsv")) {
            record.read_table(file, lexicon, &mut problems);
        }
        record.override_earlier_folders();
        for (i, term) in record.terms.iter().enumerate() {
            record
                .by_office
                .entry((term.office.clone(), term.jurisdiction.clone()))
                .or_default()
                .push(i);
            record.by_person.entry(term.person).or_default().push(i);
        }
        let mut places: HashMap<&str, Vec<&str>> = HashMap::default();
        for (office, jurisdiction) in record.by_office.keys() {
            places.entry(office).or_default().push(jurisdiction);
        }
        record.sole = places
            .into_iter()
            .filter(|(_, places)| places.len() == 1)
            .map(|(office, places)| (office.to_string(), places[0].to_string()))
            .collect();
        (record, problems)
    }

    /// A pack read later overrides the packs before it: where a table of a later folder lists
    /// terms of a person in an office of a jurisdiction, the terms of that person, office and
    /// jurisdiction from tables of other folders before it are dropped (a user's pack corrects
    /// or ends a term of the shipped record by writing the person's terms again). Tables of
    /// one folder add to each other. A person is the same across tables by id or by name.
    fn override_earlier_folders(&mut self) {
        let folder = |table: &Table| {
            table
                .path
                .rsplit_once(['/', '\\'])
                .map_or(String::new(), |(dir, _)| dir.to_string())
        };
        let folders: Vec<String> = self.tables.iter().map(folder).collect();
        // One folder (the shipped record alone, the common case): nothing to override.
        if folders.windows(2).all(|w| w[0] == w[1]) {
            return;
        }
        // The last folder (in reading order) that lists each person, office and jurisdiction.
        let key = |record: &Record, term: &HeldTerm| {
            (
                name_key(&record.holders[term.person].name),
                term.office.clone(),
                term.jurisdiction.clone(),
            )
        };
        let mut last: HashMap<(String, String, String), usize> = HashMap::default();
        for term in &self.terms {
            let entry = last.entry(key(self, term)).or_insert(term.table);
            *entry = (*entry).max(term.table);
        }
        let kept: Vec<HeldTerm> = self
            .terms
            .iter()
            .filter(|term| {
                let latest = last[&key(self, term)];
                folders[latest] == folders[term.table]
            })
            .cloned()
            .collect();
        self.terms = kept;
    }

    fn names(&self) -> &NameIndex {
        self.names.get_or_init(|| {
            let mut index = NameIndex::default();
            for (i, holder) in self.holders.iter().enumerate() {
                for name in std::iter::once(&holder.name).chain(&holder.aliases) {
                    let names = index.by_name.entry(name_key(name)).or_default();
                    if !names.contains(&i) {
                        names.push(i);
                    }
                    let surnames = index.by_surname.entry(surname_key(name)).or_default();
                    if !surnames.contains(&i) {
                        surnames.push(i);
                    }
                }
            }
            index
        })
    }

    fn read_table(&mut self, file: &DataFile, lexicon: &Lexicon, problems: &mut Vec<Problem>) {
        let table_index = self.tables.len();
        let mut table = Table {
            path: file.path.clone(),
            ..Table::default()
        };
        let mut offset = 0;
        let mut header_seen = false;
        // A table names a few dozen offices in thousands of lines: each is read through the
        // lexicon once.
        let mut offices: HashMap<String, String> = HashMap::default();
        for line in file.text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let line = line.trim_end_matches(['\n', '\r']);
            let at = |message: String| {
                Problem::new(&file.path, message).at(
                    &Arc::clone(&file.text),
                    Span::new(start, start + line.len()),
                )
            };
            if let Some(meta) = line.strip_prefix("#!") {
                if let Err(message) = self.read_meta(&mut table, meta) {
                    problems.push(at(message));
                }
                continue;
            }
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if !header_seen {
                header_seen = true;
                if line.starts_with("person\t") {
                    continue;
                }
            }
            match self.read_term(line, table_index, lexicon, &mut offices) {
                Ok(term) => self.terms.push(term),
                Err(message) => problems.push(at(message)),
            }
        }
        self.tables.push(table);
    }

    fn read_meta(&mut self, table: &mut Table, meta: &str) -> Result<(), String> {
        let (key, value) = meta
            .split_once('=')
            .ok_or_else(|| "expected `#! key = value`".to_string())?;
        let value = value.trim();
        match key.trim() {
            "source" => table.source = value.to_string(),
            "licence" | "license" => table.licence = value.to_string(),
            "retrieved" => table.retrieved = Some(day(value)?),
            "period" => {
                let (a, b) = value.split_once("..").ok_or_else(|| {
                    "expected a period such as 2000-01-01..2026-06-15".to_string()
                })?;
                table.period = Some((day(a.trim())?, day(b.trim())?));
            }
            "seats" => self.seats.extend(numbers_by_office(value, "seats")?),
            "elect-days" => self.elect_days.extend(numbers_by_office(value, "days")?),
            // Other keys (commit, complete) are for people reading the table.
            _ => {}
        }
        Ok(())
    }

    fn read_term(
        &mut self,
        line: &str,
        table: usize,
        lexicon: &Lexicon,
        offices: &mut HashMap<String, String>,
    ) -> Result<HeldTerm, String> {
        // The first eight columns, and how many there are, without a vector for each line.
        let mut cols = [""; 8];
        let mut count = 0;
        for (i, col) in line.split('\t').enumerate() {
            if let Some(slot) = cols.get_mut(i) {
                *slot = col;
            }
            count = i + 1;
        }
        if count < 7 {
            return Err(format!(
                "expected 8 tab-separated columns (person, name, aliases, office, jurisdiction, from, to, party), found {count}"
            ));
        }
        let (id, name, aliases) = (cols[0].trim(), cols[1].trim(), cols[2].trim());
        if id.is_empty() || name.is_empty() || cols[3].trim().is_empty() {
            return Err("a term needs a person id, a name and an office".into());
        }
        let from = span_of(cols[5].trim())?;
        let to = match cols[6].trim() {
            "" => None,
            text => Some(span_of(text)?),
        };
        if let Some(to) = to
            && to.1 < from.0
        {
            return Err(format!("`to` ({}) is before `from` ({})", cols[6], cols[5]));
        }
        let person = match self.ids.get(id) {
            Some(&p) => p,
            None => {
                self.holders.push(Holder {
                    id: id.to_string(),
                    name: name.to_string(),
                    aliases: aliases
                        .split('|')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(str::to_string)
                        .collect(),
                });
                self.ids.insert(id.to_string(), self.holders.len() - 1);
                self.holders.len() - 1
            }
        };
        Ok(HeldTerm {
            person,
            office: offices
                .entry(cols[3].trim().to_string())
                .or_insert_with(|| lexicon_office(lexicon, cols[3].trim()))
                .clone(),
            jurisdiction: cols[4].trim().to_string(),
            from,
            to,
            party: cols[7].trim().to_string(),
            table,
        })
    }

    /// The one jurisdiction the record knows `office` in, if it knows it in one only.
    pub fn sole_jurisdiction(&self, office: &str) -> Option<&str> {
        self.sole.get(office).map(String::as_str)
    }

    /// How a finding cites a term's table: its source, and its licence in brackets.
    pub fn citation(&self, term: &HeldTerm) -> String {
        let table = &self.tables[term.table];
        if table.licence.is_empty() {
            table.source.clone()
        } else {
            format!("{} ({})", table.source, table.licence)
        }
    }

    /// The last day a term's table speaks for.
    pub fn table_end(&self, term: &HeldTerm) -> Option<Date> {
        self.tables[term.table].period.map(|(_, end)| end)
    }

    /// The terms of `office` of `jurisdiction` that surely cover `date`.
    pub fn holders_on(&self, office: &str, jurisdiction: &str, date: Date) -> Vec<&HeldTerm> {
        self.by_office
            .get(&(office.to_string(), jurisdiction.to_string()))
            .into_iter()
            .flatten()
            .map(|&i| &self.terms[i])
            .filter(|t| t.surely_covers(date, self.table_end(t)))
            .collect()
    }

    /// The terms of `office` of `jurisdiction` that surely begin after `date` and no later than
    /// the office's days between an election and taking office (`#! elect-days`, else
    /// [`ELECT_DAYS`]): the people who were "-elect" or "-designate" that day.
    pub fn incoming_on(&self, office: &str, jurisdiction: &str, date: Date) -> Vec<&HeldTerm> {
        let days = self.elect_days.get(office).copied().unwrap_or(ELECT_DAYS);
        let Ok(last) = date.checked_add(jiff::Span::new().days(days)) else {
            return Vec::new();
        };
        self.by_office
            .get(&(office.to_string(), jurisdiction.to_string()))
            .into_iter()
            .flatten()
            .map(|&i| &self.terms[i])
            .filter(|t| date < t.from.0 && t.from.1 <= last)
            .collect()
    }

    /// The people whose name or an alias is `name`.
    pub fn named(&self, name: &str) -> &[usize] {
        self.names()
            .by_name
            .get(&name_key(name))
            .map_or(&[], Vec::as_slice)
    }

    /// The people with the surname of `name`.
    pub fn with_surname(&self, name: &str) -> &[usize] {
        self.names()
            .by_surname
            .get(&surname_key(name))
            .map_or(&[], Vec::as_slice)
    }

    /// Every term of a person, earliest first.
    pub fn terms_of(&self, person: usize) -> Vec<&HeldTerm> {
        let mut terms: Vec<&HeldTerm> = self
            .by_person
            .get(&person)
            .into_iter()
            .flatten()
            .map(|&i| &self.terms[i])
            .collect();
        terms.sort_by_key(|t| (t.from.0, t.office.clone(), t.jurisdiction.clone()));
        terms
    }

    /// Every term of an office, of one jurisdiction or of all, earliest first.
    pub fn terms_of_office(&self, office: &str, jurisdiction: Option<&str>) -> Vec<&HeldTerm> {
        let mut terms: Vec<&HeldTerm> = self
            .terms
            .iter()
            .filter(|t| t.office == office && jurisdiction.is_none_or(|j| j == t.jurisdiction))
            .collect();
        terms.sort_by_key(|t| {
            (
                t.jurisdiction.clone(),
                t.from.0,
                self.holders[t.person].name.clone(),
            )
        });
        terms
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// A record office id read through the lexicon: "foreign-secretary" is "foreign-minister"
/// when the lexicon lists "Foreign Secretary" as one of its forms.
fn lexicon_office(lexicon: &Lexicon, id: &str) -> String {
    let phrase = id.replace('-', " ");
    let toks = crate::text::tokens(&phrase, 0);
    match lexicon.office_forms.longest_at(&toks, 0) {
        Some(found) if found.len == toks.len() => lexicon.offices[*found.value].id.clone(),
        _ => id.to_string(),
    }
}

fn day(text: &str) -> Result<Date, String> {
    text.parse::<Date>()
        .map_err(|_| format!("`{text}` is not a date such as 2025-01-20"))
}

/// A date written as a day, a month ("2019-05") or a year ("2019"): its first and last day.
pub fn span_of(text: &str) -> Result<(Date, Date), String> {
    let bad = || format!("`{text}` is not a date such as 2025-01-20, 2025-01 or 2025");
    let mut parts = text.split('-');
    let num = |s: &str| s.parse::<i16>().map_err(|_| bad());
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), None, _) => {
            let y = num(y)?;
            let first = Date::new(y, 1, 1).map_err(|_| bad())?;
            Ok((first, Date::new(y, 12, 31).map_err(|_| bad())?))
        }
        (Some(y), Some(m), None) => {
            let first = Date::new(num(y)?, num(m)? as i8, 1).map_err(|_| bad())?;
            Ok((first, first.last_of_month()))
        }
        _ => {
            let d = day(text)?;
            Ok((d, d))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_across_diacritics_and_case() {
        assert_eq!(
            name_key("Recep Tayyip Erdoğan"),
            name_key("Recep Tayyip Erdogan")
        );
        assert_eq!(surname_key("Bernardo Alejandro IV"), "alejandro");
        assert_eq!(surname_key("Martin Luther King Jr."), "king");
        assert_eq!(surname_key("Leo XIV"), "leo");
        assert_eq!(surname_key("Francis"), "francis");
    }

    #[test]
    fn a_later_pack_overrides_the_terms_it_lists() {
        let lexicon = Lexicon::load(&crate::pack::Pack::shipped().lexicon).0;
        let file = |path: &str, text: &str| DataFile {
            path: path.to_string(),
            text: Arc::from(text),
        };
        let header = "person\tname\taliases\toffice\tjurisdiction\tfrom\tto\tparty\n";
        let shipped = format!(
            "{header}x:1\tAna Brel\t\tmayor\tXH\t2020-01-01\t\t\nx:2\tTarlo Venn\t\tmayor\tXT\t2019-01-01\t\t\n"
        );
        let more = format!("{header}x:3\tLina Harlow\t\tgovernor\tXH\t2018-01-01\t\t\n");
        let user = format!("{header}u:9\tAna Brel\t\tmayor\tXH\t2020-01-01\t2024-05-01\t\n");
        let (record, problems) = Record::load(
            &[
                file("rules/facts/record/a.tsv", &shipped),
                file("rules/facts/record/b.tsv", &more),
                file("mine/facts/fix.tsv", &user),
            ],
            &lexicon,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let day = |s: &str| s.parse::<Date>().unwrap();
        // Ana Brel's term ends where the user's table says; the others stay.
        assert!(
            record
                .holders_on("mayor", "XH", day("2025-01-01"))
                .is_empty()
        );
        assert_eq!(record.holders_on("mayor", "XH", day("2022-01-01")).len(), 1);
        assert_eq!(record.holders_on("mayor", "XT", day("2022-01-01")).len(), 1);
        assert_eq!(
            record.holders_on("governor", "XH", day("2022-01-01")).len(),
            1
        );
        assert_eq!(record.terms.len(), 3);
    }

    #[test]
    fn dates_of_less_precision_are_spans() {
        let (a, b) = span_of("2019").unwrap();
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("2019-01-01".into(), "2019-12-31".into())
        );
        let (a, b) = span_of("2024-02").unwrap();
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("2024-02-01".into(), "2024-02-29".into())
        );
        assert!(span_of("2019-13").is_err());
    }
}
