//! The price of a company bought: "Harlow Group agreed to buy Strell Industries for $3
//! billion", "acquire packaging maker Strell in a $3 billion all-cash deal", "Harlow's $3
//! billion takeover of Strell", "the sale values Strell at $4.2bn". Each is
//! `deal-value.dollar.of-strell-industries`, the company bought, compared between reports in
//! its currency; whichever verb or noun tells the deal, and whether the deal is agreed or still
//! to close, it is one price.
//!
//! Not an offer or a bid (raised, rejected and sweetened as talks go on), nor a price talked
//! of ("could", "considering", "in talks"), nor a price with debt (enterprise and equity values
//! differ), nor a deal of another year ("bought Strell for $1bn in 2019"), nor one told in an
//! aside ("Strell, which Harlow bought for…"), nor a thing bought that is no name ("buy 30
//! aircraft for $3 billion", "a 25% stake in Strell").

use crate::text::Token;

/// Verbs whose object is the company bought: "acquire", "bought", "take over".
const BUYING_VERBS: &[&str] = &[
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "buy",
    "buys",
    "bought",
    "buying",
    "purchase",
    "purchases",
    "purchased",
    "purchasing",
    "sell",
    "sells",
    "sold",
    "selling",
];

/// Nouns of a deal an amount before them prices: "a $3 billion deal", "its $3 billion
/// takeover of Strell".
const DEAL_NOUNS: &[&str] = &[
    "deal",
    "takeover",
    "acquisition",
    "purchase",
    "buyout",
    "transaction",
    "merger",
    "sale",
];

/// Words that make the amount an offer, a price talked of, or a price of something else.
const NOT_THE_PRICE: &[&str] = &[
    "offer",
    "offered",
    "offers",
    "offering",
    "bid",
    "bids",
    "bidding",
    "proposal",
    "proposed",
    "sweetened",
    "rejected",
    "could",
    "would",
    "might",
    "may",
    "considering",
    "talks",
    "mulling",
    "weighing",
    "exploring",
    "debt",
    "share",
    "stake",
    "rumoured",
    "rumored",
    "reportedly",
    "if",
    // Talked of, failed or of another time: "nearing a deal", "before that deal collapsed",
    // "five years ago", "plans to buy".
    "nearing",
    "said",
    "collapsed",
    "failed",
    "abandoned",
    "scrapped",
    "walked",
    "ago",
    "earlier",
    "previously",
    "last",
    "plans",
    "planned",
    "hopes",
    "expected",
    "expects",
    "potential",
    "possible",
    // A valuation of another kind: "in its last funding round", "the IPO valued", "the stock
    // market values".
    "funding",
    "round",
    "ipo",
    "listing",
    "market",
    "investors",
];

/// The key of a deal's price in `unit`, for the amount over tokens `first..end`.
pub(super) fn deal_value(
    toks: &[Token<'_>],
    first: usize,
    end: usize,
    unit: &str,
) -> Option<String> {
    let (start, stop) = clause(toks, first, end);
    let clause_words = &toks[start..stop];
    // "for $4.5 billion, including debt": the words right after the amount, past a comma.
    let debt_after = toks[end..(end + 6).min(toks.len())]
        .iter()
        .any(|t| t.lower == "debt");
    if debt_after
        || clause_words
            .iter()
            .any(|t| NOT_THE_PRICE.contains(&t.lower.as_ref()) || is_year(t))
        || toks[start.saturating_sub(1)..start]
            .iter()
            .any(|t| t.text == ",")
            && toks
                .get(start)
                .is_some_and(|t| matches!(t.lower.as_ref(), "which" | "who" | "that"))
    {
        return None;
    }
    let target = bought_after_noun(toks, end, stop)
        .or_else(|| valued(toks, start, first))
        .or_else(|| paid_for(toks, start, first, end, stop))
        .or_else(|| bought_by_verb(toks, start, first, end, stop))?;
    Some(format!(
        "deal-value.{unit}.of-{}",
        crate::parse::slug(&company(&target))
    ))
}

/// Words of a company's legal form or kind, which reports drop as often as they write them:
/// "Strell Industries" is Strell.
const COMPANY_FORMS: &[&str] = &[
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "ltd",
    "ltd.",
    "limited",
    "plc",
    "group",
    "holdings",
    "holding",
    "industries",
    "co",
    "co.",
    "company",
    "sa",
    "ag",
    "nv",
    "llc",
    "se",
    "bv",
    "gmbh",
    "spa",
];

/// A company's name without the words of its legal form: "Strell Industries Inc" is Strell.
fn company(name: &str) -> String {
    let mut words: Vec<&str> = name.split(' ').collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| COMPANY_FORMS.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    words.join(" ")
}

/// "Harlow will pay $3 billion for Strell", "paid $3 billion for packaging maker Strell".
fn paid_for(
    toks: &[Token<'_>],
    start: usize,
    first: usize,
    end: usize,
    stop: usize,
) -> Option<String> {
    let verb = first.checked_sub(1)?;
    if !matches!(
        toks[verb].lower.as_ref(),
        "pay" | "pays" | "paid" | "paying"
    ) || verb < start
    {
        return None;
    }
    if toks.get(end)?.lower != "for" {
        return None;
    }
    name_after(toks, end + 1, stop)
}

/// Tokens a deal's words are looked for either side of its amount, so that a sentence of
/// many amounts costs in proportion to its length.
const REACH: usize = 24;

/// The clause around the amount: from after the last clause break before it to the first
/// after it, at most `REACH` tokens either side.
fn clause(toks: &[Token<'_>], first: usize, end: usize) -> (usize, usize) {
    let breaks = |t: &Token<'_>| matches!(t.text, "," | ";" | ":" | "." | "—" | "–" | "(" | ")");
    let from = first.saturating_sub(REACH);
    let to = (end + REACH).min(toks.len());
    let start = (from..first)
        .rev()
        .find(|&k| breaks(&toks[k]))
        .map_or(from, |k| k + 1);
    let stop = (end..to).find(|&k| breaks(&toks[k])).unwrap_or(to);
    (start, stop)
}

fn is_year(t: &Token<'_>) -> bool {
    t.text.len() == 4
        && t.text.chars().all(|c| c.is_ascii_digit())
        && t.text
            .parse::<u32>()
            .is_ok_and(|y| (1900..2100).contains(&y))
}

/// "its $3 billion takeover of Strell", "the $3 billion acquisition of chipmaker Strell".
fn bought_after_noun(toks: &[Token<'_>], end: usize, stop: usize) -> Option<String> {
    let mut at = end;
    // Past words of the deal's kind: "all-cash", "cash-and-stock".
    while at < stop && at < end + 5 && !DEAL_NOUNS.contains(&toks[at].lower.as_ref()) {
        if !(toks[at].is_word() && !toks[at].is_capitalised() || toks[at].text == "-") {
            return None;
        }
        at += 1;
    }
    if !DEAL_NOUNS.contains(&toks.get(at)?.lower.as_ref()) || toks.get(at + 1)?.lower != "of" {
        return None;
    }
    name_after(toks, at + 2, stop)
}

/// "values Strell at $4.2bn", "valuing the target, Strell, at": the company valued.
fn valued(toks: &[Token<'_>], start: usize, first: usize) -> Option<String> {
    let at = first.checked_sub(1).filter(|&k| toks[k].lower == "at")?;
    let verb = (start..at).rev().find(|&k| {
        matches!(
            toks[k].lower.as_ref(),
            "values" | "valued" | "valuing" | "value"
        )
    })?;
    name_ending_at(toks, verb + 1, at)
}

/// "agreed to buy Strell Industries for $3 billion", "acquire packaging maker Strell in a $3
/// billion all-cash deal", "sold Strell to Harlow for $3 billion".
fn bought_by_verb(
    toks: &[Token<'_>],
    start: usize,
    first: usize,
    end: usize,
    stop: usize,
) -> Option<String> {
    let before = toks.get(first.checked_sub(1)?)?;
    // The amount is the price: "for $3 billion", "in a $3 billion deal", "in a deal worth
    // $3 billion", "in a deal valued at $3 billion".
    let price = match before.lower.as_ref() {
        "for" => true,
        "a" | "an" => {
            first >= 2
                && toks[first - 2].lower == "in"
                && (end..stop.min(end + 5)).any(|k| DEAL_NOUNS.contains(&toks[k].lower.as_ref()))
        }
        "worth" | "at" => {
            let deal = (start..first)
                .rev()
                .take(4)
                .find(|&k| DEAL_NOUNS.contains(&toks[k].lower.as_ref()));
            deal.is_some_and(|k| k >= 2 && toks[k - 1].lower == "a" && toks[k - 2].lower == "in")
        }
        _ => false,
    };
    if !price {
        return None;
    }
    let verb = (start..first)
        .rev()
        .find(|&k| BUYING_VERBS.contains(&toks[k].lower.as_ref()))?;
    // The name ends right before the price's words: "for", or "in" before "a … deal".
    let name_end = match before.lower.as_ref() {
        "for" => first - 1,
        "a" | "an" => first - 2,
        _ => (start..first)
            .rev()
            .find(|&k| DEAL_NOUNS.contains(&toks[k].lower.as_ref()))?
            .checked_sub(2)?,
    };
    // "sold Strell to Harlow for": the company sold, before its buyer.
    let selling = matches!(
        toks[verb].lower.as_ref(),
        "sell" | "sells" | "sold" | "selling"
    );
    if selling && let Some(to) = (verb + 1..name_end).find(|&k| toks[k].lower == "to") {
        return name_ending_at(toks, verb + 1, to);
    }
    name_ending_at(toks, verb + 1, name_end)
}

/// The company's name that ends just before token `end`, in an object that starts at `from`:
/// its last run of capitalised words, with only words that say what it is before it ("buy
/// British chipmaker Strell", "Premier League club Tarn Rovers", "New York-based Strell").
/// None when the object holds more than one thing or a thing of a name ("Orrin for $2
/// billion and Strell", "Strell and Orrin", "30 Airbus jets").
fn name_ending_at(toks: &[Token<'_>], from: usize, end: usize) -> Option<String> {
    if end <= from || end > toks.len() {
        return None;
    }
    let capital = |t: &Token<'_>| t.is_word() && t.is_capitalised();
    let mut start = end;
    while start > from && start + 5 > end && capital(&toks[start - 1]) {
        start -= 1;
    }
    if start == end || crate::lexicon::is_possessive(&toks[end - 1].lower) {
        return None;
    }
    let describes = toks[from..start].iter().enumerate().all(|(i, t)| {
        t.text == "-" && !t.space_before
            || t.is_word()
                && (i == 0 && t.lower == "the"
                    || !crate::parse::quantities::FUNCTION_WORDS.contains(&t.lower.as_ref())
                        && !crate::lexicon::is_possessive(&t.lower))
    });
    let words: Vec<&str> = toks[start..end].iter().map(|t| t.text).collect();
    describes.then(|| words.join(" "))
}

/// The company's name from `at`, past up to three lower-case words that say what it is
/// ("packaging maker Strell Industries", "rival Venn"): its capitalised words, at most five,
/// before `stop`.
fn name_after(toks: &[Token<'_>], at: usize, stop: usize) -> Option<String> {
    let mut begin = at;
    if toks.get(begin).is_some_and(|t| t.lower == "the") {
        begin += 1;
    }
    while begin < stop
        && begin < at + 4
        && toks[begin].is_word()
        && !toks[begin].is_capitalised()
        && !crate::parse::quantities::FUNCTION_WORDS.contains(&toks[begin].lower.as_ref())
    {
        begin += 1;
    }
    let words: Vec<&str> = toks[begin..stop.min(toks.len())]
        .iter()
        .take(5)
        .take_while(|t| t.is_word() && t.is_capitalised())
        .map(|t| crate::lexicon::strip_possessive(t.text))
        .collect();
    // A possessive owns what follows ("Strell's Lesk unit"): that part, not the company; a
    // noun after the name is a thing of it ("Strell assets", "Strell shares").
    let possessive = toks[begin..(begin + words.len())]
        .iter()
        .any(|t| crate::lexicon::is_possessive(&t.lower));
    let thing_of_it = toks.get(begin + words.len()).is_some_and(|t| {
        t.is_word()
            && !t.is_capitalised()
            && !crate::parse::quantities::FUNCTION_WORDS.contains(&t.lower.as_ref())
            && !matches!(t.lower.as_ref(), "from" | "to" | "in")
    });
    (!words.is_empty() && !possessive && !thing_of_it).then(|| words.join(" "))
}
