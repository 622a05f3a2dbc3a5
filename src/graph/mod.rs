//! The claim graph: reports, events, persons and claims, with the edges that say which claim
//! comes from which report, is about which event, and names which person.
//!
//! petgraph stays behind this module's query API: rule kinds ask for groups of comparable
//! claims and never see a node index.

use std::collections::BTreeMap;
use std::fmt;

use jiff::civil::Date;
use petgraph::Direction;
use petgraph::stable_graph::{NodeIndex, StableGraph};
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::claim::{Claim, ClaimKind, Quantity, QuantityRole, ReportIndex, Role};
use crate::lexicon::Lexicon;
use crate::report::Report;

mod stories;
pub use stories::event_keys;

/// Index of a claim in the graph's claim list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ClaimId(pub usize);

/// What makes claims of different reports comparable: the same event.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "by", content = "key", rename_all = "kebab-case")]
pub enum EventKey {
    /// An `event` given in front matter or the manifest.
    Explicit(String),
    /// No explicit event: a story of reports that name the same things (`stories`). `first` and
    /// `last` are the publication dates of its first and last dated reports (none when all are
    /// undated); the number tells apart the stories that start on one day, in order.
    Story {
        first: Option<Date>,
        last: Option<Date>,
        number: u32,
    },
    /// Neither: the report is compared only with itself.
    Report(ReportIndex),
}

impl fmt::Display for EventKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventKey::Explicit(id) => write!(f, "event `{id}`"),
            EventKey::Story {
                first,
                last,
                number,
            } => {
                match (first, last) {
                    (Some(first), Some(last)) if first == last => {
                        write!(f, "reports published on {first}")?
                    }
                    (Some(first), Some(last)) => {
                        write!(f, "reports published from {first} to {last}")?
                    }
                    _ => write!(f, "undated reports")?,
                }
                if *number > 0 {
                    write!(f, " (story {})", number + 1)?;
                }
                Ok(())
            }
            EventKey::Report(_) => write!(f, "one report"),
        }
    }
}

#[derive(Clone, Debug)]
enum Node {
    Report(ReportIndex),
    Event(EventKey),
    Person(String),
    Claim(ClaimId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edge {
    /// Claim → report it was read from.
    InReport,
    /// Claim → event it is about.
    OfEvent,
    /// Claim → person it names.
    Names,
}

/// Quantity claims that may be compared: one measure of one event, totals only.
#[derive(Clone, Debug)]
pub struct FigureGroup {
    pub event: EventKey,
    pub measure: String,
    /// True for running totals ("since the invasion began"), which are compared only with each other.
    pub cumulative: bool,
    pub claims: Vec<ClaimId>,
}

/// What became of a run's figures: how many were read, how many took part in a comparison,
/// and why the others did not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FigureCoverage {
    /// Quantity claims read.
    pub read: usize,
    /// Figures compared with at least one other figure (of another report of their event, or
    /// of their own report).
    pub compared: usize,
    /// `read - compared`.
    pub uncompared: usize,
    /// Uncompared because nothing the lexicon counts was read in them ("300 trees").
    pub no_measure: usize,
    /// Uncompared because no other report is about their event, and their own report gives
    /// no other figure of their measure.
    pub no_other_report: usize,
    /// Uncompared though other reports of their event were read: none gives a figure of the
    /// same measure.
    pub nothing_to_compare: usize,
}

/// The graph over one run's reports.
pub struct ClaimGraph<'r> {
    reports: &'r [Report],
    claims: Vec<Claim>,
    graph: StableGraph<Node, Edge>,
    claim_nodes: Vec<NodeIndex>,
    report_nodes: Vec<NodeIndex>,
    event_nodes: BTreeMap<EventKey, NodeIndex>,
    person_nodes: BTreeMap<String, NodeIndex>,
    figure_groups: std::sync::OnceLock<Vec<FigureGroup>>,
    /// Each report's claims in text order, made on first use: rules ask for a claim's
    /// sentence-mates once per claim, and a scan of the report each time would grow with the
    /// square of a report's claims.
    report_claims: std::sync::OnceLock<Vec<Vec<ClaimId>>>,
    /// Each report's date claims in order of their sentence, then of their place in it.
    sentence_dates: std::sync::OnceLock<Vec<Vec<ClaimId>>>,
    /// The event each report's claims are compared under.
    report_events: Vec<EventKey>,
    /// The reports of each story (events found by grouping, not named), in order.
    stories: BTreeMap<EventKey, Vec<ReportIndex>>,
}

impl<'r> ClaimGraph<'r> {
    /// Builds the graph from the reports and the claims read from them.
    pub fn build(reports: &'r [Report], claims: Vec<Claim>) -> ClaimGraph<'r> {
        // Sized up front: at archive scale the graph holds millions of nodes, and growing it by
        // doubling would hold up to twice the memory it needs.
        let mut graph = StableGraph::with_capacity(
            reports.len() + claims.len() + 1024,
            claims.len() * 2 + claims.len() / 4,
        );
        let report_nodes: Vec<NodeIndex> = (0..reports.len())
            .map(|i| graph.add_node(Node::Report(ReportIndex(i))))
            .collect();
        let mut event_nodes = BTreeMap::new();
        let report_events = event_keys(reports);
        let mut stories: BTreeMap<EventKey, Vec<ReportIndex>> = BTreeMap::new();
        for (index, key) in report_events.iter().enumerate() {
            if matches!(key, EventKey::Story { .. }) {
                stories
                    .entry(key.clone())
                    .or_default()
                    .push(ReportIndex(index));
            }
        }
        // Each report's event node, found once per report; made when its first claim comes.
        let mut event_node_of: Vec<Option<NodeIndex>> = vec![None; reports.len()];
        let mut person_nodes = BTreeMap::new();
        let mut claim_nodes = Vec::with_capacity(claims.len());
        for (index, claim) in claims.iter().enumerate() {
            let node = graph.add_node(Node::Claim(ClaimId(index)));
            claim_nodes.push(node);
            graph.add_edge(node, report_nodes[claim.report.0], Edge::InReport);
            let event_node = *event_node_of[claim.report.0].get_or_insert_with(|| {
                let event = report_events[claim.report.0].clone();
                *event_nodes
                    .entry(event.clone())
                    .or_insert_with(|| graph.add_node(Node::Event(event)))
            });
            graph.add_edge(node, event_node, Edge::OfEvent);
            let person = match &claim.kind {
                ClaimKind::Role(role) => Some(&role.person),
                ClaimKind::Name(name) => Some(&name.person),
                _ => None,
            };
            if let Some(person) = person {
                let person_node = *person_nodes
                    .entry(person.to_string())
                    .or_insert_with(|| graph.add_node(Node::Person(person.to_string())));
                graph.add_edge(node, person_node, Edge::Names);
            }
        }
        ClaimGraph {
            reports,
            claims,
            graph,
            claim_nodes,
            report_nodes,
            event_nodes,
            person_nodes,
            figure_groups: std::sync::OnceLock::new(),
            report_claims: std::sync::OnceLock::new(),
            sentence_dates: std::sync::OnceLock::new(),
            report_events,
            stories,
        }
    }

    pub fn reports(&self) -> &'r [Report] {
        self.reports
    }

    pub fn report(&self, index: ReportIndex) -> &'r Report {
        &self.reports[index.0]
    }

    pub fn claim(&self, id: ClaimId) -> &Claim {
        &self.claims[id.0]
    }

    pub fn claims(&self) -> impl Iterator<Item = (ClaimId, &Claim)> {
        self.claims.iter().enumerate().map(|(i, c)| (ClaimId(i), c))
    }

    pub fn quantity(&self, id: ClaimId) -> Option<&Quantity> {
        match &self.claims[id.0].kind {
            ClaimKind::Quantity(q) => Some(q),
            _ => None,
        }
    }

    pub fn role(&self, id: ClaimId) -> Option<&Role> {
        match &self.claims[id.0].kind {
            ClaimKind::Role(r) => Some(r),
            _ => None,
        }
    }

    /// The event a claim is compared under.
    pub fn event_of(&self, id: ClaimId) -> &EventKey {
        let node = self.claim_nodes[id.0];
        self.graph
            .edges_directed(node, Direction::Outgoing)
            .find(|e| *e.weight() == Edge::OfEvent)
            .and_then(|e| match &self.graph[e.target()] {
                Node::Event(key) => Some(key),
                _ => None,
            })
            .expect("every claim has an event edge")
    }

    /// Total figures grouped by event, measure and whether they are running totals.
    /// Groups come in a stable order. Made once, on first use, and shared by every rule that
    /// compares figures.
    pub fn figure_groups(&self) -> &[FigureGroup] {
        self.figure_groups.get_or_init(|| {
            // Keys borrow from the graph: owned once per group, not once per claim.
            let mut groups: BTreeMap<(&EventKey, &str, bool), Vec<ClaimId>> = BTreeMap::new();
            for (event, &event_node) in &self.event_nodes {
                for claim in self.claims_of(event_node, Edge::OfEvent) {
                    let Some(q) = self.quantity(claim) else {
                        continue;
                    };
                    let Some(measure) = &q.measure else {
                        continue;
                    };
                    // A change ("rose by 6 to 53") is not a level of the measure.
                    if !q.is_level() {
                        continue;
                    }
                    groups
                        .entry((event, measure.as_str(), q.cumulative))
                        .or_default()
                        .push(claim);
                }
            }
            merge_owner_forms(&mut groups);
            merge_unowned(
                &mut groups,
                |id| self.claims[id.0].report,
                |report, owner| names_owner(self.report(report), owner),
            );
            groups
                .into_iter()
                .map(|((event, measure, cumulative), mut claims)| {
                    claims.sort();
                    FigureGroup {
                        event: event.clone(),
                        measure: measure.to_string(),
                        cumulative,
                        claims,
                    }
                })
                .collect()
        })
    }

    /// How many figures of the reports `counted` says were read, compared, and left
    /// uncompared, with the main reason for each one left.
    ///
    /// A figure is compared when it shares a figure group (event, measure, running total or
    /// not) with another figure, or when it is a part, whole, subset or increment and its event
    /// has another figure with a measure (the sums of parts compare those).
    pub fn figure_coverage(&self, counted: impl Fn(ReportIndex) -> bool) -> FigureCoverage {
        let mut in_group = vec![false; self.claims.len()];
        for group in self.figure_groups() {
            if group.claims.len() > 1 {
                for id in &group.claims {
                    in_group[id.0] = true;
                }
            }
        }
        let mut event_reports: BTreeMap<&EventKey, std::collections::BTreeSet<ReportIndex>> =
            BTreeMap::new();
        let mut event_measured: BTreeMap<&EventKey, usize> = BTreeMap::new();
        for (id, claim) in self.claims() {
            let event = self.event_of(id);
            event_reports.entry(event).or_default().insert(claim.report);
            if self
                .quantity(id)
                .is_some_and(|q| q.measure.is_some() && q.role != QuantityRole::Modifier)
            {
                *event_measured.entry(event).or_default() += 1;
            }
        }
        let mut coverage = FigureCoverage::default();
        for (id, claim) in self.claims() {
            let Some(q) = self.quantity(id) else {
                continue;
            };
            if !counted(claim.report) {
                continue;
            }
            coverage.read += 1;
            let event = self.event_of(id);
            let measured = q.measure.is_some() && q.role != QuantityRole::Modifier;
            let compared = in_group[id.0]
                || (measured
                    && q.role != QuantityRole::Total
                    && event_measured.get(event).copied().unwrap_or(0) > 1);
            if compared {
                coverage.compared += 1;
            } else if !measured {
                coverage.no_measure += 1;
            } else if event_reports.get(event).is_none_or(|r| r.len() < 2) {
                coverage.no_other_report += 1;
            } else {
                coverage.nothing_to_compare += 1;
            }
        }
        coverage.uncompared = coverage.read - coverage.compared;
        coverage
    }

    /// The claims read from one report, in text order.
    pub fn claims_in(&self, report: ReportIndex) -> Vec<ClaimId> {
        self.in_text_order(report).to_vec()
    }

    fn in_text_order(&self, report: ReportIndex) -> &[ClaimId] {
        let all = self.report_claims.get_or_init(|| {
            let mut all: Vec<Vec<ClaimId>> = vec![Vec::new(); self.reports.len()];
            for (index, claim) in self.claims.iter().enumerate() {
                all[claim.report.0].push(ClaimId(index));
            }
            for claims in &mut all {
                claims.sort_by_key(|&id| (self.claims[id.0].span.start, id));
            }
            all
        });
        &all[report.0]
    }

    /// The date claims of the sentence `sentence` of one report, in text order.
    pub fn dates_in_sentence(
        &self,
        report: ReportIndex,
        sentence: crate::span::Span,
    ) -> Vec<ClaimId> {
        let all = self.sentence_dates.get_or_init(|| {
            let mut all: Vec<Vec<ClaimId>> = vec![Vec::new(); self.reports.len()];
            for (index, claim) in self.claims.iter().enumerate() {
                if matches!(claim.kind, ClaimKind::Date(_)) {
                    all[claim.report.0].push(ClaimId(index));
                }
            }
            for claims in &mut all {
                claims.sort_by_key(|&id| {
                    let c = &self.claims[id.0];
                    (c.sentence.start, c.sentence.end, c.span.start, id)
                });
            }
            all
        });
        let claims = &all[report.0];
        let key = |id: &ClaimId| {
            let c = &self.claims[id.0].sentence;
            (c.start, c.end)
        };
        let first = claims.partition_point(|id| key(id) < (sentence.start, sentence.end));
        let dates: Vec<ClaimId> = claims[first..]
            .iter()
            .take_while(|id| key(id) == (sentence.start, sentence.end))
            .copied()
            .collect();
        crate::text::work::add(dates.len() as u64 + 1);
        dates
    }

    /// Quantity claims with a measure, whatever their role in the sentence (totals, parts,
    /// wholes, increments), grouped by event, in a stable order. Modifiers are left out.
    pub fn measured_by_event(&self) -> Vec<(EventKey, Vec<ClaimId>)> {
        self.event_nodes
            .iter()
            .map(|(event, &node)| {
                let mut claims: Vec<ClaimId> = self
                    .claims_of(node, Edge::OfEvent)
                    .into_iter()
                    .filter(|&id| {
                        self.quantity(id).is_some_and(|q| {
                            q.measure.is_some() && q.role != QuantityRole::Modifier
                        })
                    })
                    .collect();
                claims.sort();
                (event.clone(), claims)
            })
            .filter(|(_, claims)| !claims.is_empty())
            .collect()
    }

    /// The quantity claims with a measure of one event, in a stable order: what
    /// [`ClaimGraph::measured_by_event`] gives for that event alone, at the cost of the event's
    /// claims, not the whole graph's.
    pub fn measured_in_event(&self, event: &EventKey) -> Vec<ClaimId> {
        let Some(&node) = self.event_nodes.get(event) else {
            return Vec::new();
        };
        let mut claims: Vec<ClaimId> = self
            .claims_of(node, Edge::OfEvent)
            .into_iter()
            .filter(|&id| {
                self.quantity(id)
                    .is_some_and(|q| q.measure.is_some() && q.role != QuantityRole::Modifier)
            })
            .collect();
        claims.sort();
        claims
    }

    /// Role claims grouped by the person they name, in a stable order.
    pub fn roles_by_person(&self) -> Vec<(String, Vec<ClaimId>)> {
        self.person_nodes
            .iter()
            .map(|(person, &node)| {
                let mut claims: Vec<ClaimId> = self
                    .claims_of(node, Edge::Names)
                    .into_iter()
                    .filter(|&id| self.role(id).is_some())
                    .collect();
                claims.sort();
                (person.clone(), claims)
            })
            .filter(|(_, claims)| !claims.is_empty())
            .collect()
    }

    /// Role claims grouped by person as [`roles_by_person`](Self::roles_by_person) does, with the
    /// people the lexicon does not know joined across spellings: two full names that can name
    /// the same person ([`same_person`](crate::parse::people::same_person): "Oleksii Brelenko"
    /// and "Oleksiy Brelenko") are one person, named by the smaller of their keys. A name of
    /// one word is never joined across reports (any "Smith" could be anyone's). Names are
    /// compared only within a bucket of alike surnames, with one name of each person found so
    /// far, so the cost stays linear.
    pub fn roles_by_linked_person(&self, lexicon: &Lexicon) -> Vec<(String, Vec<ClaimId>)> {
        let groups = self.roles_by_person();
        // The name each unknown person is written with: the longest of its spellings.
        let mut buckets: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut names: Vec<Option<&str>> = vec![None; groups.len()];
        for (index, (person, claims)) in groups.iter().enumerate() {
            if lexicon.person(person).is_some() {
                continue;
            }
            let name = claims
                .iter()
                .filter_map(|&id| self.role(id).map(|r| r.name.as_str()))
                .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)));
            let Some(name) = name else { continue };
            let Some(key) = crate::parse::people::surname_key(lexicon, name) else {
                continue;
            };
            buckets.entry(key).or_default().push(index);
            names[index] = Some(name);
        }
        // Union-find over the groups: each group points at the first group of its person.
        let mut parent: Vec<usize> = (0..groups.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        // Each name is compared with one name of each person found so far in its bucket, and
        // a bucket holds at most PEOPLE_PER_SURNAME people: many spellings of one name cost a
        // comparison each, not one per pair.
        const PEOPLE_PER_SURNAME: usize = 32;
        for members in buckets.values() {
            let mut people: Vec<usize> = Vec::new();
            for &a in members {
                let Some(na) = names[a] else { continue };
                let same = people.iter().copied().find(|&b| {
                    names[b].is_some_and(|nb| crate::parse::people::same_person(lexicon, na, nb))
                });
                match same {
                    Some(b) => {
                        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                        parent[ra.max(rb)] = ra.min(rb);
                    }
                    None if people.len() < PEOPLE_PER_SURNAME => people.push(a),
                    None => {}
                }
            }
        }
        let mut joined: BTreeMap<usize, (String, Vec<ClaimId>)> = BTreeMap::new();
        for (index, (person, claims)) in groups.into_iter().enumerate() {
            let r = root(&mut parent, index);
            let entry = joined.entry(r).or_insert_with(|| (person, Vec::new()));
            entry.1.extend(claims);
        }
        joined
            .into_values()
            .map(|(person, mut claims)| {
                claims.sort();
                (person, claims)
            })
            .collect()
    }

    /// The graph in Graphviz DOT, so a person can see which claims were related and why.
    pub fn to_dot(&self) -> String {
        let mut out = String::from("digraph claims {\n  rankdir=LR;\n");
        for index in self.graph.node_indices() {
            let (label, shape) = match &self.graph[index] {
                Node::Report(r) => (self.reports[r.0].display_path(), "folder"),
                Node::Event(key) => (key.to_string(), "ellipse"),
                Node::Person(person) => (person.clone(), "house"),
                Node::Claim(id) => (self.claims[id.0].text.to_string(), "box"),
            };
            out.push_str(&format!(
                "  n{} [label={:?}, shape={shape}];\n",
                index.index(),
                label
            ));
        }
        // Why each report's claims are under their event.
        for (index, &report_node) in self.report_nodes.iter().enumerate() {
            let Some(&event_node) = self.event_nodes.get(&self.report_events[index]) else {
                continue;
            };
            out.push_str(&format!(
                "  n{} -> n{} [label={:?}, style=dashed];\n",
                report_node.index(),
                event_node.index(),
                self.report_event_reason(ReportIndex(index))
            ));
        }
        for edge in self.graph.edge_indices() {
            let Some((from, to)) = self.graph.edge_endpoints(edge) else {
                continue;
            };
            let label = match self.graph[edge] {
                Edge::InReport => "in",
                Edge::OfEvent => "about",
                Edge::Names => "names",
            };
            out.push_str(&format!(
                "  n{} -> n{} [label={label:?}];\n",
                from.index(),
                to.index()
            ));
        }
        out.push_str("}\n");
        out
    }

    /// The graph as JSON: nodes with their kind and what they stand for, and labelled edges.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let nodes: Vec<serde_json::Value> = self
            .graph
            .node_indices()
            .map(|index| {
                let id = format!("n{}", index.index());
                match &self.graph[index] {
                    Node::Report(r) => {
                        let report = &self.reports[r.0];
                        json!({
                            "id": id, "type": "report", "path": report.display_path(),
                            "outlet": report.meta.outlet,
                            "published": report.meta.published.map(|p| p.date.to_string()),
                            "event": report.meta.event,
                            "mentions": report.topics,
                            "names": report.names,
                            "grouped": self.report_event_reason(*r),
                        })
                    }
                    Node::Event(key) => json!({
                        "id": id, "type": "event", "key": key, "label": key.to_string(),
                    }),
                    Node::Person(person) => json!({ "id": id, "type": "person", "person": person }),
                    Node::Claim(claim) => {
                        let claim = &self.claims[claim.0];
                        let mut value = json!({
                            "id": id, "type": "claim", "kind": claim.kind.name(),
                            "text": claim.text, "start": claim.span.start, "end": claim.span.end,
                        });
                        if let ClaimKind::Quantity(q) = &claim.kind {
                            value["measure"] = json!(q.measure);
                            value["role"] = json!(q.role);
                            value["place"] = json!(q.place);
                            value["source"] = json!(q.source);
                            value["interval"] = json!([q.interval.low, q.interval.high]);
                        }
                        if let ClaimKind::Role(r) = &claim.kind {
                            value["office"] = json!(r.office);
                            value["qualifier"] = json!(r.qualifier.name());
                        }
                        value
                    }
                }
            })
            .collect();
        let edges: Vec<serde_json::Value> = self
            .graph
            .edge_indices()
            .filter_map(|edge| {
                let (from, to) = self.graph.edge_endpoints(edge)?;
                let label = match self.graph[edge] {
                    Edge::InReport => "in",
                    Edge::OfEvent => "about",
                    Edge::Names => "names",
                };
                Some(json!({
                    "from": format!("n{}", from.index()),
                    "to": format!("n{}", to.index()),
                    "label": label,
                }))
            })
            .collect();
        json!({ "version": 1, "nodes": nodes, "edges": edges })
    }

    /// Why a claim is compared under its event, in words: "its report names event `x`", "its
    /// report names no event: grouped with the reports that name the same things: b.md,
    /// 2025-07-04 (both name Kyiv, drones)".
    pub fn event_reason(&self, id: ClaimId) -> String {
        self.report_event_reason(self.claims[id.0].report)
    }

    /// The event a report's claims are compared under.
    pub fn event_of_report(&self, report: ReportIndex) -> &EventKey {
        &self.report_events[report.0]
    }

    /// Why a report's claims are compared under its event, in words.
    pub fn report_event_reason(&self, report: ReportIndex) -> String {
        let key = &self.report_events[report.0];
        match key {
            EventKey::Explicit(event) => {
                format!("its report names event `{event}` (front matter or manifest)")
            }
            EventKey::Story { .. } => stories::reason(
                self.reports,
                report,
                self.stories.get(key).map(Vec::as_slice).unwrap_or_default(),
            ),
            EventKey::Report(_) => {
                "its report names no event and has no date: it is compared only with itself".into()
            }
        }
    }

    /// The claim at a span of a report, if one starts and ends there.
    pub fn claim_at(&self, report: ReportIndex, span: crate::span::Span) -> Option<ClaimId> {
        self.claims
            .iter()
            .position(|c| c.report == report && c.span == span)
            .map(ClaimId)
    }

    fn claims_of(&self, node: NodeIndex, edge: Edge) -> Vec<ClaimId> {
        self.graph
            .edges_directed(node, Direction::Incoming)
            .filter(|e| *e.weight() == edge)
            .filter_map(|e| match self.graph[e.source()] {
                Node::Claim(id) => Some(id),
                _ => None,
            })
            .collect()
    }
}

/// Words that make a name of another place or body from a name: "Port Essel", "New Harlow",
/// "Bank of Lesk", "North Tarn".
const PLACE_MAKING_WORDS: &[&str] = &[
    "port",
    "new",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "greater",
    "little",
    "great",
    "old",
    "lake",
    "mount",
    "fort",
    "saint",
    "st",
    "cape",
    "grand",
    "bank",
    "city",
    "county",
    "state",
    "university",
    "club",
    "united",
    "royal",
    "national",
    "federal",
    "republic",
    "kingdom",
    "province",
    "district",
    "bay",
    "river",
    "isle",
    "island",
    "islands",
    "glen",
    "san",
    "santa",
    "los",
    "las",
    "el",
    "la",
    "le",
    "de",
    "al",
];

/// Whether an owner is a nation's central bank written with the nation's name: "central-bank-
/// of-tarn", "tarn-central-bank", "reserve-bank-of-essel" are Tarn's and Essel's ("Tarn's
/// central bank raised its key rate" is `of-tarn`).
fn central_bank_of(long: &str, short: &str) -> bool {
    let nation: Vec<&str> = short.split('-').collect();
    let words: Vec<&str> = long.split('-').collect();
    let extra: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !nation.contains(w))
        .collect();
    nation.iter().all(|w| words.contains(w))
        && extra
            .iter()
            .any(|w| matches!(*w, "bank" | "reserve" | "monetary"))
        && extra.iter().all(|w| {
            matches!(
                *w,
                "central"
                    | "bank"
                    | "of"
                    | "the"
                    | "reserve"
                    | "national"
                    | "monetary"
                    | "authority"
            )
        })
}

/// A measure's owner and the measure: ("ilse-varga", "approval-rating.percentage.of-ilse-varga").
type OwnedMeasure<'a> = (&'a str, &'a str);

/// The figures of a measure whose owner is a person written by surname alone ("Varga's
/// approval rating": `approval-rating.percentage.of-varga`) join those of the same measure,
/// event and kind written with the full name (`of-ilse-varga`) when the event's figures name
/// one such full name only. The words before the surname must be able to be a given name (no
/// word that makes a place's or a body's name), so that "Essel" and "Port Essel", "Lesk" and
/// "Bank of Lesk" stay apart.
fn merge_owner_forms<'a>(groups: &mut BTreeMap<(&'a EventKey, &'a str, bool), Vec<ClaimId>>) {
    let owner_of = |measure: &'a str| {
        measure
            .split('.')
            .find_map(|s| s.strip_prefix("of-"))
            .map(|owner| (owner, measure.replacen(&format!(".of-{owner}"), ".of-", 1)))
    };
    // Measures of each (event, measure without its owner, kind), with their owners.
    let mut by_base: BTreeMap<(&EventKey, String, bool), Vec<OwnedMeasure<'a>>> = BTreeMap::new();
    for &(event, measure, cumulative) in groups.keys() {
        if let Some((owner, base)) = owner_of(measure) {
            by_base
                .entry((event, base, cumulative))
                .or_default()
                .push((owner, measure));
        }
    }
    // Given names may be words of English ("Mara", "Grace"); the words that make a place or
    // a body of another place's name may not be a given name's.
    let given_name = |word: &str| {
        !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_alphabetic())
            && !PLACE_MAKING_WORDS.contains(&word)
            && !crate::parse::names::function_word(word)
    };
    for ((event, _, cumulative), owned) in by_base {
        for &(short, short_measure) in &owned {
            let longer: Vec<&str> = owned
                .iter()
                .filter(|(long, _)| {
                    long.len() > short.len()
                        && (long.ends_with(short)
                            && long[..long.len() - short.len()]
                                .strip_suffix('-')
                                .is_some_and(|given| {
                                    let words: Vec<&str> = given.split('-').collect();
                                    words.len() <= 2 && words.iter().all(|w| given_name(w))
                                })
                            || central_bank_of(long, short))
                })
                .map(|&(_, measure)| measure)
                .collect();
            let [long_measure] = longer[..] else {
                continue;
            };
            if let Some(claims) = groups.remove(&(event, short_measure, cumulative)) {
                groups
                    .entry((event, long_measure, cumulative))
                    .or_default()
                    .extend(claims);
            }
        }
    }
}

/// The figures of a measure that name no owner ("turnout was 61%") join those of the same
/// measure, event and kind that name one ("turnout in Essel was 58%": `turnout.percentage.
/// of-essel`) when the event's reports name only that one owner for it, no report gives the
/// measure both with and without the owner (then the one without is the whole, or another
/// part), and the figure's own report names the owner somewhere: reports of one event that
/// say "the minimum wage" and "Norland's minimum wage" speak of one wage.
fn merge_unowned<'a>(
    groups: &mut BTreeMap<(&'a EventKey, &'a str, bool), Vec<ClaimId>>,
    report_of: impl Fn(ClaimId) -> ReportIndex,
    names_owner: impl Fn(ReportIndex, &str) -> bool,
) {
    let is_owner = |segment: &str| segment.starts_with("of-");
    let unowned = |measure: &str| {
        measure
            .split('.')
            .filter(|s| !is_owner(s))
            .collect::<Vec<_>>()
            .join(".")
    };
    let mut owners: BTreeMap<(&EventKey, String, bool), Vec<&'a str>> = BTreeMap::new();
    let mut plain: BTreeMap<(&EventKey, &str, bool), &'a str> = BTreeMap::new();
    for &(event, measure, cumulative) in groups.keys() {
        if measure.split('.').any(is_owner) {
            owners
                .entry((event, unowned(measure), cumulative))
                .or_default()
                .push(measure);
        } else {
            plain.insert((event, measure, cumulative), measure);
        }
    }
    for ((event, base, cumulative), owned) in owners {
        let [owned] = owned[..] else {
            continue;
        };
        let Some(&key) = plain.get(&(event, base.as_str(), cumulative)) else {
            continue;
        };
        let owned_reports: std::collections::BTreeSet<ReportIndex> = groups
            [&(event, owned, cumulative)]
            .iter()
            .map(|&id| report_of(id))
            .collect();
        let claims = &groups[&(event, key, cumulative)];
        if claims
            .iter()
            .any(|&id| owned_reports.contains(&report_of(id)))
        {
            continue;
        }
        let owner = owned
            .split('.')
            .find_map(|s| s.strip_prefix("of-"))
            .unwrap_or_default();
        let (joining, staying): (Vec<ClaimId>, Vec<ClaimId>) = claims
            .iter()
            .partition(|&&id| names_owner(report_of(id), owner));
        if joining.is_empty() {
            continue;
        }
        if staying.is_empty() {
            groups.remove(&(event, key, cumulative));
        } else {
            groups.insert((event, key, cumulative), staying);
        }
        groups
            .entry((event, owned, cumulative))
            .or_default()
            .extend(joining);
    }
}

/// Whether a report names an owner segment's owner ("port-essel"): a word of it that is no
/// word of English is a word of the names the report counts (which may count "Port Essel" as
/// "Port" and "Essel", and "Venn Corp" opening every sentence as "Corp" alone); every word,
/// when all are words of English ("general-motors").
fn names_owner(report: &crate::report::Report, owner: &str) -> bool {
    let words: std::collections::BTreeSet<String> = report
        .names
        .iter()
        .flat_map(|name| {
            name.name
                .split([' ', '-'])
                .map(|w| crate::lexicon::strip_possessive(&w.to_lowercase()).to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    // A word of English in the owner's name may be written in lower case elsewhere in the
    // report ("Bank of Lesk" and "the bank"), and then is no name of it: the owner's other
    // words say it.
    let owner_words: Vec<&str> = owner
        .split('-')
        .filter(|word| !matches!(*word, "of" | "the" | "and" | "for"))
        .collect();
    let proper: Vec<&str> = owner_words
        .iter()
        .copied()
        .filter(|word| !crate::parse::is_english_word(word))
        .collect();
    // A word opening a sentence only ("Venn Corp, with …") is no name the report counts: one
    // of the owner's own words named is enough ("Corp").
    if proper.is_empty() {
        owner_words.iter().all(|word| words.contains(*word))
    } else {
        proper.iter().any(|word| words.contains(*word))
    }
}
