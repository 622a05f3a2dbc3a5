//! Writes the reports of an event from their plans, and registers what every figure, title,
//! name and duration means, with its byte span in the file.

use jiff::civil::{Date, Weekday};

use super::figures::{Hedge, Interval, Measure, Statement};
use super::numbers::{capitalise, digits, ordinal, words};
use super::plan::{
    self, Event, Fact, INVASION_START, Kind, Occasion, ReportPlan, SUDAN_WAR_START, Variant,
};
use super::rng::Rng;
use super::templates::{self, FigureRole, Form, Slot};
use super::world;
use super::{LookAlike, Quote};

/// A written report and the register of what it says.
pub struct Written {
    /// The report's position in the whole corpus, in the checker's walk order.
    pub seq: usize,
    pub path: String,
    pub text: String,
    pub published: Date,
    /// The hour and minute of publication, UTC.
    pub time: (u8, u8),
    pub figures: Vec<WrittenFigure>,
    pub roles: Vec<WrittenRole>,
    pub names: Vec<WrittenName>,
    pub durations: Vec<WrittenDuration>,
    pub look_alikes: Vec<LookAlike>,
    /// The words of each plant in this report, by plant index in the event.
    pub plant_words: Vec<(usize, Quote)>,
}

impl Written {
    pub fn quote(&self, start: usize, end: usize) -> Quote {
        Quote {
            path: self.path.clone(),
            start,
            end,
            text: self.text[start..end].to_string(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct WrittenFigure {
    pub start: usize,
    pub end: usize,
    pub measure: Measure,
    pub occasion: Occasion,
    pub role: FigureRole,
    pub interval: Interval,
    /// A nationality written in the noun phrase ("Ukrainian drones").
    pub owner: Option<&'static str>,
    pub plant: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct WrittenRole {
    pub start: usize,
    pub end: usize,
    /// The person's key in `world::PEOPLE`, or the invented official's full name.
    pub person: String,
    pub office: &'static str,
    /// The jurisdiction when the title names it.
    pub jurisdiction: Option<&'static str>,
    pub former: bool,
    pub plant: Option<usize>,
}

/// A known person's name as written, or an invented official's name in a title.
#[derive(Clone, Debug)]
pub struct WrittenName {
    pub start: usize,
    pub end: usize,
    pub person: String,
    pub written: String,
    pub plant: Option<usize>,
}

/// An ordinal year of a war ("now in its fourth year") or a cardinal one ("the three-year war").
#[derive(Clone, Debug)]
pub struct WrittenDuration {
    pub start: usize,
    pub end: usize,
    /// The start date written in the same sentence, when there is one.
    pub start_words: Option<(usize, usize)>,
    pub plant: Option<usize>,
}

/// What a report's spans were written to mean, for comparing with the checker's claims.
pub fn register(report: &Written) -> Vec<super::Registered> {
    let entry = |start: usize, end: usize, meaning: String| super::Registered {
        path: report.path.clone(),
        start,
        end,
        text: report.text[start..end].to_string(),
        meaning,
    };
    let mut entries = Vec::new();
    for f in &report.figures {
        let bound = |b: Option<f64>| b.map_or("∞".to_string(), |v| v.to_string());
        entries.push(entry(
            f.start,
            f.end,
            format!(
                "quantity {} {:?} {:?} [{}, {}] owner={:?}",
                f.measure.id(),
                f.role,
                f.occasion,
                bound(f.interval.low),
                bound(f.interval.high),
                f.owner
            ),
        ));
    }
    for r in &report.roles {
        entries.push(entry(
            r.start,
            r.end,
            format!(
                "role {} {} {:?} former={}",
                r.person, r.office, r.jurisdiction, r.former
            ),
        ));
    }
    for n in &report.names {
        entries.push(entry(
            n.start,
            n.end,
            format!("name {} {:?}", n.person, n.written),
        ));
    }
    for d in &report.durations {
        entries.push(entry(
            d.start,
            d.end,
            format!(
                "elapsed start={:?} planted={}",
                d.start_words,
                d.plant.is_some()
            ),
        ));
    }
    entries.sort_by_key(|e| e.start);
    entries
}

/// Writes every report of an event. `first_seq` is the corpus position of the first one.
pub fn compose_event(event: &Event, first_seq: usize, rng: &mut Rng) -> Vec<Written> {
    event
        .reports
        .iter()
        .enumerate()
        .map(|(i, plan)| Composer::new(event, plan, first_seq + i, rng).write())
        .collect()
}

struct Composer<'a> {
    event: &'a Event,
    plan: &'a ReportPlan,
    rng: &'a mut Rng,
    out: Written,
    /// The start of the sentence being written and the start date it gives, if any.
    sentence_start_date: Option<(usize, usize)>,
    /// Durations of the sentence being written, completed when it ends.
    pending_durations: Vec<WrittenDuration>,
    /// Facts whose look-alike has been registered in this report.
    described: Vec<Fact>,
}

impl<'a> Composer<'a> {
    fn new(event: &'a Event, plan: &'a ReportPlan, seq: usize, rng: &'a mut Rng) -> Composer<'a> {
        Composer {
            event,
            plan,
            rng,
            out: Written {
                seq,
                path: format!("{}/{}", event.folder, plan.file),
                text: String::new(),
                published: plan.published,
                time: plan.time,
                figures: Vec::new(),
                roles: Vec::new(),
                names: Vec::new(),
                durations: Vec::new(),
                look_alikes: Vec::new(),
                plant_words: Vec::new(),
            },
            sentence_start_date: None,
            pending_durations: Vec::new(),
            described: Vec::new(),
        }
    }

    fn write(mut self) -> Written {
        let (hour, minute) = self.plan.time;
        let title = self.headline();
        self.out.text.push_str(&format!(
            "+++\ntitle = \"{title}\"\noutlet = \"{}\"\npublished = {}T{hour:02}:{minute:02}:00Z\nevent = \"{}\"\n+++\n",
            self.plan.outlet, self.plan.published, self.event.id
        ));
        for (index, paragraph) in self.plan.paragraphs.iter().enumerate() {
            if index > 0 {
                self.out.text.push_str("\n\n");
            }
            for (n, template) in paragraph.iter().enumerate() {
                if n > 0 {
                    self.out.text.push(' ');
                }
                self.sentence(template);
            }
        }
        self.out.text.push('\n');
        self.out
    }

    fn headline(&mut self) -> String {
        let place = self.event.place.name;
        let options: &[&str] = match self.event.kind {
            Kind::AirAttack => &[
                "Russia pounds {} with drones and missiles overnight",
                "Overnight drone attack hits {}",
                "{} counts the cost of another night of Russian strikes",
                "Russian drones and missiles target {}",
            ],
            Kind::MissileStrike => &[
                "Missile strike on {} apartment block",
                "Russian missile hits residential building in {}",
                "Rescuers search rubble after strike on {}",
            ],
            Kind::Earthquake => &[
                "Strong earthquake strikes near {}",
                "Rescuers dig through rubble after quake near {}",
                "Death toll rises after earthquake near {}",
            ],
            Kind::Flood => &[
                "Floods sweep through {}",
                "Rescuers race to reach flood victims near {}",
                "Thousands evacuated as floods hit {}",
            ],
            Kind::Sudan => &[
                "Drone attack hits {}",
                "Paramilitary drones strike {}",
                "Civilians killed in drone attack on {}",
            ],
        };
        self.rng.pick(options).replace("{}", place)
    }

    /// Writes one template (usually a sentence or two) and completes the durations it wrote.
    fn sentence(&mut self, template: &'static str) {
        self.sentence_start_date = None;
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            self.out.text.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("a slot closes");
            self.slot(&rest[open + 1..close]);
            rest = &rest[close + 1..];
        }
        self.out.text.push_str(rest);
        for mut duration in std::mem::take(&mut self.pending_durations) {
            duration.start_words = self.sentence_start_date;
            self.out.durations.push(duration);
        }
    }

    fn push(&mut self, text: &str, capital: bool) -> (usize, usize) {
        let start = self.out.text.len();
        if capital {
            self.out.text.push_str(&capitalise(text));
        } else {
            self.out.text.push_str(text);
        }
        (start, self.out.text.len())
    }

    fn slot(&mut self, raw: &'static str) {
        let capital = raw.starts_with('^');
        let slot = templates::parse_slot(raw);
        match slot {
            Slot::Figure { fact, form, role } => self.figure(fact, None, form, role, capital),
            Slot::Second {
                measure,
                form,
                role,
            } => {
                let (statement, plant) = self.plan.second[&measure];
                self.figure(
                    Fact::main(measure),
                    Some((statement, plant)),
                    form,
                    role,
                    capital,
                );
            }
            Slot::Title(person) => self.title(person, capital),
            Slot::Former(person) => self.former(person, capital),
            Slot::Name(person) => {
                let name = self.spelling(person).to_string();
                self.name(person, &name, capital, None);
            }
            Slot::Surname(person) => {
                let p = world::person(person);
                let name = p.surnames[self.plan.spelling % p.surnames.len()].to_string();
                self.name(person, &name, capital, None);
            }
            Slot::Wrong => self.wrong_title(capital),
            Slot::Governor => {
                let (first, last) = self.plan.governor;
                let title = *self
                    .rng
                    .pick(&["regional governor", "Governor", "regional Governor"]);
                self.official(title, first, last, "governor", capital, None);
            }
            Slot::GovernorVariant => {
                let (first, last) = self.plan.governor;
                let Some((Variant::Governor { surname }, plant)) = self.plan.variant else {
                    panic!("a governor variant without its plant");
                };
                let canonical = format!("{first} {last}");
                let start = self.out.text.len();
                self.push(if capital { "Governor " } else { "governor " }, false);
                let (name_start, end) = self.push(&format!("{first} {surname}"), false);
                self.out.roles.push(WrittenRole {
                    start,
                    end,
                    person: canonical.clone(),
                    office: "governor",
                    jurisdiction: None,
                    former: false,
                    plant: Some(plant),
                });
                self.out.names.push(WrittenName {
                    start: name_start,
                    end,
                    person: canonical,
                    written: format!("{first} {surname}"),
                    plant: Some(plant),
                });
                let quote = self.out.quote(start, end);
                self.out.plant_words.push((plant, quote));
            }
            Slot::Mayor => {
                if self.event.place.name == "Kyiv"
                    && plan::current_term("klitschko", self.plan.published).is_some()
                {
                    self.title("klitschko", capital);
                } else {
                    let (first, last) = self.plan.mayor;
                    self.official("Mayor", first, last, "mayor", capital, None);
                }
            }
            Slot::WarYear {
                ordinal: true,
                sudan,
                start: false,
            } => self.war_year(sudan, capital),
            Slot::WarYear {
                ordinal: false,
                sudan,
                start: false,
            } => self.war_cardinal(sudan, capital),
            Slot::WarYear {
                start: true, sudan, ..
            } => {
                let text = if sudan { "April 2023" } else { "February 2022" };
                let span = self.push(text, capital);
                self.sentence_start_date = Some(span);
            }
            Slot::Text(name, argument) => {
                let text = self.text_slot(name, argument);
                let (start, end) = self.push(&text, capital);
                if matches!(name, "age" | "a_age") {
                    let quote = self.out.quote(start, end);
                    self.out.look_alikes.push(LookAlike {
                        kind: "age".into(),
                        why: "a person's age, not a count of anything".into(),
                        locations: vec![quote],
                    });
                }
            }
        }
    }

    fn figure(
        &mut self,
        fact: Fact,
        second: Option<(Statement, usize)>,
        form: Form,
        role: FigureRole,
        capital: bool,
    ) {
        let (statement, plant) = match second {
            Some((statement, plant)) => (statement, Some(plant)),
            None => {
                let statement = self.plan.statements[&fact];
                let plant = (fact.occasion == Occasion::Main)
                    .then(|| self.plan.planted.get(&fact.measure).copied())
                    .flatten();
                (statement, plant)
            }
        };
        // A bare number restates the figure exactly ("the death toll rose to 25"), and so does a
        // part or an increment ("a further 60"), where reporters rarely hedge; "dozens" needs
        // its noun.
        let restated = match form {
            Form::Bare => true,
            Form::Number => role != FigureRole::Total || statement.hedge == Hedge::Dozens,
            Form::Phrase => false,
        };
        let statement = if restated && !statement.is_exact() {
            Statement::exact(self.event.values[&fact], self.rng)
        } else {
            statement
        };
        let measure = fact.measure;
        let text = match form {
            Form::Phrase => {
                let noun = match fact.occasion {
                    Occasion::Enemy => "Ukrainian drones",
                    Occasion::Running if measure == Measure::Killed => "civilians",
                    _ => *self.rng.pick(measure.nouns()),
                };
                // Disasters have victims and residents, not civilians.
                let noun = if noun == "civilians"
                    && !matches!(
                        self.event.kind,
                        Kind::AirAttack | Kind::MissileStrike | Kind::Sudan
                    ) {
                    "people"
                } else {
                    noun
                };
                statement.phrase(noun, measure.singular())
            }
            Form::Number | Form::Bare => statement.number_text(),
        };
        // Style books spell out a number that opens a sentence, or rephrase; a sentence that
        // opens with digits also reads as part of the sentence before it.
        let (statement, text) = if capital && text.starts_with(|c: char| c.is_ascii_digit()) {
            match words(statement.number).filter(|_| statement.number < 100) {
                Some(_) => {
                    let spelled = Statement {
                        words: true,
                        ..statement
                    };
                    let text = match form {
                        Form::Phrase => spelled.phrase(
                            &text[text.find(' ').map_or(text.len(), |i| i + 1)..],
                            measure.singular(),
                        ),
                        Form::Number | Form::Bare => spelled.number_text(),
                    };
                    (spelled, text)
                }
                None => {
                    self.out.text.push_str("A total of ");
                    (statement, text)
                }
            }
        } else {
            (statement, text)
        };
        let capital = capital && !self.out.text.ends_with("A total of ");
        let (start, end) = self.push(&text, capital);
        let owner = (fact.occasion == Occasion::Enemy).then_some("UA");
        self.out.figures.push(WrittenFigure {
            start,
            end,
            measure,
            occasion: fact.occasion,
            role,
            interval: statement.interval(),
            owner,
            plant,
        });
        if let Some(plant) = plant {
            let quote = self.out.quote(start, end);
            self.out.plant_words.push((plant, quote));
            return;
        }
        self.describe_figure(fact, statement, role, start, end);
    }

    /// Registers the look-alike a consistent figure makes, once per fact and report.
    fn describe_figure(
        &mut self,
        fact: Fact,
        statement: Statement,
        role: FigureRole,
        start: usize,
        end: usize,
    ) {
        if self.described.contains(&fact) {
            return;
        }
        let value = self.event.values[&fact];
        let (kind, why) = match (fact.occasion, role) {
            (Occasion::Earlier, _) => (
                "earlier occasion",
                format!(
                    "an earlier attack or disaster in the same place, not this event ({})",
                    fact.measure.id()
                ),
            ),
            (Occasion::Separate, _) => (
                "separate occasion",
                format!(
                    "a separate attack elsewhere the same night ({})",
                    fact.measure.id()
                ),
            ),
            (Occasion::Running, _) => (
                "running total",
                format!("a running total, not this event's {}", fact.measure.id()),
            ),
            (Occasion::Enemy, _) => (
                "other side",
                "Ukrainian drones downed by Russia, not Russian drones downed by Ukraine"
                    .to_string(),
            ),
            (Occasion::Main, FigureRole::Part | FigureRole::Whole | FigureRole::Additional) => (
                "part of a whole",
                format!("a part ({}) that fits within its whole", fact.measure.id()),
            ),
            (Occasion::Main, _) if !statement.is_exact() => (
                "hedged figure",
                format!(
                    "the hedge allows the event's figure {value} ({})",
                    fact.measure.id()
                ),
            ),
            (Occasion::Main, _) if statement.words => (
                "figure in words",
                format!("{value} written in words ({})", fact.measure.id()),
            ),
            (Occasion::Main, _)
                if matches!(
                    fact.measure,
                    Measure::ChildrenKilled | Measure::ChildrenInjured
                ) =>
            {
                (
                    "children among the victims",
                    format!(
                        "the children are part of the people counted ({})",
                        fact.measure.id()
                    ),
                )
            }
            _ => return,
        };
        self.described.push(fact);
        let quote = self.out.quote(start, end);
        self.out.look_alikes.push(LookAlike {
            kind: kind.to_string(),
            why,
            locations: vec![quote],
        });
    }

    fn spelling(&self, person: &str) -> &'static str {
        let p = world::person(person);
        p.spellings[self.plan.spelling % p.spellings.len()]
    }

    fn name(
        &mut self,
        person: &str,
        written: &str,
        capital: bool,
        plant: Option<usize>,
    ) -> (usize, usize) {
        let (start, end) = self.push(written, capital);
        self.out.names.push(WrittenName {
            start,
            end,
            person: person.to_string(),
            written: written.to_string(),
            plant,
        });
        (start, end)
    }

    /// "Ukrainian President Volodymyr Zelensky": the title the person holds on the day.
    fn title(&mut self, person: &'static str, capital: bool) {
        let term = plan::current_term(person, self.plan.published)
            .expect("templates are chosen for people in office");
        let form = *self
            .rng
            .pick(world::title_forms(term.office, term.jurisdiction));
        let start = self.out.text.len();
        self.push(&format!("{form} "), capital);
        let name = self.spelling(person);
        let (_, end) = self.name(person, name, false, None);
        let jurisdiction = world::names_jurisdiction(form).then_some(term.jurisdiction);
        self.out.roles.push(WrittenRole {
            start,
            end,
            person: person.to_string(),
            office: term.office,
            jurisdiction,
            former: false,
            plant: None,
        });
    }

    /// "former British Prime Minister Boris Johnson": an office the person left.
    fn former(&mut self, person: &'static str, capital: bool) {
        let term = plan::former_term(person, self.plan.published)
            .expect("templates are chosen for people out of office");
        let form = world::title_forms(term.office, term.jurisdiction)[0];
        let start = self.out.text.len();
        self.push(&format!("former {form} "), capital);
        let name = self.spelling(person);
        let (_, end) = self.name(person, name, false, None);
        self.out.roles.push(WrittenRole {
            start,
            end,
            person: person.to_string(),
            office: term.office,
            jurisdiction: Some(term.jurisdiction),
            former: true,
            plant: None,
        });
        let quote = self.out.quote(start, end);
        self.out.look_alikes.push(LookAlike {
            kind: "correct former title".into(),
            why: format!("{} left that office before {}", name, self.plan.published),
            locations: vec![quote],
        });
    }

    fn wrong_title(&mut self, capital: bool) {
        let (title, plant) = self
            .plan
            .wrong_title
            .expect("a wrong-title sentence has its plant");
        let form = *self.rng.pick(title.forms);
        let written = format!("{form} ");
        let start = self.out.text.len();
        self.push(&written, capital);
        let name = self.spelling(title.person);
        let (_, end) = self.name(title.person, name, false, None);
        let jurisdiction = world::names_jurisdiction(form.trim_start_matches("former "))
            .then_some(title.jurisdiction);
        self.out.roles.push(WrittenRole {
            start,
            end,
            person: title.person.to_string(),
            office: title.office,
            jurisdiction,
            former: title.former,
            plant: Some(plant),
        });
        let quote = self.out.quote(start, end);
        self.out.plant_words.push((plant, quote));
    }

    /// An invented official with a title: "regional governor Oleh Bilyk".
    fn official(
        &mut self,
        title: &str,
        first: &str,
        last: &str,
        office: &'static str,
        capital: bool,
        plant: Option<usize>,
    ) {
        let start = self.out.text.len();
        self.push(&format!("{title} "), capital);
        let full = format!("{first} {last}");
        let (name_start, end) = self.push(&full, false);
        self.out.roles.push(WrittenRole {
            start,
            end,
            person: full.clone(),
            office,
            jurisdiction: None,
            former: false,
            plant,
        });
        self.out.names.push(WrittenName {
            start: name_start,
            end,
            person: full.clone(),
            written: full,
            plant,
        });
    }

    /// "fourth" in "now in its fourth year": right, or wrong when planted.
    fn war_year(&mut self, sudan: bool, capital: bool) {
        let start_day = if sudan {
            SUDAN_WAR_START
        } else {
            INVASION_START
        };
        let right = plan::whole_years(start_day, self.plan.published) + 1;
        let (year, plant) = match self.plan.wrong_year {
            Some((wrong, plant)) => (wrong, Some(plant)),
            None => (right, None),
        };
        let (start, end) = self.push(ordinal(year), capital);
        self.pending_durations.push(WrittenDuration {
            start,
            end,
            start_words: None,
            plant,
        });
        if let Some(plant) = plant {
            let quote = self.out.quote(start, end);
            self.out.plant_words.push((plant, quote));
        } else {
            let quote = self.out.quote(start, end);
            self.out.look_alikes.push(LookAlike {
                kind: "correct ordinal year".into(),
                why: format!(
                    "on {} the war that began on {start_day} is in its {} year",
                    self.plan.published,
                    ordinal(right)
                ),
                locations: vec![quote],
            });
        }
    }

    /// "three" in "the three-year war": the whole years elapsed.
    fn war_cardinal(&mut self, sudan: bool, capital: bool) {
        let start_day = if sudan {
            SUDAN_WAR_START
        } else {
            INVASION_START
        };
        let years = plan::cardinal_war_years(start_day, self.plan.published)
            .expect("templates are chosen for clear durations");
        let (start, end) = self.push(&words(years).expect("a few years"), capital);
        let quote = self.out.quote(start, end);
        self.out.look_alikes.push(LookAlike {
            kind: "rounded duration".into(),
            why: format!(
                "on {} the war that began on {start_day} is {years} years old and more",
                self.plan.published
            ),
            locations: vec![quote],
        });
    }

    fn text_slot(&mut self, name: &str, argument: &'static str) -> String {
        let place = &self.event.place;
        match name {
            "city" => place.name.to_string(),
            "described" => place.described.clone(),
            "DATELINE" => place.dateline.clone(),
            "country" => place.country.to_string(),
            "adjective" => place.adjective.to_string(),
            "area" => place.area.to_string(),
            "agency" => place.agency.to_string(),
            "weekday" => weekday(self.event.day).to_string(),
            "pubday" => weekday(self.plan.published).to_string(),
            "earlier_month" => format!("{} {}", month(self.event.earlier.0), self.event.earlier.1),
            "earlier_year" => self.event.earlier.1.to_string(),
            "population" => {
                let k = self.event.place.city.map_or(300, |c| c.population_k);
                if k >= 1000 {
                    format!("{:.1} million", k as f64 / 1000.0)
                } else {
                    format!("{k},000")
                }
            }
            "distance" => self
                .event
                .place
                .city
                .map_or(100, |c| c.distance_km)
                .to_string(),
            "distance_to" => self
                .event
                .place
                .city
                .map_or("the border", |c| c.distance_to)
                .to_string(),
            "defences" => if self.plan.american {
                "defenses"
            } else {
                "defences"
            }
            .to_string(),
            "resident" => format!("{} {}", self.plan.resident.0, self.plan.resident.1),
            "resident_first" => self.plan.resident.0.to_string(),
            "gov_name" => format!("{} {}", self.plan.governor.0, self.plan.governor.1),
            "gov_surname" => self.plan.governor.1.to_string(),
            "age" => self.rng.range(19, 88).to_string(),
            "a_age" => with_article(&self.rng.range(19, 88).to_string()),
            "job" => self.rng.pick(world::OCCUPATIONS).to_string(),
            "a_job" => with_article(self.rng.choose(world::OCCUPATIONS)),
            "hour" => format!(
                "{}:{:02} {}",
                self.rng.range(1, 11),
                self.rng.range(0, 11) * 5,
                self.rng.pick(&["a.m.", "a.m.", "p.m."])
            ),
            "mag" => format!("{}.{}", self.rng.range(5, 7), self.rng.range(0, 9)),
            "num" => {
                let (low, high) = range(argument);
                digits(self.rng.range(low, high))
            }
            // A figure of the event itself (a quake's depth, the hectares flooded): the same in
            // every report of the event, drawn from the event and the slot, not the report.
            "fact" => {
                let (low, high) = range(argument);
                let stream = argument.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
                });
                digits(Rng::derive(self.event.index as u64, stream).range(low, high))
            }
            "year" => {
                let (low, high) = range(argument);
                self.rng.range(low, high).to_string()
            }
            "round" => {
                let (low, high) = range(argument);
                digits(self.rng.range(low / 10, high / 10) * 10)
            }
            "word" => {
                let (low, high) = range(argument);
                words(self.rng.range(low, high)).expect("a small number")
            }
            "pick" => {
                let options: Vec<&str> = argument.split('|').collect();
                self.rng.pick(&options).to_string()
            }
            other => panic!("unknown slot {other}"),
        }
    }
}

/// "a teacher", "an electrician", "an 18": the article as the word is said.
fn with_article(word: &str) -> String {
    let spoken_vowel = word.starts_with(['a', 'e', 'i', 'o', 'u'])
        || word.starts_with('8')
        || word == "11"
        || word == "18";
    format!("{} {word}", if spoken_vowel { "an" } else { "a" })
}

fn range(argument: &str) -> (u64, u64) {
    let (low, high) = argument.split_once('-').expect("a range slot has low-high");
    (
        low.parse().expect("a number"),
        high.parse().expect("a number"),
    )
}

pub fn weekday(day: Date) -> &'static str {
    match day.weekday() {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

fn month(number: i8) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS[(number - 1) as usize]
}
