#!/usr/bin/env python3
"""Regenerate us-federal.tsv, the record of US federal office-holders since 2000.

Source: https://github.com/unitedstates/congress-legislators (CC0-1.0), files
legislators-current.yaml, legislators-historical.yaml and executive.yaml.

Usage:
    python3 rules/facts/record/us-federal.py PATH > rules/facts/record/us-federal.tsv

PATH is either a git directory of that repository (bare or not; the files are read
with `git --git-dir PATH show HEAD:FILE`) or a plain checkout directory that holds the
YAML files. For a checkout that is not a git work tree, give --commit SHA and
--retrieved YYYY-MM-DD. The retrieval date written to the table is the date of the
commit, so that re-running on the same commit gives the same bytes.

--without-historical: build the table even when legislators-historical.yaml cannot be
read (e.g. a copy of the repository that lacks its largest file). The table then holds
only the people of legislators-current.yaml and executive.yaml, and its `complete`
header names only the offices that stay complete without that file.

Needs python3 and PyYAML only.
"""

import argparse
import datetime
import os
import re
import subprocess
import sys

import yaml

SOURCE = "https://github.com/unitedstates/congress-legislators"
LICENCE = "CC0-1.0"
PERIOD_START = "2000-01-01"

CURRENT = "legislators-current.yaml"
HISTORICAL = "legislators-historical.yaml"
EXECUTIVE = "executive.yaml"

SEATS = [
    ("senator", 2),
    ("president", 1),
    ("vice-president", 1),
    ("speaker", 1),
    ("majority-leader", 1),
    ("minority-leader", 1),
    ("majority-whip", 1),
    ("minority-whip", 1),
    ("president-pro-tempore", 1),
]

# Offices whose record may be declared complete, in the order of the header.
COMPLETE_CANDIDATES = [
    "senator", "representative", "president", "vice-president", "majority-leader",
    "minority-leader", "majority-whip", "minority-whip", "speaker",
]
LEADERSHIP = {"majority-leader", "minority-leader", "majority-whip", "minority-whip", "speaker"}
# A leadership office is declared complete only if its terms cover the whole period with
# no gap longer than this (the Speaker's chair is vacant for a few days after an election
# of a new House, and for weeks in October 2023).
MAX_LEADERSHIP_GAP_DAYS = 31

# The 50 states: representatives of other jurisdictions (DC, PR, GU, VI, AS, MP) are
# non-voting delegates or resident commissioners and are left out.
STATES = set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)

PARTY_INITIALS = {
    "Democrat": "D", "Democratic": "D", "Republican": "R", "Independent": "I",
    "Libertarian": "L",
}

LEADERSHIP_TITLES = [
    (re.compile(r"^(?:(senate|house) )?majority leader$"), "majority-leader"),
    (re.compile(r"^(?:(senate|house) )?minority leader$"), "minority-leader"),
    (re.compile(r"^(?:(senate|house) )?majority whip$"), "majority-whip"),
    (re.compile(r"^(?:(senate|house) )?minority whip$"), "minority-whip"),
    (re.compile(r"^speaker(?: of the (house))?$"), "speaker"),
    (re.compile(r"^president pro tempore(?: of the (senate))?$"), "president-pro-tempore"),
]
CHAMBERS = {"senate": "US-Senate", "house": "US-House"}


def fail(message):
    sys.stderr.write("us-federal.py: " + message + "\n")
    sys.exit(1)


def git(git_dir, *args):
    result = subprocess.run(["git", "--git-dir", git_dir] + list(args),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode != 0:
        return None
    return result.stdout


class Source:
    """Reads the YAML files and the commit from a git directory or a checkout."""

    def __init__(self, path, commit=None, retrieved=None):
        self.path = path
        self.checkout = os.path.isfile(os.path.join(path, CURRENT))
        git_dir = path
        if self.checkout:
            git_dir = os.path.join(path, ".git")
        self.commit = commit
        self.retrieved = retrieved
        if os.path.exists(git_dir) and (self.commit is None or self.retrieved is None):
            sha = git(git_dir, "rev-parse", "HEAD")
            date = git(git_dir, "log", "-1", "--format=%cd", "--date=short", "HEAD")
            if sha is not None and date is not None:
                self.commit = self.commit or sha.decode().strip()
                self.retrieved = self.retrieved or date.decode().strip()
        if not self.checkout:
            self.git_dir = git_dir
        if not self.commit or not self.retrieved:
            fail("cannot tell the commit and its date of %s: give --commit and --retrieved"
                 % path)
        if not re.fullmatch(r"[0-9a-f]{40}", self.commit):
            fail("not a commit sha: %r" % self.commit)
        datetime.date.fromisoformat(self.retrieved)

    def read(self, name):
        """The parsed file, or None if it cannot be read."""
        if self.checkout:
            try:
                with open(os.path.join(self.path, name), "rb") as f:
                    data = f.read()
            except OSError:
                return None
        else:
            data = git(self.git_dir, "show", "HEAD:" + name)
            if data is None:
                return None
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(data, Loader=loader)


def clean(text):
    text = " ".join(str(text).split())
    if "\t" in text or "|" in text:
        fail("unexpected character in %r" % text)
    return text


def names(name):
    """(name newspapers use, aliases) of a `name` mapping of the dataset."""
    first = clean(name.get("first", ""))
    middle = clean(name.get("middle", ""))
    last = clean(name["last"])
    nickname = clean(name.get("nickname", ""))
    suffix = clean(name.get("suffix", ""))
    official = clean(name.get("official_full", ""))

    def join(*parts):
        return " ".join(p for p in parts if p)

    initial_first = bool(re.fullmatch(r"[A-Z]\.", first)) and bool(middle)
    if nickname:
        used = join(nickname, last)
    elif initial_first:
        # "J. French Hill", "C. Scott Franklin": known by the middle name.
        used = join(middle, last)
    else:
        used = join(first, last)

    candidates = [] if initial_first else [join(first, last)]
    if middle:
        candidates.append(join(first, middle, last))
        # "George Walker Bush" is "George W. Bush" in print.
        initials = " ".join(w[0] + "." for w in middle.split() if w[0].isalpha())
        if initials and not initial_first:
            candidates.append(join(first, initials, last))
    if official:
        candidates.append(official)
    if suffix:
        candidates.append(join(used, suffix))
        if not initial_first:
            candidates.append(join(first, last, suffix))
        if middle:
            candidates.append(join(first, middle, last, suffix))
    aliases = []
    for alias in candidates:
        if alias and alias != used and alias != last and alias not in aliases:
            aliases.append(alias)
    return used, aliases


def party_initial(party, unknown):
    if not party:
        return ""
    if party in PARTY_INITIALS:
        return PARTY_INITIALS[party]
    unknown.add(party)
    return party[0].upper()


def person_id(ids):
    if ids.get("bioguide"):
        return "us:" + ids["bioguide"]
    if ids.get("govtrack"):
        # Presidents who never sat in Congress have no bioguide id.
        return "us:govtrack-%s" % ids["govtrack"]
    fail("person without bioguide or govtrack id: %r" % ids)


def iso(value):
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    value = str(value)
    datetime.date.fromisoformat(value)
    return value


def overlaps(start, end, period_start, period_end):
    return start <= period_end and (end == "" or end > period_start)


def leadership_office(role):
    title = " ".join(str(role.get("title", "")).lower().split())
    for pattern, office in LEADERSHIP_TITLES:
        m = pattern.match(title)
        if m:
            chamber = m.group(1) or str(role.get("chamber", "")).lower()
            if chamber not in CHAMBERS:
                return None, None
            return office, CHAMBERS[chamber]
    return None, None


def gaps(rows, office, jurisdiction, period_start, period_end):
    """Stretches of the period longer than MAX_LEADERSHIP_GAP_DAYS that no term covers."""
    spans = sorted((r[5], r[6] or "9999-12-31") for r in rows
                   if r[3] == office and r[4] == jurisdiction)
    found = []
    covered = period_start
    for start, end in spans:
        if start > covered:
            found.append((covered, start))
        covered = max(covered, end)
    if covered < period_end:
        found.append((covered, period_end))
    day = datetime.date.fromisoformat
    return [(a, b) for a, b in found if (day(b) - day(a)).days > MAX_LEADERSHIP_GAP_DAYS]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--commit")
    parser.add_argument("--retrieved")
    parser.add_argument("--without-historical", action="store_true")
    args = parser.parse_args()

    source = Source(args.path, args.commit, args.retrieved)
    period_start, period_end = PERIOD_START, source.retrieved

    current = source.read(CURRENT)
    executive = source.read(EXECUTIVE)
    if current is None or executive is None:
        fail("cannot read %s or %s from %s" % (CURRENT, EXECUTIVE, args.path))
    historical = source.read(HISTORICAL)
    if historical is None and not args.without_historical:
        fail("cannot read %s from %s (give --without-historical to go on without it)"
             % (HISTORICAL, args.path))
    legislators = current + (historical or [])

    rows = set()
    unknown_parties = set()
    skipped_titles = set()
    for person in legislators:
        pid = person_id(person["id"])
        name, aliases = names(person["name"])
        alias_text = "|".join(aliases)
        for term in person.get("terms", []):
            start, end = iso(term.get("start")), iso(term.get("end"))
            if not overlaps(start, end, period_start, period_end):
                continue
            state = term.get("state", "")
            if term.get("type") == "sen":
                office = "senator"
            elif term.get("type") == "rep" and state in STATES:
                office = "representative"
            else:
                continue
            rows.add((pid, name, alias_text, office, "US-" + state, start, end,
                      party_initial(term.get("party"), unknown_parties)))
        for role in person.get("leadership_roles", []):
            start, end = iso(role.get("start")), iso(role.get("end"))
            if not overlaps(start, end, period_start, period_end):
                continue
            office, jurisdiction = leadership_office(role)
            if office is None:
                skipped_titles.add(str(role.get("title")))
                continue
            rows.add((pid, name, alias_text, office, jurisdiction, start, end, ""))

    for person in executive:
        pid = person_id(person["id"])
        name, aliases = names(person["name"])
        alias_text = "|".join(aliases)
        for term in person.get("terms", []):
            start, end = iso(term.get("start")), iso(term.get("end"))
            if not overlaps(start, end, period_start, period_end):
                continue
            office = {"prez": "president", "viceprez": "vice-president"}.get(term.get("type"))
            if office is None:
                continue
            rows.add((pid, name, alias_text, office, "US", start, end,
                      party_initial(term.get("party"), unknown_parties)))

    rows = sorted(rows, key=lambda r: (r[3], r[4], r[5], r[1], r[0], r[6], r[7], r[2]))

    complete = []
    notes = []
    for office in COMPLETE_CANDIDATES:
        if historical is None and office not in ("president", "vice-president"):
            continue
        if office in LEADERSHIP:
            jurisdictions = ["US-House"] if office == "speaker" else ["US-Senate", "US-House"]
            holes = [(j, a, b) for j in jurisdictions
                     for a, b in gaps(rows, office, j, period_start, period_end)]
            if holes:
                for j, a, b in holes:
                    notes.append("# no %s of %s in the data for %s..%s" % (office, j, a, b))
                continue
        complete.append(office)

    out = []
    out.append("#! source = " + SOURCE)
    out.append("#! commit = " + source.commit)
    out.append("#! licence = " + LICENCE)
    out.append("#! retrieved = " + source.retrieved)
    out.append("#! period = %s..%s" % (period_start, period_end))
    out.append("#! complete = " + ", ".join(complete))
    # How many people hold each office of one jurisdiction at a time: on a day when the table
    # lists that many holders, nobody else held it, whatever the table leaves out elsewhere.
    out.append("#! seats = " + ", ".join(f"{office} {n}" for office, n in SEATS))
    # A president and vice-president are elected in early November and sworn in on 20 January.
    out.append("#! elect-days = president 80, vice-president 80")
    read = [CURRENT] + ([HISTORICAL] if historical is not None else []) + [EXECUTIVE]
    out.append("# Generated by rules/facts/record/us-federal.py from %s; do not edit."
               % ", ".join(read))
    out.append("# Terms that overlap the period. Congress terms end as the dataset has them"
               " (the scheduled end for sitting members).")
    out.append("# Representatives: voting members of the 50 states only (no delegates or"
               " resident commissioners).")
    out.append("# Leadership roles: %s; `to` is empty where the dataset gives no end."
               % ", ".join(sorted(LEADERSHIP | {"president-pro-tempore"})))
    if historical is None:
        out.append("# %s was NOT read: senator, representative and leadership lines cover"
                   " only the people of %s" % (HISTORICAL, CURRENT))
        out.append("# (those in Congress on %s) with their earlier terms; everyone who left"
                   " Congress before then is missing." % period_end)
    out.extend(notes)
    out.append("person\tname\taliases\toffice\tjurisdiction\tfrom\tto\tparty")
    for row in rows:
        out.append("\t".join(row))
    sys.stdout.buffer.write(("\n".join(out) + "\n").encode("utf-8"))

    for party in sorted(unknown_parties):
        sys.stderr.write("us-federal.py: party %r written as its first letter\n" % party)
    sys.stderr.write("us-federal.py: %d lines; leadership titles left out: %s\n"
                     % (len(rows), "; ".join(sorted(skipped_titles))))


if __name__ == "__main__":
    main()
