//! Editorial review: a draft checked against an archive of published reports.
//!
//! The archive's claims are read once ([`Archive::new`]); each review then reads only the
//! draft, picks the archive reports its claims can be compared with (the same explicit event,
//! or the same publication date, which is what every cross-report rule compares under), and
//! runs the rules over the draft and those reports alone. Only findings that involve the draft
//! are kept: a contradiction inside the archive is not the editor's business.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::claim::{Claim, ReportIndex};
use crate::engine::{self, Context};
use crate::finding::{Finding, Location};
use crate::graph::FigureCoverage;
use crate::report::Report;
use crate::rules::RuleSet;
use crate::span::Span;

/// Published reports with their claims read, indexed by what makes reports comparable.
pub struct Archive {
    reports: Vec<Report>,
    /// The claims of each report, by report.
    claims: Vec<Vec<Claim>>,
    by_event: BTreeMap<String, Vec<usize>>,
    by_date: BTreeMap<Date, Vec<usize>>,
}

/// What a review found: the reports involved (the draft's first), and the findings.
pub struct Review {
    pub reports: Vec<Report>,
    pub findings: Vec<Finding>,
    /// The claims of those reports, as the rules saw them (for `--explain`).
    pub claims: Vec<Claim>,
    /// How many archive reports the draft was compared with.
    pub compared_with: usize,
    /// Findings left out because the archive already has the same disagreement between
    /// reports, the draft only repeating a value one of them gives.
    pub left_out: usize,
    /// What became of the drafts' figures: read, compared, left uncompared.
    pub figures: FigureCoverage,
}

impl Archive {
    /// Reads every report's claims and indexes the reports.
    pub fn new(mut reports: Vec<Report>, ctx: Context<'_>) -> Archive {
        let extractions = engine::extract_all(&reports, ctx);
        let mut claims = Vec::with_capacity(reports.len());
        for (report, extraction) in reports.iter_mut().zip(extractions) {
            report.topics = extraction.topics;
            report.names = extraction.names;
            report.fingerprint = extraction.fingerprint;
            claims.push(extraction.claims);
        }
        Archive::from_read(reports, claims)
    }

    /// An archive of reports whose claims were read before (an archive index): each report
    /// with its topics, names and fingerprint set, and its claims.
    pub fn from_read(reports: Vec<Report>, claims: Vec<Vec<Claim>>) -> Archive {
        let mut by_event: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_date: BTreeMap<Date, Vec<usize>> = BTreeMap::new();
        for (index, report) in reports.iter().enumerate() {
            if let Some(event) = &report.meta.event {
                by_event.entry(event.clone()).or_default().push(index);
            }
            if let Some(published) = report.meta.published {
                by_date.entry(published.date).or_default().push(index);
            }
        }
        Archive {
            reports,
            claims,
            by_event,
            by_date,
        }
    }

    pub fn len(&self) -> usize {
        self.reports.len()
    }

    /// The archive without the reports of the file at `path` (a draft saved inside the
    /// archive's folder, which must not be compared with itself); `None` when it has none.
    pub fn without_file(&self, path: &std::path::Path) -> Option<Archive> {
        let canonical = std::fs::canonicalize(path).ok();
        let other = |report: &Report| {
            let at = std::path::Path::new(&report.path);
            at != path && canonical.as_deref().is_none_or(|c| at != c)
        };
        if self.reports.iter().all(other) {
            return None;
        }
        let (reports, claims) = self
            .reports
            .iter()
            .zip(&self.claims)
            .filter(|(report, _)| other(report))
            .map(|(report, claims)| (report.clone(), claims.clone()))
            .unzip();
        Some(Archive::from_read(reports, claims))
    }

    pub fn is_empty(&self) -> bool {
        self.reports.is_empty()
    }

    /// Checks `drafts` against the archive and keeps the findings that involve a draft.
    ///
    /// A disagreement the archive already has is not the draft's doing: a finding between the
    /// draft and archive reports is left out when, without the draft, the archive reports in it
    /// disagree in the same way, and the draft only repeats a value one of them gives (the draft
    /// says 539 where one outlet said 539 and another 550). A finding on the draft alone (its
    /// error against the record of facts, a contradiction inside it) is always kept, however
    /// many archive reports make the same mistake.
    pub fn review(&self, drafts: Vec<Report>, ctx: Context<'_>, rules: &RuleSet) -> Review {
        let related = self.related(&drafts);
        let draft_count = drafts.len();
        let mut reports = drafts;
        let mut claims: Vec<Claim> = engine::read_claims(&mut reports, ctx);
        let mut archive_claims = Vec::new();
        for (position, &index) in related.iter().enumerate() {
            reports.push(self.reports[index].clone());
            for claim in &self.claims[index] {
                let mut in_review = claim.clone();
                in_review.report = ReportIndex(draft_count + position);
                claims.push(in_review);
                let mut alone = claim.clone();
                alone.report = ReportIndex(position);
                archive_claims.push(alone);
            }
        }
        let all_claims = claims.clone();
        let (findings, figures) =
            engine::check_claims_with_coverage(&reports, claims, ctx, rules.iter(), |r| {
                r.0 < draft_count
            });
        let involving: Vec<Finding> = findings
            .into_iter()
            .filter(|f| f.locations.iter().any(|l| l.report.0 < draft_count))
            .collect();
        let before = involving.len();
        let findings = if involving.is_empty() {
            involving
        } else {
            let archive_findings =
                engine::check_claims(&reports[draft_count..], archive_claims, ctx, rules.iter());
            involving
                .into_iter()
                .filter(|f| !only_repeats_archive(f, &archive_findings, &reports, draft_count))
                .collect()
        };
        Review {
            left_out: before - findings.len(),
            reports,
            findings,
            claims: all_claims,
            compared_with: related.len(),
            figures,
        }
    }

    /// The archive reports that share an explicit event or a publication date with a draft.
    fn related(&self, drafts: &[Report]) -> Vec<usize> {
        let mut related = BTreeSet::new();
        for draft in drafts {
            if let Some(event) = &draft.meta.event {
                related.extend(self.by_event.get(event).into_iter().flatten().copied());
            }
            if let Some(published) = draft.meta.published {
                related.extend(
                    self.by_date
                        .get(&published.date)
                        .into_iter()
                        .flatten()
                        .copied(),
                );
            }
        }
        related.into_iter().collect()
    }
}

/// Checks drafts against the reports they are based on (`review --source`, `check --source`):
/// every figure, title, name and date of a draft must be supported by a source (the
/// `source-support` rules), and a draft's own inconsistencies are reported as in any check.
/// Disagreements among the sources, and between a draft and a source under other rules (a
/// toll that rose since the wire copy), are not the draft's to answer for and are left out.
pub fn against_sources(
    mut drafts: Vec<Report>,
    mut sources: Vec<Report>,
    ctx: Context<'_>,
    rules: &RuleSet,
) -> Review {
    for draft in &mut drafts {
        draft.meta.role = crate::report::ReportRole::Draft;
    }
    for source in &mut sources {
        source.meta.role = crate::report::ReportRole::Source;
    }
    let draft_count = drafts.len();
    let compared_with = sources.len();
    let mut reports = drafts;
    reports.append(&mut sources);
    let claims = engine::read_claims(&mut reports, ctx);
    let all_claims = claims.clone();
    let (findings, figures) =
        engine::check_claims_with_coverage(&reports, claims, ctx, rules.iter(), |r| {
            r.0 < draft_count
        });
    let is_draft = |l: &Location| l.report.0 < draft_count;
    let findings: Vec<Finding> = findings
        .into_iter()
        .filter(|f| {
            let source_rule = rules
                .get(&f.rule)
                .is_some_and(|r| r.kind.name == "source-support");
            f.locations.iter().any(is_draft) && (source_rule || f.locations.iter().all(is_draft))
        })
        .collect();
    Review {
        reports,
        findings,
        claims: all_claims,
        compared_with,
        left_out: 0,
        figures,
    }
}

/// Whether a finding is one the archive has without the draft, the draft only repeating a
/// value that one of the archive reports in that finding gives.
fn only_repeats_archive(
    finding: &Finding,
    archive_findings: &[Finding],
    reports: &[Report],
    draft_count: usize,
) -> bool {
    let is_draft = |l: &Location| l.report.0 < draft_count;
    // Values as read, without the outlet that each location's value starts with.
    let value = |report: usize, l: &Location| {
        let label = reports[report].label();
        l.value
            .strip_prefix(&format!("{label}: "))
            .unwrap_or(&l.value)
            .to_string()
    };
    let archive_part: BTreeSet<(usize, Span)> = finding
        .locations
        .iter()
        .filter(|l| !is_draft(l))
        .map(|l| (l.report.0 - draft_count, l.span))
        .collect();
    let draft_values: BTreeSet<String> = finding
        .locations
        .iter()
        .filter(|l| is_draft(l))
        .map(|l| value(l.report.0, l))
        .collect();
    // Only a disagreement between reports can be one the archive already has.
    if archive_part.is_empty() {
        return false;
    }
    archive_findings.iter().any(|a| {
        let locations: BTreeSet<(usize, Span)> =
            a.locations.iter().map(|l| (l.report.0, l.span)).collect();
        let values: BTreeSet<String> = a
            .locations
            .iter()
            .map(|l| value(draft_count + l.report.0, l))
            .collect();
        a.rule == finding.rule
            && archive_part.is_subset(&locations)
            && draft_values.is_subset(&values)
    })
}
