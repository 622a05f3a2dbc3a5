#!/usr/bin/env python3
"""Regenerate world-leaders.tsv from fetched EveryPolitician/Wikidata snapshots.

Usage:
    python3 world-leaders.py SOURCE [SOURCE ...] > world-leaders.tsv

Each SOURCE is either a git directory of one fetched repository (bare, as the
search tool's `fetch` leaves it: .../every-politician-scrapers+mozambique/repo,
or a normal clone) or a folder that holds such snapshots as
`<owner>+<name>/repo` (e.g. /work/.mirror).  Only repositories named in
COUNTRY_REPOS below, every-politician-scrapers/world and
every-politician-scrapers/world-leaders-2021 are read; anything else is
ignored.  No network access: files are read with `git show` from the local
git directories.  Output is deterministic for the same inputs.

Sources (all mechanical Wikidata query exports, Wikidata content is CC0):
  * every-politician-scrapers/<country>: html/holders21.csv at HEAD
    (holders since 2000 of the cabinet-level positions listed in the repo's
    wikidata/wanted-positions.csv, with P580/P582 dates at the precision
    Wikidata has), plus meta.json for the country's Wikidata id.
  * every-politician-scrapers/world: html/holders21.csv (UN Secretary-General).
  * every-politician-scrapers/world-leaders-2021: every version of
    data/wikidata.csv in the repository history (heads of state/government
    in office 2021 or later, start/end YEAR only).  Used only to fill
    (country, office) pairs the per-country files lack.
"""

import argparse
import csv
import io
import os
import re
import subprocess
import sys
import unicodedata

RETRIEVED = "2026-12-05"
PERIOD_START = "2000-01-01"
GH = "https://github.com/"
ORG = "every-politician-scrapers"

# repository name -> ISO 3166-1 alpha-2 (UN member states only)
COUNTRY_REPOS = {
    "every-politician-scrapers/afghanistan": "AF",
    "every-politician-scrapers/albania-cabinet": "AL",
    "every-politician-scrapers/algeria-cabinet": "DZ",
    "every-politician-scrapers/andorra-cabinet": "AD",
    "every-politician-scrapers/angola": "AO",
    "every-politician-scrapers/antigua-barbuda-ministers": "AG",
    "every-politician-scrapers/argentina-ministers": "AR",
    "every-politician-scrapers/armenia-ministers": "AM",
    "every-politician-scrapers/australia-cabinet": "AU",
    "every-politician-scrapers/austria-cabinet": "AT",
    "every-politician-scrapers/azerbaijan-cabinet": "AZ",
    "every-politician-scrapers/bahamas-cabinet": "BS",
    "every-politician-scrapers/bahrain": "BH",
    "every-politician-scrapers/bangladesh-ministers": "BD",
    "every-politician-scrapers/barbados-cabinet": "BB",
    "every-politician-scrapers/belarus-ministers": "BY",
    "every-politician-scrapers/belgium-cabinet": "BE",
    "every-politician-scrapers/belize-ministers": "BZ",
    "every-politician-scrapers/benin-ministers": "BJ",
    "every-politician-scrapers/bhutan-ministers": "BT",
    "every-politician-scrapers/bolivia-ministers": "BO",
    "every-politician-scrapers/bosnia-herzegovina-ministers": "BA",
    "every-politician-scrapers/botswana-ministers": "BW",
    "every-politician-scrapers/brazil-ministers": "BR",
    "every-politician-scrapers/brunei-ministers": "BN",
    "every-politician-scrapers/bulgaria-cabinet": "BG",
    "every-politician-scrapers/burkina-faso": "BF",
    "every-politician-scrapers/burundi-ministers": "BI",
    "every-politician-scrapers/cabo-verde": "CV",
    "every-politician-scrapers/cambodia": "KH",
    "every-politician-scrapers/cameroon": "CM",
    "every-politician-scrapers/canada-cabinet": "CA",
    "every-politician-scrapers/central-african-republic": "CF",
    "every-politician-scrapers/chad-ministers": "TD",
    "every-politician-scrapers/chile-ministers": "CL",
    "every-politician-scrapers/china-ministers": "CN",
    "every-politician-scrapers/comoros": "KM",
    "every-politician-scrapers/congo-brazzaville": "CG",
    "every-politician-scrapers/congo-kinshasa-ministers": "CD",
    "every-politician-scrapers/costa-rica": "CR",
    "every-politician-scrapers/croatia-ministers": "HR",
    "every-politician-scrapers/cuba": "CU",
    "every-politician-scrapers/cyprus-cabinet": "CY",
    "every-politician-scrapers/czech-ministers": "CZ",
    "every-politician-scrapers/denmark-cabinet": "DK",
    "every-politician-scrapers/djibouti-ministers": "DJ",
    "every-politician-scrapers/dominica": "DM",
    "every-politician-scrapers/dominican-republic": "DO",
    "every-politician-scrapers/ecuador-ministers": "EC",
    "every-politician-scrapers/egypt-ministers": "EG",
    "every-politician-scrapers/el-salvador-ministers": "SV",
    "every-politician-scrapers/equatorial-guinea": "GQ",
    "every-politician-scrapers/eritrea-ministers": "ER",
    "every-politician-scrapers/estonia": "EE",
    "every-politician-scrapers/eswatini": "SZ",
    "every-politician-scrapers/ethiopia-ministers": "ET",
    "every-politician-scrapers/fiji-ministers": "FJ",
    "every-politician-scrapers/finland-cabinet": "FI",
    "every-politician-scrapers/france-cabinet": "FR",
    "every-politician-scrapers/gabon-ministers": "GA",
    "every-politician-scrapers/gambia-ministers": "GM",
    "every-politician-scrapers/georgia-ministers": "GE",
    "every-politician-scrapers/ghana-ministers": "GH",
    "every-politician-scrapers/greece-cabinet": "GR",
    "every-politician-scrapers/grenada": "GD",
    "every-politician-scrapers/guatemala-ministers": "GT",
    "every-politician-scrapers/guinea": "GN",
    "every-politician-scrapers/guinea-bissau": "GW",
    "every-politician-scrapers/guyana": "GY",
    "every-politician-scrapers/haiti": "HT",
    "every-politician-scrapers/honduras-ministers": "HN",
    "every-politician-scrapers/hungary-cabinet": "HU",
    # a fork of every-politician-scrapers/iceland-cabinet (the original is not
    # reachable here); same generated files
    "Jkudjo/iceland-cabinet": "IS",
    "every-politician-scrapers/india-ministers": "IN",
    "every-politician-scrapers/indonesia-ministers": "ID",
    "every-politician-scrapers/iran-ministers": "IR",
    "every-politician-scrapers/iraq-ministers": "IQ",
    "every-politician-scrapers/ireland-ministers": "IE",
    "every-politician-scrapers/israel-ministers": "IL",
    "every-politician-scrapers/italy-ministers": "IT",
    "every-politician-scrapers/ivory-coast": "CI",
    "every-politician-scrapers/jamaica-ministers": "JM",
    "every-politician-scrapers/japan-ministers": "JP",
    "every-politician-scrapers/jordan-ministers": "JO",
    "every-politician-scrapers/kazakhstan-cabinet": "KZ",
    "every-politician-scrapers/kenya": "KE",
    "every-politician-scrapers/kiribati-ministers": "KI",
    "every-politician-scrapers/kuwait-ministers": "KW",
    "every-politician-scrapers/kyrgyzstan-ministers": "KG",
    "every-politician-scrapers/latvia-cabinet": "LV",
    "every-politician-scrapers/lesotho-ministers": "LS",
    "every-politician-scrapers/liberia-ministers": "LR",
    "every-politician-scrapers/liechtenstein-ministers": "LI",
    "every-politician-scrapers/lithuania": "LT",
    "every-politician-scrapers/luxembourg-cabinet": "LU",
    "every-politician-scrapers/malawi-ministers": "MW",
    "every-politician-scrapers/malaysia-ministers": "MY",
    "every-politician-scrapers/maldives-ministers": "MV",
    "every-politician-scrapers/malta-ministers": "MT",
    "every-politician-scrapers/marshall-islands-ministers": "MH",
    "every-politician-scrapers/mauritania": "MR",
    "every-politician-scrapers/mauritius-ministers": "MU",
    "every-politician-scrapers/mexico-ministers": "MX",
    "every-politician-scrapers/micronesia-ministers": "FM",
    "every-politician-scrapers/moldova-ministers": "MD",
    "every-politician-scrapers/mongolia-ministers": "MN",
    "every-politician-scrapers/montenegro-cabinet": "ME",
    "every-politician-scrapers/morocco-ministers": "MA",
    "every-politician-scrapers/mozambique": "MZ",
    "every-politician-scrapers/myanmar-ministers": "MM",
    "every-politician-scrapers/nepal-ministers": "NP",
    "every-politician-scrapers/netherlands-cabinet": "NL",
    "every-politician-scrapers/new-zealand-cabinet": "NZ",
    "every-politician-scrapers/niger-ministers": "NE",
    "every-politician-scrapers/nigeria": "NG",
    "every-politician-scrapers/north-korea": "KP",
    "every-politician-scrapers/north-macedonia-ministers": "MK",
    "every-politician-scrapers/norway-cabinet": "NO",
    "every-politician-scrapers/oman": "OM",
    "every-politician-scrapers/pakistan-ministers": "PK",
    "every-politician-scrapers/panama-ministers": "PA",
    "every-politician-scrapers/papua-new-guinea": "PG",
    "every-politician-scrapers/paraguay-ministers": "PY",
    "every-politician-scrapers/philippines-ministers": "PH",
    "every-politician-scrapers/poland-cabinet": "PL",
    "every-politician-scrapers/portugal-cabinet": "PT",
    "every-politician-scrapers/qatar-ministers": "QA",
    "every-politician-scrapers/romania-cabinet": "RO",
    "every-politician-scrapers/russia-cabinet": "RU",
    "every-politician-scrapers/rwanda-ministers": "RW",
    "every-politician-scrapers/st-kitts-and-nevis-cabinet": "KN",
    "every-politician-scrapers/st-lucia-cabinet": "LC",
    "every-politician-scrapers/st-vincent-and-the-grenadines": "VC",
    "every-politician-scrapers/san-marino-ministers": "SM",
    "every-politician-scrapers/sao-tome-and-principe": "ST",
    "every-politician-scrapers/saudi-ministers": "SA",
    "every-politician-scrapers/senegal-ministers": "SN",
    "every-politician-scrapers/serbia-ministers": "RS",
    "every-politician-scrapers/sierra-leone": "SL",
    "every-politician-scrapers/singapore-ministers": "SG",
    "every-politician-scrapers/slovakia-cabinet": "SK",
    "every-politician-scrapers/slovenia-cabinet": "SI",
    "every-politician-scrapers/solomons-ministers": "SB",
    "every-politician-scrapers/somalia-cabinet": "SO",
    "every-politician-scrapers/south-africa-cabinet": "ZA",
    "every-politician-scrapers/south-korea-ministers": "KR",
    "every-politician-scrapers/south-sudan": "SS",
    "every-politician-scrapers/spain-ministers": "ES",
    "every-politician-scrapers/sri-lanka-cabinet": "LK",
    "every-politician-scrapers/sudan": "SD",
    "every-politician-scrapers/suriname": "SR",
    "every-politician-scrapers/sweden-cabinet": "SE",
    "every-politician-scrapers/swiss-federal-council": "CH",
    "every-politician-scrapers/syria": "SY",
    "every-politician-scrapers/tajikistan-ministers": "TJ",
    "every-politician-scrapers/tanzania-ministers": "TZ",
    "every-politician-scrapers/timor-leste-ministers": "TL",
    "every-politician-scrapers/togo": "TG",
    "every-politician-scrapers/tonga-ministers": "TO",
    "every-politician-scrapers/trinidad-and-tobago-cabinet": "TT",
    "every-politician-scrapers/tunisia-ministers": "TN",
    "every-politician-scrapers/turkey-ministers": "TR",
    "every-politician-scrapers/turkmenistan": "TM",
    "every-politician-scrapers/tuvalu-ministers": "TV",
    "every-politician-scrapers/uganda-ministers": "UG",
    "every-politician-scrapers/ukraine-cabinet": "UA",
    "every-politician-scrapers/uae-ministers": "AE",
    "every-politician-scrapers/united-kingdom-cabinet": "GB",
    "every-politician-scrapers/us-cabinet": "US",
    "every-politician-scrapers/uruguay-ministers": "UY",
    "every-politician-scrapers/uzbekistan-ministers": "UZ",
    "every-politician-scrapers/vanuatu-cabinet": "VU",
    "every-politician-scrapers/venezuela": "VE",
    "every-politician-scrapers/vietnam": "VN",
    "every-politician-scrapers/yemen": "YE",
    "every-politician-scrapers/zambia-ministers": "ZM",
    "every-politician-scrapers/zimbabwe": "ZW",
}
WORLD_REPO = ORG + "/world"
LEADERS_REPO = ORG + "/world-leaders-2021"

# The 193 UN member states (ISO alpha-2), for the coverage summary.
UN_MEMBERS = sorted("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG
BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG
SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID
IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV
ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK NO OM
PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK
SI SB SO ZA KR SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA
AE GB US UY UZ VU VE VN YE ZM ZW""".split())

# English Wikidata labels of countries as used in world-leaders-2021 -> ISO,
# only for countries that have no per-country repository above (the others
# are mapped through the Wikidata id in their meta.json).
SUPPLEMENT_COUNTRY_NAMES = {
    "Colombia": "CO", "Germany": "DE", "Laos": "LA", "Lebanon": "LB",
    "Libya": "LY", "Madagascar": "MG", "Mali": "ML", "Monaco": "MC",
    "Namibia": "NA", "Nauru": "NR", "Nicaragua": "NI", "Palau": "PW",
    "Peru": "PE", "Samoa": "WS", "Seychelles": "SC", "Thailand": "TH",
}

# --- office classification of per-country position titles -------------------
# Exact (case-insensitive) titles of head-of-state / head-of-government posts
# as they appear in holders21.csv.  "monarch" is resolved by gender.
TITLE_OFFICE = {
    "president": "president",
    "acting president": "acting-president",
    "president of montenegro": "president",
    "beretitenti (president)": "president",
    "chairman of the presidency": "chairman-of-the-presidency",
    "chairman of the sovereignty council": "chairman-of-the-sovereignty-council",
    "chairman of the transitional military council":
        "chairman-of-the-transitional-military-council",
    "monarch": "monarch",
    "yang di_pertuan agong (monarch)": "king",
    "king": "king",
    "druk gyalpo (king)": "king",
    "ngwenyama (king)": "king",
    "emperor": "emperor",
    "sultan": "sultan",
    "emir": "emir",
    "prince": "prince",
    "french co-prince": "co-prince",
    "episcopal co-prince": "co-prince",
    "captain regent": "captain-regent",
    "prime minister": "prime-minister",
    "chairman of the cabinet of ministers (prime minister)": "prime-minister",
    "taoiseach": "prime-minister",
    "federal chancellor": "chancellor",
    "premier of the state council": "premier",
    "premier": "premier",
}
# titles that look like the above but are not national executive posts
TITLE_SKIP_REPO = {
    ("every-politician-scrapers/swiss-federal-council", "chancellor"),
}

FM_RE = re.compile(
    r"^(federal )?(minister|secretary|cabinet secretary)( of| for| with responsibility for)? "
    r"(europe and )?(foreign affairs|foreign and european affairs|"
    r"european and international affairs|external relations|external affairs|"
    r"foreign and political affairs|international relations and cooperation)"
    r"(\b.*)?$",
    re.I,
)
FM_EXCLUDE_RE = re.compile(
    r"^(minister of state|minister delegate|state minister|state secretary|assistant|"
    r"under|deputy|vice|junior)", re.I)


def classify(repo, title, gender):
    t = title.strip().lower()
    if (repo, t) in TITLE_SKIP_REPO:
        return None
    if repo == "every-politician-scrapers/us-cabinet" and t == "secretary of state":
        return "secretary-of-state"
    if repo == "every-politician-scrapers/united-kingdom-cabinet" and t.startswith(
            "secretary of state for foreign"):
        return "foreign-secretary"
    off = TITLE_OFFICE.get(t)
    if off == "monarch":
        if gender == "female":
            return "queen"
        if gender == "male":
            return "king"
        return "head-of-state"
    if off:
        return off
    if FM_RE.match(title.strip()) and not FM_EXCLUDE_RE.match(title.strip()):
        return "foreign-minister"
    return None


HOS_OFFICES = {"president", "acting-president", "grand-duke", "king", "queen", "emperor", "sultan", "emir", "prince",
               "co-prince", "captain-regent", "chairman-of-the-presidency",
               "chairman-of-the-sovereignty-council",
               "chairman-of-the-transitional-military-council", "head-of-state",
               "supreme-leader", "general-secretary"}
HOG_OFFICES = {"prime-minister", "chancellor", "premier"}
FM_OFFICES = {"foreign-minister", "foreign-secretary", "secretary-of-state"}


def classify_supplement(label, gender):
    """Office from a world-leaders-2021 position label (e.g. 'President of X')."""
    l = label.strip().lower()
    rules = [
        (r"^(acting |interim )president\b", "acting-president"),
        (r"^president\b", "president"),
        (r"^prime minister\b", "prime-minister"),
        (r"^chairman of the council of ministers\b", "prime-minister"),
        (r"^(federal )?chancellor\b", "chancellor"),
        (r"^taoiseach$", "prime-minister"),
        (r"^premier\b", "premier"),
        (r"^emperor\b", "emperor"),
        (r"^(grand duke|grand duchess)\b", "grand-duke"),
        (r"^sultan\b", "sultan"),
        (r"^emir\b", "emir"),
        (r"^supreme leader\b", "supreme-leader"),
        (r"^king\b", "king"),
        (r"^queen\b", "queen"),
        (r"^(sovereign )?prince\b", "prince"),
        (r"^monarch\b", "monarch"),
    ]
    for pat, off in rules:
        if re.search(pat, l):
            if off == "monarch":
                return {"female": "queen", "male": "king"}.get(gender, "head-of-state")
            return off
    return None


# --- helpers ------------------------------------------------------------------
def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir=" + gitdir] + list(args),
                          check=True, capture_output=True).stdout.decode("utf-8")


def git_ok(gitdir, *args):
    try:
        return git(gitdir, *args)
    except subprocess.CalledProcessError:
        return None


def find_repos(paths):
    """Map 'owner/name' -> git dir for every snapshot found under the paths."""
    found = {}

    def add(gitdir, name_hint):
        m = re.search(r"([A-Za-z0-9_.-]+)\+([A-Za-z0-9_.-]+)", name_hint)
        if not m:
            return
        found.setdefault(m.group(1) + "/" + m.group(2), gitdir)

    for p in paths:
        p = os.path.abspath(p)
        if os.path.isfile(os.path.join(p, "HEAD")) or os.path.isdir(os.path.join(p, ".git")):
            gd = p if os.path.isfile(os.path.join(p, "HEAD")) else os.path.join(p, ".git")
            add(gd, p)
            continue
        for entry in sorted(os.listdir(p)):
            gd = os.path.join(p, entry, "repo")
            if os.path.isfile(os.path.join(gd, "HEAD")):
                add(gd, entry)
    return found


DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def norm_date(s):
    s = (s or "").strip()
    s = s.replace("T00:00:00Z", "")
    if s.startswith("+"):
        s = s[1:]
    if not DATE_RE.match(s):
        return ""
    # Wikidata day/month "00" never reaches these files, but be safe
    s = re.sub(r"-00(-00)?$", "", s)
    return s


def date_lo(s):
    """Earliest day a partial date can mean."""
    parts = s.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def date_hi(s):
    parts = s.split("-")
    if len(parts) == 1:
        return s + "-12-31"
    if len(parts) == 2:
        return s + "-31"
    return s


def next_day(d):
    import datetime
    try:
        return (datetime.date.fromisoformat(d) + datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return d


def slug(name):
    n = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    n = re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-")
    return "slug:" + (n or "unknown")


def clean_enwiki(t):
    t = (t or "").strip()
    return re.sub(r"\s*\([^)]*\)$", "", t)


def tsv_field(s):
    return (s or "").replace("\t", " ").replace("\n", " ").replace("\r", " ").strip()


# --- main ---------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", nargs="+")
    ap.add_argument("--retrieved", default=RETRIEVED)
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args()

    repos = find_repos(args.sources)
    used = []          # (repo, sha, date)
    rows = []          # dicts
    gender_of = {}     # QID -> gender from holders21
    snap_dates = []
    qid_iso = {}
    skipped_undated = 0
    skipped_inverted = 0

    # first pass: Wikidata gender of every office-holder (a few files leave it
    # empty for a person whom another file has), used for "monarch" posts
    for repo in sorted(COUNTRY_REPOS):
        gd = repos.get(repo)
        text = git_ok(gd, "show", "HEAD:html/holders21.csv") if gd else None
        for r in csv.DictReader(io.StringIO(text or "")):
            pid = (r.get("personID") or "").strip()
            g = (r.get("gender") or "").strip()
            if re.match(r"^Q\d+$", pid) and g:
                gender_of.setdefault(pid, g)

    for repo in sorted(COUNTRY_REPOS):
        gd = repos.get(repo)
        if not gd:
            continue
        text = git_ok(gd, "show", "HEAD:html/holders21.csv")
        if text is None:
            continue
        sha = git(gd, "rev-parse", "HEAD").strip()
        cdate = git(gd, "log", "-1", "--format=%cd", "--date=short", "HEAD").strip()
        used.append((repo, sha, cdate))
        snap_dates.append(cdate)
        iso = COUNTRY_REPOS[repo]
        meta = git_ok(gd, "show", "HEAD:meta.json")
        if meta:
            m = re.search(r'"jurisdiction"\s*:\s*\{[^}]*"id"\s*:\s*"(Q\d+)"', meta)
            if m:
                qid_iso[m.group(1)] = iso
        for r in csv.DictReader(io.StringIO(text)):
            pid = (r.get("personID") or "").strip()
            g = (r.get("gender") or "").strip() or gender_of.get(pid, "")
            office = classify(repo, r.get("position", ""), g)
            if not office:
                continue
            rows.append({
                "pid": pid, "name": r.get("person", ""), "enwiki": r.get("enwiki", ""),
                "office": office, "iso": iso,
                "from": norm_date(r.get("start")), "to": norm_date(r.get("end")),
                "src": "holders21",
            })

    gd = repos.get(WORLD_REPO)
    if gd and git_ok(gd, "show", "HEAD:html/holders21.csv") is not None:
        sha = git(gd, "rev-parse", "HEAD").strip()
        cdate = git(gd, "log", "-1", "--format=%cd", "--date=short", "HEAD").strip()
        used.append((WORLD_REPO, sha, cdate))
        for r in csv.DictReader(io.StringIO(git(gd, "show", "HEAD:html/holders21.csv"))):
            if r.get("position", "").strip() == "Secretary-General of the United Nations":
                rows.append({
                    "pid": r.get("personID", "").strip(), "name": r.get("person", ""),
                    "enwiki": r.get("enwiki", ""), "office": "secretary-general",
                    "iso": "UN", "from": norm_date(r.get("start")),
                    "to": norm_date(r.get("end")), "src": "holders21",
                })

    if not snap_dates:
        sys.exit("no holders21.csv found under the given sources")
    period_end = min(snap_dates)

    # Supplement: heads of state/government from world-leaders-2021 history
    gd = repos.get(LEADERS_REPO)
    supplement = {}
    if gd:
        commits = git(gd, "log", "--all", "--format=%H", "--", "data/wikidata.csv").split()
        head = git(gd, "rev-parse", commits[0]).strip() if commits else None
        if commits:
            cdate = git(gd, "log", "-1", "--format=%cd", "--date=short", commits[0]).strip()
            used.append((LEADERS_REPO, head, cdate))
        for c in commits:
            text = git_ok(gd, "show", c + ":data/wikidata.csv")
            if not text:
                continue
            for r in csv.DictReader(io.StringIO(text)):
                cq = r.get("countryid") or r.get("country") or ""
                cname = r.get("countryItemLabel") or (r.get("country") if r.get("countryid") else "") or ""
                if not re.match(r"^Q\d+$", cq):
                    continue
                pos = r.get("positionLabel") or r.get("positionItemLabel") or ""
                pid = r.get("officeholder", "")
                name = r.get("officeholderLabel") or r.get("officeholderItemLabel") or ""
                key = (cq, cname, pos, pid, name, r.get("start_year", ""), r.get("end_year", ""))
                supplement[key] = supplement.get(key, 0) + 1

    have = {(x["iso"], x["office"]) for x in rows}
    have_kind = {}
    for x in rows:
        kind = ("hos" if x["office"] in HOS_OFFICES else
                "hog" if x["office"] in HOG_OFFICES else "fm")
        have_kind.setdefault(x["iso"], set()).add(kind)
    # the English label of a person can differ between snapshots (and was
    # vandalised in some); use the label seen in most snapshots
    label_count = {}
    for (cq, cname, pos, pid, name, sy, ey), n in supplement.items():
        label_count.setdefault(pid, {}).setdefault(name, 0)
        label_count[pid][name] += n
    best_label = {pid: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                  for pid, c in label_count.items()}
    specific = {"grand-duke": 3, "prince": 3, "emir": 3, "sultan": 3, "emperor": 3,
                "king": 1, "queen": 1, "head-of-state": 0}
    sup_rows = {}
    for (cq, cname, pos, pid, name, sy, ey) in sorted(supplement):
        iso = qid_iso.get(cq) or SUPPLEMENT_COUNTRY_NAMES.get(cname)
        if not iso:
            continue
        office = classify_supplement(pos, gender_of.get(pid, ""))
        if not office:
            continue
        if not re.match(r"^\d{4}$", sy or ""):
            continue
        # only terms that had begun by the end of the period
        if sy >= period_end[:4]:
            continue
        if ey and ey < PERIOD_START[:4]:
            continue
        kind = ("hos" if office in HOS_OFFICES else "hog" if office in HOG_OFFICES else "fm")
        # presidents are head of state (and often of government)
        if kind in have_kind.get(iso, set()) or (iso, office) in have:
            continue
        if office == "president" and "hos" in have_kind.get(iso, set()):
            continue
        # one monarch post per person: "Grand Duke of X" beats "monarch of X"
        if office in specific:
            clash = [k2 for k2 in sup_rows if k2[0] == iso and k2[2] == pid
                     and k2[1] in specific and k2[1] != office]
            if any(specific[k2[1]] >= specific[office] for k2 in clash):
                continue
            for k2 in clash:
                del sup_rows[k2]
        k = (iso, office, pid, sy)
        old = sup_rows.get(k)
        # several snapshots: keep the one that knows the end year
        if old is None or (ey and not old["to"]):
            sup_rows[k] = {"pid": pid, "name": best_label.get(pid, name), "enwiki": "",
                           "office": office, "iso": iso, "from": sy, "to": ey,
                           "src": "world-leaders"}
    # a supplementary term left open although a later holder of the same post
    # appears is closed at the successor's start year
    closed_by_successor = 0
    by_post = {}
    for k, x in sup_rows.items():
        by_post.setdefault((x["iso"], x["office"]), []).append(x)
    for post, xs in by_post.items():
        for x in xs:
            if x["to"]:
                continue
            later = sorted(y["from"] for y in xs if y["pid"] != x["pid"] and y["from"] > x["from"])
            if later:
                x["to"] = later[0]
                closed_by_successor += 1
    rows.extend(sup_rows.values())

    # filter to the period, build output lines
    out = {}
    for x in rows:
        f, t = x["from"], x["to"]
        if not f:
            skipped_undated += 1
            continue
        if date_lo(f) > period_end:
            continue
        if t and date_hi(t) < date_lo(f):
            skipped_inverted += 1
            continue
        if t and date_hi(t) < PERIOD_START:
            continue
        pid = x["pid"].strip()
        name = tsv_field(x["name"])
        enw = clean_enwiki(x["enwiki"])
        if re.match(r"^Q\d+$", name) and enw:
            name = enw
        aliases = []
        if enw and enw != name:
            aliases.append(enw)
        person = ("wd:" + pid) if re.match(r"^Q\d+$", pid) else slug(name)
        line = (person, name, "|".join(tsv_field(a) for a in aliases), x["office"],
                x["iso"], f, t, "")
        out[line] = x["src"]

    # One line per continuous tenure: Wikidata often splits a tenure into one
    # P39 statement per cabinet.  Rows of the same person, office and
    # jurisdiction that overlap, touch or follow on the next day are merged.
    groups = {}
    for line, src in out.items():
        groups.setdefault((line[0], line[3], line[4]), []).append((line, src))
    merged = {}
    for key, items in groups.items():
        items.sort(key=lambda it: (date_lo(it[0][5]), -len(it[0][5]), it[0][6]))
        cur = None
        for line, src in items:
            if cur is not None:
                c_to = cur[0][6]
                if (not c_to) or date_lo(line[5]) <= next_day(date_hi(c_to)):
                    f = cur[0][5]
                    if date_lo(line[5]) == date_lo(f) and len(line[5]) > len(f):
                        f = line[5]
                    if not c_to or not line[6]:
                        t = ""
                    elif (date_hi(line[6]), len(line[6])) > (date_hi(c_to), len(c_to)):
                        t = line[6]
                    else:
                        t = c_to
                    name = cur[0][1]
                    aliases = "|".join(sorted({a for a in (cur[0][2] + "|" + line[2]).split("|") if a}))
                    src2 = cur[1] if cur[1] == "holders21" else src
                    cur = ((cur[0][0], name, aliases, cur[0][3], cur[0][4], f, t, ""), src2)
                    continue
                merged[cur[0]] = cur[1]
            cur = (line, src)
        merged[cur[0]] = cur[1]
    out = merged

    def sortkey(line):
        return (line[4], line[3], date_lo(line[5]), line[5], line[6], line[0], line[1])

    lines = sorted(out, key=sortkey)

    # statistics for the comment block
    juris = {}
    for l in lines:
        kind = ("hos" if l[3] in HOS_OFFICES else "hog" if l[3] in HOG_OFFICES else
                "fm" if l[3] in FM_OFFICES else "org")
        juris.setdefault(kind, set()).add(l[4])
    dates = [d for l in lines for d in (l[5], l[6]) if d]
    day = sum(1 for d in dates if len(d) == 10)
    month = sum(1 for d in dates if len(d) == 7)
    year = sum(1 for d in dates if len(d) == 4)
    n_sup = sum(1 for l in lines if out[l] == "world-leaders")

    fh = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="\n")
    w = fh.write
    used_sorted = sorted(used)
    w("#! source = https://www.wikidata.org (through the every-politician-scrapers exports listed in #! repositories)\n")
    w("#! repositories = " + ", ".join(GH + r for r, _, _ in used_sorted) + "\n")
    w("#! commit = " + ", ".join(s for _, s, _ in used_sorted) + "\n")
    w("#! licence = CC0-1.0\n")
    w("#! retrieved = %s\n" % args.retrieved)
    w("#! period = %s..%s\n" % (PERIOD_START, period_end))
    w("#! complete =\n")
    # One holder of each of these at a time in a country: on a day the table lists one,
    # nobody else held it (acting holders are listed beside the holder they stand in for).
    w("#! seats = president 1, prime-minister 1, chancellor 1\n")
    w("# Generated by rules/facts/record/world-leaders.py from fetched snapshots; do not edit.\n")
    w("# Derived from Wikidata (CC0) through the EveryPolitician / every-politician-scrapers\n")
    w("# query exports (html/holders21.csv of one repository per country, generated by\n")
    w("# every-politician-scrapers/shared pcb/generate-html.sh from Wikidata P39 statements).\n")
    w("# Source and commit lists above are in the same order (repository <-> HEAD sha).\n")
    w("# Period end = the oldest per-country snapshot (last commit) date; an empty `to`\n")
    w("# means in office on that date. Terms beginning after it are left out; a `to`\n")
    w("# later than it comes from a newer snapshot of that country and is kept.\n")
    w("# Terms of the same person in the same office that overlap or follow on the next\n")
    w("# day (one Wikidata statement per cabinet) are merged into one line.\n")
    w("# No office is complete: head-of-state, head-of-government and foreign-minister\n")
    w("# holders are only those of each country's cabinet-position list in Wikidata.\n")
    w("# Jurisdictions with head-of-state rows: %d; head-of-government: %d; foreign\n"
      % (len(juris.get("hos", ())), len(juris.get("hog", ()))))
    w("# minister: %d (of 193 UN members); international bodies: %s.\n"
      % (len(juris.get("fm", ())), " ".join(sorted(juris.get("org", ()))) or "none"))
    missing = {k: [c for c in UN_MEMBERS if c not in juris.get(k, ())] for k in ("hos", "hog", "fm")}
    w("# UN members without head-of-state rows: %s\n" % " ".join(missing["hos"]))
    w("# UN members without head-of-government rows (some have none by constitution): %s\n"
      % " ".join(missing["hog"]))
    w("# UN members without foreign-minister rows: %s\n" % " ".join(missing["fm"]))
    w("# Date precision: %d day, %d month, %d year (of %d dates); %d rows are year-only\n"
      % (day, month, year, len(dates), n_sup))
    w("# supplements from every-politician-scrapers/world-leaders-2021 (terms running in 2021+),\n")
    w("# only for (country, head-of-state / head-of-government) pairs the per-country files lack;\n")
    w("# %d of them had no end in the source and are closed at their successor's start year.\n"
      % closed_by_successor)
    w("# Left out: %d source rows without a start date, %d with an end before the start.\n"
      % (skipped_undated, skipped_inverted))
    w("# 'monarch' posts are written king/queen by the holder's Wikidata gender\n")
    w("# (head-of-state where the source gives none). Acting presidents are acting-president.\n")
    w("# The Irish Taoiseach is written prime-minister. party is not in the source (empty).\n")
    w("person\tname\taliases\toffice\tjurisdiction\tfrom\tto\tparty\n")
    for l in lines:
        w("\t".join(l) + "\n")
    if fh is not sys.stdout:
        fh.close()
    print("rows=%d undated-skipped=%d inverted-skipped=%d period_end=%s"
          % (len(lines), skipped_undated, skipped_inverted, period_end),
          file=sys.stderr)


if __name__ == "__main__":
    main()
