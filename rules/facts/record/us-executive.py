#!/usr/bin/env python3
"""Regenerate us-executive.tsv from a fetched snapshot of every-politician-scrapers/us-cabinet.

Usage:
    python3 us-executive.py PATH > us-executive.tsv

PATH is the git directory of a snapshot of
https://github.com/every-politician-scrapers/us-cabinet (bare, as the search
tool's `fetch` leaves it: .../every-politician-scrapers+us-cabinet/repo, or a
normal clone).  The script reads html/holders21.csv at HEAD with `git show`;
no network access.  Output is deterministic for the same snapshot.

html/holders21.csv is a mechanical export of Wikidata P39 statements (CC0):
holders since 2000 of the US cabinet-level posts.  The snapshot ends on
2022-08-03, and Wikidata has errors and one-day caretakers in it, so this
script applies, in order:

  1. DROP: caretaker and acting rows left out (short interregnum stand-ins the
     project did not check, and a few the project could not confirm);
  2. FIX: dates corrected where the project is sure Wikidata is wrong (e.g.
     Haspel did not stay at the CIA until 2021-03-19); a month ("2020-03")
     where the day is not sure;
  3. CLOSE: ends of the terms still open in the snapshot (2022-08-03);
  4. HAND: terms the export lacks or that began after it, written by hand
     from public facts (the 2025 cabinet, Biden-era changes after 2022-08,
     a few older gaps).  Only facts the project is sure of; dates to the day
     only where sure, else to the month.

Every change is listed below with its reason.  President and vice-president
are not written (us-federal.tsv has them, complete); secretary-of-state terms
that ended by 2022-06-13 are not written either (world-leaders.tsv has them).
"""

import argparse
import csv
import datetime
import io
import os
import subprocess
import sys

SOURCE_REPO = "https://github.com/every-politician-scrapers/us-cabinet"
RETRIEVED = "2026-12-05"
PERIOD_START = "2000-01-01"
# The last day the project is sure of every office of the table: no cabinet
# or cabinet-level change in 2025 (Ballotpedia's year-end review) nor in
# January 2026 (Noem, removed 2026-03-05, was the first cabinet secretary to
# leave); Rubio was still acting national security adviser and Leavitt press
# secretary in January 2026.
PERIOD_END = "2026-01-31"
# world-leaders.tsv holds US secretary-of-state terms up to its period end.
WORLD_LEADERS_END = "2022-06-13"

# holders21.csv position label -> record office id (the words of the title as
# news write it before a name, hyphenated; "defense-secretary" is read through
# the lexicon as defence-minister, "press-secretary" and "secretary-of-state"
# are lexicon ids).
POSITIONS = {
    "Secretary of State": "secretary-of-state",
    "Secretary of the Treasury": "treasury-secretary",
    "Secretary of Defence": "defense-secretary",
    "Attorney General": "attorney-general",
    "Secretary of the Interior": "interior-secretary",
    "Secretary of Agriculture": "agriculture-secretary",
    "Secretary of Commerce": "commerce-secretary",
    "Secretary of Labor": "labor-secretary",
    "Secretary of Health and Human Services": "health-secretary",
    "Secretary of Housing and Urban Development": "housing-secretary",
    "Secretary of Transportation": "transportation-secretary",
    "Secretary of Energy": "energy-secretary",
    "Secretary of Education": "education-secretary",
    "Secretary of Veterans Affairs": "veterans-affairs-secretary",
    "Secretary of Homeland Security": "homeland-security-secretary",
    "White House Chief of Staff": "chief-of-staff",
    "White House Press Secretary": "press-secretary",
    "National Security Advisor": "national-security-adviser",
    "Ambassador to the United Nations": "un-ambassador",
    "Director of the CIA": "cia-director",
    "Director of National Intelligence": "director-of-national-intelligence",
    "Director of the Office of Management and Budget": "omb-director",
    "United States Trade Representative": "trade-representative",
    "Administrator of the Environmental Protection Agency": "epa-administrator",
}
OFFICE_ORDER = list(dict.fromkeys(POSITIONS.values()))

# Offices with one holder at a time whose title, written without a country,
# means the US federal office: `#! seats`.  The other offices of this table
# also have one holder, but their ids are titles other countries use too
# ("Defence Secretary", "Health Secretary", "Attorney General", "press
# secretary" / "spokesman", "chief of staff", "national security adviser"):
# the record reads a title without a jurisdiction as the office's only
# jurisdiction (Record::sole_jurisdiction), so a seat would have a British
# Health Secretary checked against the US one.  See SEATS_WITHHELD.
SEATS = [
    "secretary-of-state", "treasury-secretary", "homeland-security-secretary",
    "veterans-affairs-secretary", "cia-director", "director-of-national-intelligence",
    "omb-director", "trade-representative", "epa-administrator",
]
SEATS_WITHHELD = [
    "defence-minister", "attorney-general", "interior-secretary", "agriculture-secretary",
    "commerce-secretary", "labor-secretary", "health-secretary", "housing-secretary",
    "transportation-secretary", "energy-secretary", "education-secretary",
    "chief-of-staff", "press-secretary", "national-security-adviser", "un-ambassador",
]

# --- 1. rows left out: (position, QID, start) ---------------------------------
DROP = {
    # caretakers of a few days or weeks at a change of administration, and
    # acting holders the project did not check
    ("Secretary of the Treasury", "Q1302611", "2013-01-25"),   # Neal Wolin, acting
    ("Secretary of the Treasury", "Q28514306", "2017-01-20"),  # Adam Szubin, acting
    ("Secretary of the Treasury", "Q104923417", "2021-01-20"),  # Andy Baukol, acting
    ("Secretary of Defence", "Q29346709", "2021-01-20"),       # David Norquist, acting
    ("Attorney General", "Q1356377", "2007-09-17"),            # Paul Clement, one day
    ("Attorney General", "Q1773127", "2009-01-20"),            # Mark Filip, acting
    ("Attorney General", "Q41800022", "2021-01-20"),           # John Demers, hours
    ("Attorney General", "Q104907580", "2021-01-20"),          # Monty Wilkinson, acting
    ("Secretary of the Interior", "Q28530107", "2017-01-20"),  # Kevin Haugrud, acting
    ("Secretary of Agriculture", "Q2967584", "2007-09-20"),    # Charles Conner, acting
    ("Secretary of Agriculture", "Q28317075", "2017-01-13"),   # Michael Scuse, acting
    ("Secretary of Agriculture", "Q30274534", "2017-01-20"),   # Mike Young, acting
    ("Secretary of Commerce", "Q510127", "2011-08-01"),        # Rebecca Blank, acting
    ("Secretary of Commerce", "Q510127", "2012-06-11"),        # Rebecca Blank, acting
    ("Secretary of Commerce", "Q5026282", "2013"),             # Cameron Kerry, acting, year only
    ("Secretary of Labor", "Q5920259", "2009-01-20"),          # Howard Radzely, acting
    ("Secretary of Labor", "Q5342139", "2009-02-02"),          # Edward Hugler, acting
    ("Secretary of Labor", "Q5342139", "2017-01-20"),          # Edward Hugler, acting
    ("Secretary of Labor", "Q105320190", "2021-01-20"),        # Al Stewart, acting
    ("Secretary of Health and Human Services", "Q28530101", "2021-01-20"),  # Norris Cochran, acting
    ("Secretary of Housing and Urban Development", "Q3445744", "2008-04-18"),   # Roy Bernardi, acting
    ("Secretary of Housing and Urban Development", "Q4963500", "2009-01-20"),   # Brian Montgomery, acting
    ("Secretary of Housing and Urban Development", "Q28543103", "2017-01-20"),  # Craig Clemmensen, acting
    ("Secretary of Housing and Urban Development", "Q104936860", "2021-01-20"),  # Matt Ammon, acting
    ("Secretary of Transportation", "Q1396000", "2006-08-07"),   # Maria Cino, acting
    ("Secretary of Transportation", "Q15485936", "2021-01-11"),  # Steven Bradbury, acting
    ("Secretary of Transportation", "Q104949692", "2021-01-20"),  # Lana Hurdle, acting
    ("Secretary of Energy", "Q5218466", "2013-04-22"),         # Daniel Poneman, acting
    ("Secretary of Energy", "Q28469524", "2017-01-20"),        # Grace Bochenek, acting
    ("Secretary of Energy", "Q104936878", "2021-01-20"),       # David Huizenga, acting
    ("Secretary of Education", "Q28530100", "2017-01-20"),     # Phil Rosenfelt, acting
    ("Secretary of Education", "Q28530100", "2021-01-20"),     # Phil Rosenfelt, acting
    ("Secretary of Education", "Q16107563", "2021-01-07"),     # Mick Zais, acting
    ("Secretary of Veterans Affairs", "Q937285", "2000-07-25"),   # Hershel Gober, acting
    ("Secretary of Veterans Affairs", "Q3110903", "2007-10-01"),  # Gordon Mansfield, acting
    ("Secretary of Veterans Affairs", "Q28543113", "2017-01-20"),  # Robert Snyder, acting
    ("Secretary of Veterans Affairs", "Q105069464", "2021-01-20"),  # Dat Tran, acting
    ("Secretary of Homeland Security", "Q1314442", "2005-02-01"),  # James Loy, acting
    ("Secretary of Homeland Security", "Q7291417", "2013-09-06"),  # Rand Beers, acting
    ("Secretary of Homeland Security", "Q82607085", "2021-01-11"),  # Pete Gaynor, acting
    ("Secretary of Homeland Security", "Q5238485", "2021-01-20"),  # David Pekoske, acting
    ("Ambassador to the United Nations", "Q348185", "2001-01-20"),    # James Cunningham, acting
    ("Ambassador to the United Nations", "Q433742", "2005-01-20"),    # Anne Patterson, acting
    ("Ambassador to the United Nations", "Q343856", "2006-12-31"),    # Alejandro Wolff, acting
    ("Ambassador to the United Nations", "Q15429937", "2013-06-30"),  # Rosemary DiCarlo, acting
    ("Ambassador to the United Nations", "Q6836763", "2017-01-20"),   # Michele Sison, acting
    ("Ambassador to the United Nations", "Q55615279", "2019-01-01"),  # Jonathan Cohen, acting
    ("Ambassador to the United Nations", "Q21932292", "2021-01-20"),  # Richard Mills, acting
    ("Director of the CIA", "Q28839754", "2017-01-20"),        # Meroe Park, acting
    ("Director of National Intelligence", "Q5234213", "2010-05-28"),   # David Gompert, acting
    ("Director of National Intelligence", "Q28794135", "2017-01-20"),  # Mike Dempsey, acting
    ("Director of National Intelligence", "Q104936924", "2021-01-20"),  # Lora Shiao, acting
    ("Director of the Office of Management and Budget", "Q3275786", "2010-07-30"),   # Jeffrey Zients, acting
    ("Director of the Office of Management and Budget", "Q4963549", "2014-06-09"),   # Brian Deese, acting
    ("Director of the Office of Management and Budget", "Q28794133", "2017-01-20"),  # Mark Sandy, acting
    ("Director of the Office of Management and Budget", "Q105701042", "2021-01-20"),  # Rob Fairweather, acting
    ("Administrator of the Environmental Protection Agency", "Q6762242", "2003-07-14"),   # Marianne Horinko, acting
    ("Administrator of the Environmental Protection Agency", "Q4933628", "2013-02-15"),   # Bob Perciasepe, acting
    ("Administrator of the Environmental Protection Agency", "Q28469527", "2017-01-20"),  # Catherine McCabe, acting
    ("Administrator of the Environmental Protection Agency", "Q105754549", "2021-01-20"),  # Charlotte Bertrand, hours
    ("Administrator of the Environmental Protection Agency", "Q105044605", "2021-01-20"),  # Jane Nishida, acting
}

# --- 2. corrected dates: (position, QID, start) -> (from, to); None keeps -----
FIX = {
    # Goss headed the CIA from September 2004 (as Director of Central
    # Intelligence, then Director of the CIA) to May 2006.
    ("Director of the CIA", "Q455698", "2005-04-21"): ("2004-09", "2006-05"),
    # Pompeo led the CIA until he became secretary of state (2018-04-26);
    # Haspel was acting director from that day and left on 2021-01-20.
    ("Director of the CIA", "Q473239", "2017-01-23"): (None, "2018-04-26"),
    ("Director of the CIA", "Q28606502", "2018-03-13"): ("2018-04-26", "2021-01-20"),
    # Carter served to the end of the administration.
    ("Secretary of Defence", "Q4806029", "2015-02-17"): (None, "2017-01-20"),
    # Mattis's last day was 2018-12-31 (Shanahan acting from 2019-01-01, a
    # HAND line); Esper took office in July 2019 (acting from June, Spencer
    # acting for a week before his confirmation): the month.
    ("Secretary of Defence", "Q267902", "2017-01-20"): (None, "2019-01-01"),
    ("Secretary of Defence", "Q33190271", "2019-07-22"): ("2019-07", None),
    # Day not sure: to the month.
    ("Administrator of the Environmental Protection Agency", "Q445734", "2009-01-23"): ("2009-01", "2013-02"),
    ("Administrator of the Environmental Protection Agency", "Q5562899", "2013-07-18"): ("2013-07", None),
    # Pruitt resigned in early July 2018; Wheeler acting from that month.
    ("Administrator of the Environmental Protection Agency", "Q7437083", "2017-02-17"): (None, "2018-07"),
    ("Administrator of the Environmental Protection Agency", "Q37936461", "2018-07-09"): ("2018-07", None),
    # Meadows took over from Mulvaney at the end of March 2020 (named on
    # 2020-03-06, not in office then).
    ("White House Chief of Staff", "Q1235731", "2019-01-02"): (None, "2020-03"),
    ("White House Chief of Staff", "Q3956796", "2020-03-06"): ("2020-03", None),
    # John King was acting secretary from 2016-01-01 (Duncan's departure),
    # confirmed 2016-03-14; not from 2015.
    ("Secretary of Education", "Q6243110", "2015-01-04"): ("2016-01-01", None),
    # Martinez left in December 2003; Alphonso Jackson acting from then.
    ("Secretary of Housing and Urban Development", "Q435010", "2001-01-24"): (None, "2003-12"),
    ("Secretary of Housing and Urban Development", "Q324505", "2003-11-01"): ("2003-12", None),
    # Mineta left in July 2006 (Cino acting from then).
    ("Secretary of Transportation", "Q553502", "2001-01-25"): (None, "2006-07"),
    # Nielsen left in April 2019 (effective 2019-04-10); McAleenan acting from then.
    ("Secretary of Homeland Security", "Q38858352", "2017-12-06"): (None, "2019-04"),
    ("Secretary of Homeland Security", "Q30122656", "2019-04-11"): ("2019-04", None),
    # Days not sure: to the month.
    ("Director of the Office of Management and Budget", "Q351330", "2001-01-23"): (None, "2003-06"),
    ("Director of the Office of Management and Budget", "Q649653", "2003-06-06"): ("2003-06", None),
    ("Director of the Office of Management and Budget", "Q926069", "2006-05-26"): ("2006-05", "2007-06"),
    ("Director of the Office of Management and Budget", "Q513802", "2007-09-04"): ("2007-09", None),
    ("Ambassador to the United Nations", "Q311269", "2005-08-01"): (None, "2006-12"),
}

# --- 3. ends of the terms open in the snapshot: (position, QID) -> to --------
CLOSE = {
    ("Secretary of State", "Q7821917"): "2025-01-20",  # Blinken
    ("Secretary of the Treasury", "Q263725"): "2025-01-20",  # Yellen
    ("Secretary of Defence", "Q941013"): "2025-01-20",  # Austin
    ("Attorney General", "Q1922011"): "2025-01-20",  # Garland
    ("Secretary of the Interior", "Q54860790"): "2025-01-20",  # Haaland
    ("Secretary of Agriculture", "Q353826"): "2025-01-20",  # Vilsack
    ("Secretary of Commerce", "Q5562913"): "2025-01-20",  # Raimondo
    ("Secretary of Labor", "Q15126384"): "2023-03",  # Walsh left in March 2023
    ("Secretary of Health and Human Services", "Q1855840"): "2025-01-20",  # Becerra
    ("Secretary of Housing and Urban Development", "Q461746"): "2024-03",  # Fudge left in March 2024
    ("Secretary of Transportation", "Q7173106"): "2025-01-20",  # Buttigieg
    ("Secretary of Energy", "Q234994"): "2025-01-20",  # Granholm
    ("Secretary of Education", "Q104244043"): "2025-01-20",  # Cardona
    ("Secretary of Veterans Affairs", "Q3702047"): "2025-01-20",  # McDonough
    ("Secretary of Homeland Security", "Q4714600"): "2025-01-20",  # Mayorkas
    ("White House Chief of Staff", "Q649898"): "2023-02",  # Klain, succeeded by Zients in February 2023
    ("White House Press Secretary", "Q28957228"): "2025-01-20",  # Jean-Pierre
    ("National Security Advisor", "Q16730147"): "2025-01-20",  # Sullivan
    ("Ambassador to the United Nations", "Q19920980"): "2025-01-20",  # Thomas-Greenfield
    ("Director of the CIA", "Q1276563"): "2025-01-20",  # Burns
    ("Director of National Intelligence", "Q14525857"): "2025-01-20",  # Haines
    ("Director of the Office of Management and Budget", "Q104835199"): "2025-01-20",  # Young
    ("United States Trade Representative", "Q104076331"): "2025-01-20",  # Tai
    ("Administrator of the Environmental Protection Agency", "Q104224230"): "2025-01-20",  # Regan
}

# --- 4. terms written by hand ----------------------------------------------
# (person, name, aliases, office, from, to).  A `to` after PERIOD_END is kept
# (known departures); terms beginning after PERIOD_END are not written.
HAND = [
    # Older gaps of the export.
    ("slug:george-tenet", "George Tenet", "George J. Tenet", "cia-director", "1997-07", "2004-07"),
    ("slug:patrick-shanahan", "Patrick Shanahan", "Patrick M. Shanahan", "defense-secretary",
     "2019-01-01", "2019-06"),  # acting
    ("slug:jake-siewert", "Jake Siewert", "", "press-secretary", "2000-10", "2001-01-20"),
    ("slug:charlene-barshefsky", "Charlene Barshefsky", "", "trade-representative", "1997",
     "2001-01-20"),
    ("wd:Q926069", "Robert Jones Portman", "Rob Portman", "trade-representative", "2005-05",
     "2006-05"),
    ("slug:susan-schwab", "Susan Schwab", "Susan C. Schwab", "trade-representative", "2006-06",
     "2009-01-20"),
    # Biden administration, after the snapshot (2022-08-03).
    ("slug:julie-su", "Julie Su", "Julie A. Su", "labor-secretary", "2023-03", "2025-01-20"),  # acting
    ("slug:adrianne-todman", "Adrianne Todman", "", "housing-secretary", "2024-03",
     "2025-01-20"),  # acting
    ("wd:Q3275786", "Jeffrey Zients", "Jeff Zients", "chief-of-staff", "2023-02", "2025-01-20"),
    # Second Trump administration, from 2025-01-20.
    ("slug:marco-rubio", "Marco Rubio", "Marco Antonio Rubio", "secretary-of-state",
     "2025-01-21", ""),
    ("slug:scott-bessent", "Scott Bessent", "", "treasury-secretary", "2025-01", ""),
    ("slug:pete-hegseth", "Pete Hegseth", "Peter Hegseth", "defense-secretary", "2025-01-25", ""),
    ("slug:pam-bondi", "Pam Bondi", "Pamela Bondi", "attorney-general", "2025-02-05",
     "2026-04"),  # fired in early April 2026; Todd Blanche acting
    ("slug:doug-burgum", "Doug Burgum", "Douglas Burgum", "interior-secretary", "2025-01-31", ""),
    ("slug:brooke-rollins", "Brooke Rollins", "", "agriculture-secretary", "2025-02", ""),
    ("slug:howard-lutnick", "Howard Lutnick", "", "commerce-secretary", "2025-02", ""),
    ("slug:lori-chavez-deremer", "Lori Chavez-DeRemer", "", "labor-secretary", "2025-03", ""),
    ("slug:robert-f-kennedy-jr", "Robert F. Kennedy Jr.", "Robert Kennedy Jr.|RFK Jr.",
     "health-secretary", "2025-02-13", ""),
    ("slug:scott-turner", "Scott Turner", "", "housing-secretary", "2025-02-05", ""),
    ("slug:sean-duffy", "Sean Duffy", "", "transportation-secretary", "2025-01", ""),
    ("slug:chris-wright", "Chris Wright", "Christopher Wright", "energy-secretary", "2025-02", ""),
    ("slug:linda-mcmahon", "Linda McMahon", "", "education-secretary", "2025-03", ""),
    ("slug:doug-collins", "Doug Collins", "Douglas Collins", "veterans-affairs-secretary",
     "2025-02", ""),
    ("slug:kristi-noem", "Kristi Noem", "", "homeland-security-secretary", "2025-01",
     "2026-03"),  # replaced by Markwayne Mullin (confirmed 2026-03-23)
    ("slug:susie-wiles", "Susie Wiles", "Susan Wiles", "chief-of-staff", "2025-01-20", ""),
    ("slug:karoline-leavitt", "Karoline Leavitt", "", "press-secretary", "2025-01-20", ""),
    ("slug:mike-waltz", "Mike Waltz", "Michael Waltz", "national-security-adviser", "2025-01-20",
     "2025-05-01"),
    ("slug:marco-rubio", "Marco Rubio", "Marco Antonio Rubio", "national-security-adviser",
     "2025-05-01", ""),  # acting ("interim"), beside secretary of state
    ("slug:dorothy-shea", "Dorothy Shea", "Dorothy Camille Shea", "un-ambassador", "2025-01-20",
     "2025-09"),  # acting
    ("slug:mike-waltz", "Mike Waltz", "Michael Waltz", "un-ambassador", "2025-09", ""),
    ("wd:Q16980175", "John Ratcliffe", "", "cia-director", "2025-01", ""),
    ("slug:tulsi-gabbard", "Tulsi Gabbard", "", "director-of-national-intelligence", "2025-02-12",
     ""),
    ("wd:Q29963497", "Russell Vought", "Russ Vought", "omb-director", "2025-02", ""),
    ("slug:jamieson-greer", "Jamieson Greer", "", "trade-representative", "2025-02", ""),
    ("slug:lee-zeldin", "Lee Zeldin", "", "epa-administrator", "2025-01-29", ""),
]

# Names as news write them, beside the Wikidata labels of holders21.csv.
ALIASES = {
    "Q1276563": "William J. Burns|Bill Burns",
    "Q984191": "John Brennan|John O. Brennan",
    "Q926069": "Rob Portman",
    "Q29963497": "Russ Vought",
    "Q267902": "Jim Mattis",
    "Q33190271": "Mark Esper",
    "Q37936461": "Andrew Wheeler",
    "Q445734": "Lisa Jackson",
    "Q454970": "Samantha Power",
    "Q311269": "John Bolton",
    "Q7342642": "Robert O'Brien",
    "Q1681008": "James Clapper",
    "Q1379781": "Mike McConnell|John M. McConnell",
    "Q618727": "Tom Donilon",
    "Q456921": "Paul O'Neill",
    "Q449689": "John Snow",
    "Q465315": "Stephen Johnson",
    "Q5628492": "H.R. McMaster",
    "Q28968002": "Jeffrey Rosen|Jeff Rosen",
    "Q101423348": "Christopher Miller|Chris Miller",
    "Q29918896": "David Bernhardt",
    "Q1681148": "Robert McDonald|Bob McDonald",
    "Q1189023": "Dennis Blair",
    "Q730580": "Peter Orszag",
    "Q16499744": "Sloan Gibson",
    "Q104224230": "Michael Regan",
    "Q29453265": "Dan Brouillette",
    "Q6232322": "John Kelly",
    "Q7273452": "Alex Acosta",
    "Q7793121": "Tom Perez",
    "Q6243110": "John King|John B. King Jr.",
    "Q1406519": "Togo West",
    "Q15126384": "Martin Walsh",
    "Q649898": "Ronald Klain",
    "Q27986907": "Sarah Huckabee Sanders",
    "Q6834757": "Mike Flynn",
    "Q24248265": "Steve Mnuchin",
    "Q723917": "Bill Barr",
    "Q6790538": "Matt Whitaker",
    "Q1370400": "Bill Daley|William Daley",
    "Q1677579": "Jacob Lew",
    "Q3275786": "Jeff Zients",
    "Q7326068": "Ric Grenell",
    "Q879432": "Michael Leavitt",
    "Q435267": "Christine Whitman",
    "Q435010": "Mel Martinez",
    "Q970720": "Julian Castro",
    "Q312724": "Robert B. Zoellick",
    "Q317953": "Larry Summers",
    "Q649653": "Josh Bolten",
    "Q504029": "Andy Card",
    "Q46089": "Samuel Berger",
    "Q467451": "James Jones|Jim Jones",
    "Q1290431": "Peter Rouse",
    "Q2161181": "Rodney Slater",
}

GIT_HOLDERS = "html/holders21.csv"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir=" + gitdir] + list(args),
                          check=True, capture_output=True).stdout.decode("utf-8")


def gitdir_of(path):
    path = os.path.abspath(path)
    if os.path.isfile(os.path.join(path, "HEAD")):
        return path
    if os.path.isdir(os.path.join(path, ".git")):
        return os.path.join(path, ".git")
    sys.exit("not a git directory: %s" % path)


def date_lo(s):
    parts = s.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def date_hi(s):
    parts = s.split("-")
    if len(parts) == 1:
        return s + "-12-31"
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
        return (nxt - datetime.timedelta(days=1)).isoformat()
    return s


def next_day(d):
    return (datetime.date.fromisoformat(d) + datetime.timedelta(days=1)).isoformat()


def merge_aliases(*parts):
    seen = []
    for p in parts:
        for a in (p or "").split("|"):
            a = a.strip()
            if a and a not in seen:
                seen.append(a)
    return "|".join(seen)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", help="git directory of every-politician-scrapers/us-cabinet")
    ap.add_argument("--retrieved", default=RETRIEVED)
    args = ap.parse_args()

    gd = gitdir_of(args.source)
    sha = git(gd, "rev-parse", "HEAD").strip()
    snap = git(gd, "log", "-1", "--format=%cs", "HEAD").strip()
    rows = list(csv.DictReader(io.StringIO(git(gd, "show", "HEAD:" + GIT_HOLDERS))))

    used_drop, used_fix, used_close = set(), set(), set()
    terms = []  # dicts: person, name, aliases, office, from, to, src
    for r in rows:
        pos, qid = r["position"].strip(), r["personID"].strip()
        start, end = r["start"].strip(), r["end"].strip()
        office = POSITIONS.get(pos)
        if office is None:
            continue
        key = (pos, qid, start)
        if key in DROP:
            used_drop.add(key)
            continue
        if key in FIX:
            used_fix.add(key)
            f, t = FIX[key]
            start = f if f is not None else start
            end = t if t is not None else end
        if not end and (pos, qid) in CLOSE:
            used_close.add((pos, qid))
            end = CLOSE[(pos, qid)]
        # world-leaders.tsv has the secretaries of state whose terms ended by its period end
        if office == "secretary-of-state" and end and date_hi(end) <= WORLD_LEADERS_END:
            continue
        terms.append({
            "person": "wd:" + qid, "name": r["person"].strip(),
            "aliases": ALIASES.get(qid, ""), "office": office,
            "from": start, "to": end, "src": "holders21",
        })
    for person, name, aliases, office, f, t in HAND:
        terms.append({"person": person, "name": name, "aliases": aliases, "office": office,
                      "from": f, "to": t, "src": "hand"})

    unused = (set(DROP) - used_drop) | (set(FIX) - used_fix) | \
        {(p, q, "") for p, q in set(CLOSE) - used_close}
    if unused:
        sys.exit("corrections that match no row of %s (snapshot changed?): %s"
                 % (GIT_HOLDERS, sorted(unused)))

    # within the period
    terms = [x for x in terms
             if date_lo(x["from"]) <= PERIOD_END
             and (not x["to"] or date_hi(x["to"]) >= PERIOD_START)]

    # one line per continuous tenure (Wikidata has one statement per
    # confirmation: Wheeler acting, then confirmed; King; Jackson; Young)
    groups = {}
    for x in terms:
        groups.setdefault((x["person"], x["office"]), []).append(x)
    merged = []
    for items in groups.values():
        items.sort(key=lambda x: (date_lo(x["from"]), x["from"]))
        cur = None
        for x in items:
            if cur is not None and cur["to"] and date_lo(x["from"]) <= next_day(date_hi(cur["to"])) \
                    and date_lo(x["from"]) >= date_lo(cur["to"]):
                cur = dict(cur, to=x["to"], aliases=merge_aliases(cur["aliases"], x["aliases"]))
                continue
            if cur is not None:
                merged.append(cur)
            cur = x
        merged.append(cur)
    terms = merged

    # checks: a `to` before its `from`; holders of one office that overlap
    # (listed for review on stderr; overlaps are allowed, gaps are silence)
    for x in terms:
        if x["to"] and date_hi(x["to"]) < date_lo(x["from"]):
            sys.exit("to before from: %r" % x)
    by_office = {}
    for x in terms:
        by_office.setdefault(x["office"], []).append(x)
    overlaps = []
    for office, xs in by_office.items():
        xs.sort(key=lambda x: date_lo(x["from"]))
        for a, b in zip(xs, xs[1:]):
            if a["to"] and date_lo(a["to"]) > date_hi(b["from"]):
                overlaps.append((office, a["name"], a["to"], b["name"], b["from"]))
            if not a["to"]:
                overlaps.append((office, a["name"], "(open)", b["name"], b["from"]))

    terms.sort(key=lambda x: (OFFICE_ORDER.index(x["office"]), date_lo(x["from"]), x["from"],
                              x["person"]))
    dates = [d for x in terms for d in (x["from"], x["to"]) if d]
    n_day = sum(1 for d in dates if len(d) == 10)
    n_month = sum(1 for d in dates if len(d) == 7)
    n_year = sum(1 for d in dates if len(d) == 4)
    n_hand = sum(1 for x in terms if x["src"] == "hand")

    w = sys.stdout.write
    w("#! source = %s (Wikidata, CC0) and lines written by hand "
      "(rules/facts/record/us-executive.LICENSE.md)\n" % SOURCE_REPO)
    w("#! commit = %s\n" % sha)
    w("#! licence = CC0-1.0\n")
    w("#! retrieved = %s\n" % args.retrieved)
    w("#! period = %s..%s\n" % (PERIOD_START, PERIOD_END))
    w("#! complete =\n")
    w("#! seats = %s\n" % ", ".join("%s 1" % o for o in SEATS))
    w("# Generated by rules/facts/record/us-executive.py; do not edit (change the script's\n")
    w("# DROP / FIX / CLOSE / HAND tables and run it again).\n")
    w("# US cabinet and cabinet-level posts, 2000 to the period end: %d lines from html/holders21.csv\n"
      % (len(terms) - n_hand))
    w("# of the every-politician-scrapers/us-cabinet snapshot (%s, Wikidata P39, corrected where\n"
      % snap)
    w("# wrong), %d written by hand (terms after the snapshot and a few it lacks).\n" % n_hand)
    w("# Not here: president and vice-president (us-federal.tsv, complete); secretary-of-state terms\n")
    w("# that ended by %s (world-leaders.tsv has them; Blinken's term is in both).\n"
      % WORLD_LEADERS_END)
    w("# Period end %s: the last day every office is sure (see the LICENSE file). Known later:\n"
      % PERIOD_END)
    w("# Noem out in March 2026 (Markwayne Mullin, confirmed 2026-03-23), Bondi fired in April 2026\n")
    w("# (Todd Blanche acting), Chavez-DeRemer's departure announced 2026-04-20 (Keith Sonderling\n")
    w("# acting); later terms are not written.\n")
    w("# Acting holders are listed only where the project is sure of them; short caretakers are left\n")
    w("# out (a day without a holder is silence). Holders of one office may overlap by a few days.\n")
    w("# Seats withheld (one holder each, but the title is used in other countries, and a title\n")
    w("# without a country is read as the record's only jurisdiction for the office):\n")
    for i in range(0, len(SEATS_WITHHELD), 4):
        w("#   %s%s\n" % (", ".join(SEATS_WITHHELD[i:i + 4]),
                         "," if i + 4 < len(SEATS_WITHHELD) else "."))
    w("# Date precision: %d day, %d month, %d year (of %d dates). party is empty.\n"
      % (n_day, n_month, n_year, len(dates)))
    w("person\tname\taliases\toffice\tjurisdiction\tfrom\tto\tparty\n")
    for x in terms:
        w("\t".join([x["person"], x["name"], x["aliases"], x["office"], "US", x["from"],
                     x["to"], ""]) + "\n")
    for o in overlaps:
        print("overlap: %s: %s to %s / %s from %s" % o, file=sys.stderr)
    print("lines=%d hand=%d snapshot=%s %s" % (len(terms), n_hand, sha[:12], snap),
          file=sys.stderr)


if __name__ == "__main__":
    main()
