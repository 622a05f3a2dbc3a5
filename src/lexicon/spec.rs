//! The file format of lexicon files, and its compilation into a [`Lexicon`].

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::{
    Action, ActionForm, CountedClass, DataFile, HedgeEntry, Jurisdiction, Lexicon, Office, Person,
    Place, Topic, VagueEntry, spanned,
};
use crate::claim::{Hedge, Qualifier};
use crate::problem::{Problem, from_toml_error};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    segmentation: Option<SegmentationSpec>,
    #[serde(default)]
    calendar: Option<CalendarSpec>,
    #[serde(default)]
    names: Option<NamesSpec>,
    #[serde(default)]
    markers: Option<MarkersSpec>,
    #[serde(default)]
    time: Option<TimeSpec>,
    #[serde(default)]
    unit: Vec<UnitSpec>,
    #[serde(default)]
    metric: Vec<MetricSpec>,
    #[serde(default)]
    anaphora: Option<AnaphoraSpec>,
    #[serde(default)]
    scale: Option<ScaleSpec>,
    #[serde(default)]
    readings: Option<ReadingsSpec>,
    #[serde(default)]
    rates: Option<RatesSpec>,
    #[serde(default)]
    estimates: Option<EstimatesSpec>,
    #[serde(default)]
    change: Option<ChangeSpec>,
    #[serde(default)]
    attribution: Option<AttributionSpec>,
    #[serde(default)]
    class: Vec<ClassSpec>,
    #[serde(default)]
    action: Vec<ActionSpec>,
    /// Nouns news uses for one counted thing, the first naming the set: an open count of
    /// any of them is a count of the first ("runs 389 shops", "operates 412 stores").
    #[serde(default, rename = "counted-synonyms")]
    counted_synonyms: Vec<Vec<Spanned<String>>>,
    /// Nouns of a whole that holds a count, singular: "Wendlow's fleet grew to 40 aircraft",
    /// "traffic at the airport reached 10.3 million passengers" count aircraft and passengers.
    #[serde(default, rename = "count-holders")]
    count_holders: Vec<String>,
    #[serde(default)]
    hedge: Vec<HedgeSpec>,
    #[serde(default)]
    vague: Vec<VagueSpec>,
    #[serde(default)]
    office: Vec<OfficeSpec>,
    #[serde(default)]
    qualifier: Vec<QualifierSpec>,
    #[serde(default)]
    jurisdiction: Vec<JurisdictionSpec>,
    #[serde(default)]
    person: Vec<PersonSpec>,
    #[serde(default)]
    place: Vec<PlaceSpec>,
    #[serde(default)]
    topic: Vec<TopicSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicSpec {
    id: Spanned<String>,
    /// An event that happens at one moment (an earthquake, a strike): reports that give it
    /// different days disagree.
    #[serde(default)]
    instant: bool,
    /// How explanations name it; the id when absent.
    label: Option<String>,
    forms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceSpec {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    forms: Vec<String>,
    within: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SegmentationSpec {
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    openers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NamesSpec {
    /// Words that name a nation, its people or a wide region: "Ukraine", "Russians".
    #[serde(default)]
    broad: Vec<String>,
    /// Words that, just before a name, say it names a person: "chair", "senator", "coach".
    #[serde(default, rename = "title-heads")]
    title_heads: Vec<String>,
    /// Words that join a title before its head word: "Majority Whip", "Assistant Secretary".
    #[serde(default, rename = "title-modifiers")]
    title_modifiers: Vec<String>,
    /// Words of an office's portfolio after "for" before a name: "Minister for Foreign
    /// Affairs", "Special Envoy for Climate".
    #[serde(default, rename = "portfolio-words")]
    portfolio_words: Vec<String>,
    /// Words that say the title before a name is a form of address, not an office: "Mr", "Dr".
    #[serde(default)]
    honorifics: Vec<String>,
    /// Title words that go with one name alone: "Pope Francis", "Patriarch Kirill".
    #[serde(default, rename = "single-name-titles")]
    single_name_titles: Vec<String>,
    /// Last words of titles that go with a surname alone: "Speaker Venn", "Governor Hochul".
    #[serde(default, rename = "surname-titles")]
    surname_titles: Vec<String>,
    /// Verbs of leaving an office: "resigned", "stepped down".
    #[serde(default, rename = "leaving-office")]
    leaving_office: Vec<String>,
    /// Short, gendered and other forms of title words, read as the form they stand for:
    /// `sen = "senator"`, `chairman = "chair"`, `"chief executive officer" = "chief executive"`.
    #[serde(default, rename = "title-synonyms")]
    title_synonyms: BTreeMap<String, String>,
    /// The states of a federation as party-state tags write them: "(D-CA)", "(R-Ky.)".
    #[serde(default)]
    subdivision: Vec<SubdivisionSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SubdivisionSpec {
    /// "US-CA".
    id: String,
    name: String,
    /// The codes written after a party letter: "CA", "Calif.".
    codes: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarSpec {
    /// Twelve lists of forms, January first.
    #[serde(default)]
    months: Vec<Vec<String>>,
    /// Seven lists of forms, Monday first.
    #[serde(default)]
    weekdays: Vec<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitSpec {
    id: String,
    /// Words after the number: "kilometres", "miles per hour".
    #[serde(default)]
    forms: Vec<String>,
    /// What the unit measures: "length", "money", "temperature"… Units of one dimension
    /// are compared with each other.
    #[serde(default)]
    dimension: Option<String>,
    /// The unit's size in its dimension's base unit (a mile: 1609.344 metres); absent where the
    /// dimension's units do not convert (currencies).
    #[serde(default)]
    factor: Option<f64>,
    /// Added after the factor (Fahrenheit to Celsius: factor 0.5556, offset -17.7778).
    #[serde(default)]
    offset: Option<f64>,
    /// Forms written before the number: "$", "US$", "USD".
    #[serde(default)]
    before: Vec<String>,
    /// Forms written in one word with the digits: "km" in "1,500km"; a form also listed in
    /// `before` may be glued before them ("RM12.40").
    #[serde(default)]
    glued: Vec<String>,
}

/// One metric of amounts ("revenue") and the words news names it by ("sales", "turnover"):
/// amounts named by any of them are compared with each other.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetricSpec {
    id: String,
    forms: Vec<String>,
    /// A rate news gives as a percentage held by no one named: turnout, inflation.
    #[serde(default)]
    rate: bool,
    /// A percentage someone sets or holds, raised, cut or held to a level: a tariff, a stake.
    #[serde(default)]
    set: bool,
    /// The metrics whose rise over a year this rate is ("consumer price" for inflation).
    #[serde(default, rename = "annual-rise-of")]
    annual_rise_of: Vec<String>,
    /// The wholes a share of which that did one of `share_verbs` is this rate ("registered
    /// voters" and "voted" for turnout).
    #[serde(default, rename = "share-of")]
    share_of: Vec<String>,
    #[serde(default, rename = "share-verbs")]
    share_verbs: Vec<String>,
    /// Verbs whose amount is this metric ("fined" for fine).
    #[serde(default)]
    verbs: Vec<String>,
}

/// Words that give a rate a scope of its own: a group, a place, a variant, another time.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RatesSpec {
    scope: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnaphoraSpec {
    #[serde(default)]
    forms: Vec<String>,
}

/// Words that make a number a reading on a scale, never a count: before it ("magnitude",
/// "category") or after it ("magnitude", "on the Richter scale"), with or without a hyphen.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScaleSpec {
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
}

/// The words around a physical reading that tell what it is (`parse::metrics`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ReadingsSpec {
    #[serde(default)]
    local: Vec<String>,
    #[serde(default)]
    some: Vec<String>,
    #[serde(default)]
    old_record: Vec<String>,
    #[serde(default)]
    usual: Vec<String>,
    #[serde(default)]
    distance: Vec<String>,
    #[serde(default)]
    rank: Vec<String>,
    #[serde(default)]
    aspect: Vec<String>,
    #[serde(default)]
    gust_nouns: Vec<String>,
    #[serde(default)]
    gust_verbs: Vec<String>,
    #[serde(default)]
    forecast: Vec<String>,
    #[serde(default)]
    generic: Vec<String>,
    #[serde(default)]
    not_after_unit: Vec<String>,
    #[serde(default)]
    extent: Vec<String>,
}

/// The words that make an amount others' estimate, and those that hold a result against one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EstimatesSpec {
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    compare: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeSpec {
    #[serde(default)]
    up: Vec<String>,
    #[serde(default)]
    down: Vec<String>,
    #[serde(default)]
    level: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttributionSpec {
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    prefixes: Vec<String>,
    #[serde(default)]
    generic: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeSpec {
    #[serde(default)]
    subjects: Vec<String>,
    #[serde(default, rename = "start-cues")]
    start_cues: Vec<String>,
    /// Verbs that tell an event happened: a date beside them is the event's ("the quake struck
    /// on Tuesday").
    #[serde(default, rename = "event-verbs")]
    event_verbs: Vec<String>,
    /// Verbs before a duration that make it how long the event lasted ("took", "lasting").
    #[serde(default, rename = "lasting-verbs")]
    lasting_verbs: Vec<String>,
    /// Nouns of events a duration may modify ("a four-minute operation").
    #[serde(default, rename = "event-nouns")]
    event_nouns: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkersSpec {
    #[serde(default)]
    cumulative: Vec<String>,
    #[serde(default)]
    additional: Vec<String>,
    #[serde(default)]
    subset: Vec<String>,
    #[serde(default)]
    occasion: Vec<String>,
    #[serde(default)]
    correction: Vec<String>,
    #[serde(default, rename = "cumulative-before")]
    cumulative_before: Vec<String>,
    #[serde(default)]
    breakdown: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassSpec {
    id: Spanned<String>,
    unit: String,
    label: Option<String>,
    nouns: Vec<String>,
    #[serde(default)]
    actions: Vec<Spanned<String>>,
    /// Actions whose forms mean another action for this class: `{ intercepted = "destroyed" }`
    /// reads "destroyed" (a form of intercepted, for drones) as destroyed for homes.
    #[serde(default)]
    reads: BTreeMap<String, String>,
    /// Actions whose figures of this class count another class: `{ cut = "jobs" }` makes
    /// "1,200 workers were laid off" a count of jobs cut.
    #[serde(default, rename = "counts-as")]
    counts_as: BTreeMap<String, Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionSpec {
    id: Spanned<String>,
    label: Option<String>,
    whole: Option<Spanned<String>>,
    #[serde(default, rename = "actor-owns")]
    actor_owns: bool,
    #[serde(default)]
    rolling: bool,
    /// A rolling count that falls as well as rises ("missing"): a later lower figure is an
    /// update too.
    #[serde(default)]
    falls: bool,
    /// Counts of one day ("310 flights cancelled on Monday"): figures dated to different days
    /// are two counts.
    #[serde(default)]
    daily: bool,
    /// Figures of this action are compared only among figures of the same noun: "175
    /// passengers on board" and "181 people on board" are two measures.
    #[serde(default, rename = "per-noun")]
    per_noun: bool,
    /// Figures of this action with a noun no class lists count the action's victims class
    /// whatever the noun: "2 million New Yorkers cast ballots" counts people who voted.
    #[serde(default, rename = "any-noun")]
    any_noun: bool,
    /// The class a bare figure with this action counts: "that killed 35" counts people.
    victims: Option<Spanned<String>>,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    nominal: Vec<String>,
    #[serde(default)]
    implied: Vec<ImpliedSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImpliedSpec {
    class: Spanned<String>,
    forms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HedgeSpec {
    kind: Spanned<String>,
    forms: Vec<String>,
    #[serde(default)]
    after: bool,
    below: Option<f64>,
    above: Option<f64>,
    inclusive: Option<[bool; 2]>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VagueSpec {
    forms: Vec<String>,
    low: f64,
    high: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficeSpec {
    id: String,
    forms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QualifierSpec {
    id: Spanned<String>,
    forms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JurisdictionSpec {
    id: String,
    name: String,
    forms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonSpec {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Files parsed, kept with their origin so that cross-file references can be located.
struct Parsed<'f> {
    file: &'f DataFile,
    spec: LexiconFile,
}

pub(super) fn compile(files: &[DataFile]) -> (Lexicon, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut parsed = Vec::new();
    for file in files {
        match toml::from_str::<LexiconFile>(&file.text) {
            Ok(spec) => parsed.push(Parsed { file, spec }),
            Err(error) => problems.push(
                from_toml_error(&file.path, &file.text, &error, 0)
                    .with_help("see docs/rule-format.md for the lexicon file format"),
            ),
        }
    }

    let mut lexicon = Lexicon {
        jurisdiction_forms: super::PhraseTable::case_sensitive(),
        // "USD", "A$" and "RM" in capitals: "a $5 note" is in US dollars.
        unit_before: super::PhraseTable::case_sensitive(),
        person_names: super::PhraseTable::case_sensitive(),
        ..Lexicon::default()
    };

    // Classes and actions first, since other entries refer to them by id.
    for p in &parsed {
        for class in &p.spec.class {
            if lexicon.class_index(class.id.get_ref()).is_some() {
                problems.push(duplicate(p.file, &class.id, "class"));
                continue;
            }
            lexicon.classes.push(CountedClass {
                id: class.id.get_ref().clone(),
                unit: class.unit.clone(),
                label: class
                    .label
                    .clone()
                    .unwrap_or_else(|| class.id.get_ref().clone()),
                actions: class.actions.iter().map(|a| a.get_ref().clone()).collect(),
                reads: class
                    .reads
                    .iter()
                    .map(|(from, to)| (from.clone(), to.clone()))
                    .collect(),
                counts_as: class
                    .counts_as
                    .iter()
                    .map(|(action, other)| (action.clone(), other.get_ref().clone()))
                    .collect(),
            });
        }
        for action in &p.spec.action {
            if lexicon.action_index(action.id.get_ref()).is_some() {
                problems.push(duplicate(p.file, &action.id, "action"));
                continue;
            }
            lexicon.actions.push(Action {
                id: action.id.get_ref().clone(),
                label: action
                    .label
                    .clone()
                    .unwrap_or_else(|| action.id.get_ref().clone()),
                whole: action.whole.as_ref().map(|w| w.get_ref().clone()),
                actor_owns: action.actor_owns,
                rolling: action.rolling,
                falls: action.falls,
                daily: action.daily,
                per_noun: action.per_noun,
                any_noun: action.any_noun,
                victims: None,
            });
        }
    }

    for p in &parsed {
        compile_file(p, &mut lexicon, &mut problems);
    }

    // A place lies within a place the lexicon knows.
    let place_ids: Vec<String> = lexicon.places.iter().map(|p| p.id.clone()).collect();
    for p in &parsed {
        for place in &p.spec.place {
            if let Some(within) = &place.within
                && !place_ids.contains(within.get_ref())
            {
                problems.push(unknown(p.file, within, "place", &place_ids));
            }
        }
    }

    // A class counted as another counts an action the other lists.
    let class_ids: Vec<String> = lexicon.classes.iter().map(|c| c.id.clone()).collect();
    for p in &parsed {
        for class in &p.spec.class {
            for (action, other) in &class.counts_as {
                // The other class lists the action, or reads it as one it lists.
                let lists = lexicon.class_index(other.get_ref()).is_some_and(|o| {
                    let reads = lexicon.classes[o]
                        .reads
                        .iter()
                        .find(|(from, _)| from == action)
                        .map_or(action, |(_, to)| to);
                    lexicon.classes[o].actions.contains(reads)
                });
                if !lists {
                    problems.push(
                        spanned(
                            &p.file.text,
                            &p.file.path,
                            other.span(),
                            format!(
                                "`counts-as` names class `{}`, which neither lists nor reads action `{action}`",
                                other.get_ref()
                            ),
                        )
                        .with_help(format!(
                            "name a class whose `actions` include `{action}`; classes: {}",
                            class_ids.join(", ")
                        )),
                    );
                }
            }
        }
    }

    for (ci, class) in lexicon.classes.iter().enumerate() {
        for (ai, action) in lexicon.actions.iter().enumerate() {
            if class.actions.contains(&action.id) {
                lexicon
                    .measures
                    .insert(format!("{}.{}", class.id, action.id), (ci, ai));
            }
        }
    }
    (lexicon, problems)
}

fn compile_file(p: &Parsed<'_>, lexicon: &mut Lexicon, problems: &mut Vec<Problem>) {
    let spec = &p.spec;
    let action_ids: Vec<String> = lexicon.actions.iter().map(|a| a.id.clone()).collect();
    let class_ids: Vec<String> = lexicon.classes.iter().map(|c| c.id.clone()).collect();

    if let Some(segmentation) = &spec.segmentation {
        lexicon
            .abbreviations
            .extend(segmentation.abbreviations.iter().cloned());
        lexicon
            .sentence_openers
            .extend(segmentation.openers.iter().cloned());
    }
    if let Some(names) = &spec.names {
        lexicon
            .broad_names
            .extend(names.broad.iter().map(|w| w.to_lowercase()));
        lexicon
            .title_heads
            .extend(names.title_heads.iter().map(|w| w.to_lowercase()));
        lexicon
            .title_modifiers
            .extend(names.title_modifiers.iter().map(|w| w.to_lowercase()));
        lexicon
            .portfolio_words
            .extend(names.portfolio_words.iter().map(|w| w.to_lowercase()));
        lexicon
            .honorifics
            .extend(names.honorifics.iter().map(|w| w.to_lowercase()));
        lexicon
            .single_name_titles
            .extend(names.single_name_titles.iter().map(|w| w.to_lowercase()));
        lexicon
            .surname_titles
            .extend(names.surname_titles.iter().map(|w| w.to_lowercase()));
        for form in &names.leaving_office {
            lexicon.leaving_office.insert(form, ());
        }
        lexicon.title_synonyms.extend(
            names
                .title_synonyms
                .iter()
                .map(|(k, v)| (k.to_lowercase(), v.to_lowercase())),
        );
        for sub in &names.subdivision {
            for code in &sub.codes {
                lexicon
                    .subdivisions
                    .insert(code.replace('.', ""), (sub.id.clone(), sub.name.clone()));
            }
        }
    }
    if let Some(calendar) = &spec.calendar {
        if !calendar.months.is_empty() && calendar.months.len() != 12 {
            problems.push(Problem::new(
                &p.file.path,
                format!(
                    "`months` lists {} months; it needs twelve lists of forms, January first",
                    calendar.months.len()
                ),
            ));
        }
        if !calendar.weekdays.is_empty() && calendar.weekdays.len() != 7 {
            problems.push(Problem::new(
                &p.file.path,
                format!(
                    "`weekdays` lists {} days; it needs seven lists of forms, Monday first",
                    calendar.weekdays.len()
                ),
            ));
        }
        for (index, forms) in calendar.months.iter().enumerate().take(12) {
            for form in forms {
                lexicon.months.insert(form, index as i8 + 1);
            }
        }
        for (index, forms) in calendar.weekdays.iter().enumerate().take(7) {
            for form in forms {
                lexicon.weekdays.insert(form, index as i8);
            }
        }
    }
    for unit in &spec.unit {
        for form in &unit.forms {
            lexicon.unit_forms.insert(form, unit.id.clone());
        }
        for form in &unit.before {
            lexicon.unit_before.insert(form, unit.id.clone());
        }
        for form in &unit.glued {
            lexicon.unit_glued.insert(form.clone(), unit.id.clone());
        }
        if let Some(dimension) = &unit.dimension {
            lexicon.units.insert(
                unit.id.clone(),
                super::UnitInfo {
                    dimension: dimension.clone(),
                    factor: unit.factor,
                    offset: unit.offset.unwrap_or(0.0),
                },
            );
        }
    }
    for metric in &spec.metric {
        if metric.rate {
            lexicon.rate_metrics.insert(metric.id.clone());
        }
        if metric.set {
            lexicon.set_metrics.insert(metric.id.clone());
        }
        for verb in &metric.verbs {
            lexicon
                .metric_verbs
                .insert(verb.to_lowercase(), metric.id.clone());
        }
        for whole in &metric.share_of {
            for verb in &metric.share_verbs {
                lexicon
                    .rate_shares
                    .insert(&format!("{whole} {verb}"), metric.id.clone());
            }
        }
        for of in &metric.annual_rise_of {
            lexicon
                .annual_rises
                .insert(of.to_lowercase().replace(' ', "-"), metric.id.clone());
        }
        for form in &metric.forms {
            lexicon
                .metric_forms
                .insert(form.to_lowercase(), metric.id.clone());
        }
    }
    if let Some(anaphora) = &spec.anaphora {
        for form in &anaphora.forms {
            lexicon.anaphora_forms.insert(form, ());
        }
    }
    if let Some(rates) = &spec.rates {
        lexicon
            .rate_scope
            .extend(rates.scope.iter().map(|w| w.to_lowercase()));
    }
    if let Some(readings) = &spec.readings {
        let words = &mut lexicon.readings;
        let lower = |list: &Vec<String>| list.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>();
        words.local.extend(lower(&readings.local));
        words.some.extend(lower(&readings.some));
        words.old_record.extend(lower(&readings.old_record));
        words.usual.extend(lower(&readings.usual));
        words.distance.extend(lower(&readings.distance));
        words.rank.extend(lower(&readings.rank));
        words.aspect.extend(lower(&readings.aspect));
        words.gust_nouns.extend(lower(&readings.gust_nouns));
        words.gust_verbs.extend(lower(&readings.gust_verbs));
        words.forecast.extend(lower(&readings.forecast));
        words.generic.extend(lower(&readings.generic));
        words.not_after_unit.extend(lower(&readings.not_after_unit));
        words.extent.extend(lower(&readings.extent));
    }
    if let Some(estimates) = &spec.estimates {
        for form in &estimates.forms {
            lexicon.estimate_forms.insert(form, ());
        }
        lexicon
            .estimate_compare
            .extend(estimates.compare.iter().map(|w| w.to_lowercase()));
    }
    if let Some(scale) = &spec.scale {
        for form in &scale.before {
            lexicon.scale_before.insert(form, ());
        }
        for form in &scale.after {
            lexicon.scale_after.insert(form, ());
        }
    }
    if let Some(change) = &spec.change {
        for form in &change.up {
            lexicon.change_forms.insert(form, crate::claim::Change::Up);
        }
        for form in &change.down {
            lexicon
                .change_forms
                .insert(form, crate::claim::Change::Down);
        }
        for form in &change.level {
            lexicon.level_verbs.insert(form, ());
        }
    }
    if let Some(attribution) = &spec.attribution {
        for form in &attribution.verbs {
            lexicon.attribution_verbs.insert(form, ());
        }
        for form in &attribution.prefixes {
            lexicon.attribution_prefixes.insert(form, ());
        }
        for word in &attribution.generic {
            lexicon.generic_sources.push(word.to_lowercase());
        }
    }
    if let Some(time) = &spec.time {
        for subject in &time.subjects {
            lexicon.time_subjects.insert(subject, ());
        }
        for cue in &time.start_cues {
            lexicon.start_cues.insert(cue, ());
        }
        for verb in &time.event_verbs {
            lexicon.event_verbs.insert(verb, ());
        }
        for verb in &time.lasting_verbs {
            lexicon.lasting_verbs.insert(verb, ());
        }
        lexicon
            .event_nouns
            .extend(time.event_nouns.iter().map(|n| n.to_lowercase()));
    }
    if let Some(markers) = &spec.markers {
        for m in &markers.cumulative {
            lexicon.cumulative_markers.insert(m, ());
        }
        for m in &markers.additional {
            lexicon.additional_markers.insert(m, ());
        }
        for m in &markers.subset {
            lexicon.subset_markers.insert(m, ());
        }
        for m in &markers.occasion {
            lexicon.occasion_markers.insert(m, ());
        }
        for m in &markers.correction {
            lexicon.correction_markers.insert(m, ());
        }
        for m in &markers.cumulative_before {
            lexicon.cumulative_before_markers.insert(m, ());
        }
        for m in &markers.breakdown {
            lexicon.breakdown_markers.insert(m, ());
        }
    }

    for class in &spec.class {
        let Some(index) = lexicon.class_index(class.id.get_ref()) else {
            continue;
        };
        for action in &class.actions {
            if !action_ids.contains(action.get_ref()) {
                problems.push(unknown(p.file, action, "action", &action_ids));
            }
        }
        for noun in &class.nouns {
            lexicon.class_nouns.insert(noun, index);
        }
    }

    lexicon
        .count_holders
        .extend(spec.count_holders.iter().map(|w| w.to_lowercase()));
    for set in &spec.counted_synonyms {
        let Some(first) = set.first() else { continue };
        for noun in set {
            let key = noun.get_ref().to_lowercase();
            // A noun in two sets would name two things: the first set keeps it.
            if lexicon.counted_synonyms.contains_key(&key) {
                problems.push(duplicate(p.file, noun, "counted synonym"));
                continue;
            }
            lexicon
                .counted_synonyms
                .insert(key, first.get_ref().to_lowercase());
        }
    }

    for action in &spec.action {
        let Some(index) = lexicon.action_index(action.id.get_ref()) else {
            continue;
        };
        if let Some(whole) = &action.whole
            && !action_ids.contains(whole.get_ref())
        {
            problems.push(unknown(p.file, whole, "action", &action_ids));
        }
        if let Some(victims) = &action.victims {
            match lexicon.class_index(victims.get_ref()) {
                Some(class) => lexicon.actions[index].victims = Some(class),
                None => problems.push(unknown(p.file, victims, "class", &class_ids)),
            }
        }
        for form in &action.forms {
            lexicon.action_forms.insert(
                form,
                ActionForm {
                    action: index,
                    implied_class: None,
                    nominal: false,
                },
            );
        }
        for form in &action.nominal {
            lexicon.action_forms.insert(
                form,
                ActionForm {
                    action: index,
                    implied_class: None,
                    nominal: true,
                },
            );
        }
        for implied in &action.implied {
            let Some(class) = lexicon.class_index(implied.class.get_ref()) else {
                problems.push(unknown(p.file, &implied.class, "class", &class_ids));
                continue;
            };
            for form in &implied.forms {
                lexicon.action_forms.insert(
                    form,
                    ActionForm {
                        action: index,
                        implied_class: Some(class),
                        nominal: false,
                    },
                );
            }
        }
    }

    let mut after_hedges = Vec::new();
    for hedge in &spec.hedge {
        let Some(kind) = Hedge::parse(hedge.kind.get_ref()) else {
            problems.push(unknown_name(
                p.file,
                &hedge.kind,
                "hedge kind",
                Hedge::NAMES,
            ));
            continue;
        };
        let (default_inclusive, below, above) = match kind {
            Hedge::Approx => (
                [true, true],
                hedge.below.unwrap_or(0.1),
                hedge.above.unwrap_or(0.1),
            ),
            _ => ([true, true], 0.0, 0.0),
        };
        let index = lexicon.hedges.len();
        lexicon.hedges.push(HedgeEntry {
            kind,
            after: hedge.after,
            below,
            above,
            inclusive: hedge.inclusive.unwrap_or(default_inclusive),
        });
        for form in &hedge.forms {
            if hedge.after {
                after_hedges.push((form.as_str(), index));
            } else {
                lexicon.hedge_forms.insert(form, index);
            }
        }
    }
    // A form written on either side ("at most 100", "100 at most") is found before the number
    // as its before-entry: those are inserted first, and ties keep insertion order.
    for (form, index) in after_hedges {
        lexicon.hedge_forms.insert(form, index);
        lexicon.hedge_after_forms.insert(form, index);
    }

    for vague in &spec.vague {
        let index = lexicon.vague.len();
        lexicon.vague.push(VagueEntry {
            low: vague.low,
            high: vague.high,
        });
        for form in &vague.forms {
            lexicon.vague_forms.insert(form, index);
        }
    }

    for office in &spec.office {
        let index = lexicon.offices.len();
        lexicon.offices.push(Office {
            id: office.id.clone(),
        });
        for form in &office.forms {
            lexicon.office_forms.insert(form, index);
            if !form.ends_with('s') {
                lexicon
                    .office_plural_forms
                    .insert(&format!("{form}s"), index);
            }
        }
    }

    for qualifier in &spec.qualifier {
        let Some(q) = Qualifier::parse(qualifier.id.get_ref()) else {
            problems.push(unknown_name(
                p.file,
                &qualifier.id,
                "qualifier",
                Qualifier::NAMES,
            ));
            continue;
        };
        for form in &qualifier.forms {
            lexicon.qualifier_forms.insert(form, q);
        }
    }

    for place in &spec.place {
        let index = lexicon.places.len();
        lexicon.places.push(Place {
            id: place.id.get_ref().clone(),
            name: place.name.clone(),
            within: place.within.as_ref().map(|w| w.get_ref().clone()),
        });
        lexicon.place_forms.insert(&place.name, index);
        for form in &place.forms {
            lexicon.place_forms.insert(form, index);
        }
    }

    for topic in &spec.topic {
        if lexicon.topics.iter().any(|t| t.id == *topic.id.get_ref()) {
            problems.push(duplicate(p.file, &topic.id, "topic"));
            continue;
        }
        let index = lexicon.topics.len();
        lexicon.topics.push(Topic {
            id: topic.id.get_ref().clone(),
            label: topic
                .label
                .clone()
                .unwrap_or_else(|| topic.id.get_ref().clone()),
            instant: topic.instant,
        });
        for form in &topic.forms {
            lexicon.topic_forms.insert(form, index);
        }
    }

    for jurisdiction in &spec.jurisdiction {
        let index = lexicon.jurisdictions.len();
        lexicon.jurisdictions.push(Jurisdiction {
            id: jurisdiction.id.clone(),
            name: jurisdiction.name.clone(),
        });
        for form in &jurisdiction.forms {
            lexicon.jurisdiction_forms.insert(form, index);
        }
    }

    for person in &spec.person {
        if lexicon.person_ids.contains_key(person.id.get_ref()) {
            problems.push(duplicate(p.file, &person.id, "person"));
            continue;
        }
        let index = lexicon.people.len();
        lexicon
            .person_ids
            .insert(person.id.get_ref().clone(), index);
        lexicon.people.push(Person {
            id: person.id.get_ref().clone(),
            name: person.name.clone(),
            surnames: std::iter::once(&person.name)
                .chain(&person.aliases)
                .filter_map(|form| form.split_whitespace().next_back())
                .map(str::to_string)
                .collect(),
        });
        lexicon.person_names.insert(&person.name, index);
        for alias in &person.aliases {
            lexicon.person_names.insert(alias, index);
        }
    }
}

fn duplicate(file: &DataFile, id: &Spanned<String>, what: &str) -> Problem {
    spanned(
        &file.text,
        &file.path,
        id.span(),
        format!("{what} `{}` is defined twice", id.get_ref()),
    )
    .with_help(format!(
        "give each {what} one entry; rename or remove this one"
    ))
}

fn unknown(file: &DataFile, id: &Spanned<String>, what: &str, known: &[String]) -> Problem {
    spanned(
        &file.text,
        &file.path,
        id.span(),
        format!("unknown {what} `{}`", id.get_ref()),
    )
    .with_help(format!("known {what}s: {}", known.join(", ")))
}

fn unknown_name(file: &DataFile, id: &Spanned<String>, what: &str, known: &[&str]) -> Problem {
    spanned(
        &file.text,
        &file.path,
        id.span(),
        format!("unknown {what} `{}`", id.get_ref()),
    )
    .with_help(format!("valid {what}s: {}", known.join(", ")))
}
