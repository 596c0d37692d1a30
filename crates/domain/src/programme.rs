//! Programmes, their phases and rules, quads, and the rules on a review's
//! data that are not lifecycle guards: the month within the programme's
//! phases, the focus's key questions, a member's affiliation, and the
//! reciprocal-review conflict of CI programmes.
//!
//! Every check returns the field at fault and a sentence, so the API can
//! answer `VALIDATION` naming the field.

use crate::lifecycle::{Affiliation, ProgrammeKind, ProgrammeRules};
use crate::OrganisationKind;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// A field at fault and what to do about it.
pub type Invalid = (&'static str, String);

/// A calendar month, e.g. 2024-03: reviews are timetabled by month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Month {
    year: i32,
    month: u32,
}

impl Month {
    /// `YYYY-MM`, the month 01 to 12.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let bad = || format!("`{raw}` is not a month: write it as YYYY-MM, e.g. 2024-03");
        let (y, m) = raw.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) || !(2000..=2100).contains(&year) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }

    /// The month a date falls in.
    pub fn of(date: NaiveDate) -> Self {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// As people read it, e.g. "March 2025".
    pub fn label(self) -> String {
        self.first_day().format("%B %Y").to_string()
    }

    /// Its first day, as stored.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl TryFrom<String> for Month {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Month::parse(&value)
    }
}

impl From<Month> for String {
    fn from(value: Month) -> Self {
        value.to_string()
    }
}

/// One phase of a programme: a numbered run of months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    pub number: u32,
    pub from: Month,
    pub to: Month,
}

/// Phases are numbered 1, 2, 3 … in order, each runs forwards, and they do
/// not overlap. A programme has at least one.
pub fn check_phases(phases: &[Phase]) -> Result<(), Invalid> {
    if phases.is_empty() {
        return Err(("phases", "A programme needs at least one phase".into()));
    }
    for (i, phase) in phases.iter().enumerate() {
        if phase.number != i as u32 + 1 {
            return Err((
                "phases",
                format!(
                    "Number the phases 1, 2, 3 … in order; phase {} is out of place",
                    phase.number
                ),
            ));
        }
        if phase.from > phase.to {
            return Err((
                "phases",
                format!(
                    "Phase {} ends ({}) before it starts ({})",
                    phase.number, phase.to, phase.from
                ),
            ));
        }
        if i > 0 && phases[i - 1].to >= phase.from {
            return Err((
                "phases",
                format!("Phase {} starts before phase {} ends", phase.number, i),
            ));
        }
    }
    Ok(())
}

/// The review's month lies within its phase.
pub fn check_month_in_phase(phases: &[Phase], number: u32, month: Month) -> Result<(), Invalid> {
    let phase = phases.iter().find(|p| p.number == number).ok_or_else(|| {
        (
            "phase",
            format!(
                "The programme has no phase {number}; it has phases 1 to {}",
                phases.len()
            ),
        )
    })?;
    if month < phase.from || month > phase.to {
        return Err((
            "targetMonth",
            format!(
                "{month} is outside phase {number}, which runs from {} to {}",
                phase.from, phase.to
            ),
        ));
    }
    Ok(())
}

/// What a CI or Quads programme does about authorities reviewing each
/// other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Reciprocity {
    /// A reviewing B while B reviews A in the same phase is a conflict to
    /// resolve (CI).
    Flag,
    /// The authorities of a quad review each other (Quads).
    Expected,
}

impl Reciprocity {
    pub fn as_str(self) -> &'static str {
        match self {
            Reciprocity::Flag => "FLAG",
            Reciprocity::Expected => "EXPECTED",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "FLAG" => Some(Self::Flag),
            "EXPECTED" => Some(Self::Expected),
            _ => None,
        }
    }
}

/// Everything a programme sets, after its kind's defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeSettings {
    /// What the lifecycle's guards apply.
    pub rules: ProgrammeRules,
    /// Every required indicator must be graded.
    pub grading_required: bool,
    /// The framework, by id and version.
    pub framework: Option<(String, i32)>,
    /// The report is published.
    pub public_report_required: bool,
    pub reciprocity: Reciprocity,
}

impl ProgrammeSettings {
    /// The kind's defaults (domain.md): CI evidence only, reciprocity
    /// flagged; Quads a graded rubric, reciprocity expected.
    /// Both a three-day visit, a team of 6–12 and a public report.
    pub fn defaults_for(kind: ProgrammeKind) -> Self {
        ProgrammeSettings {
            rules: ProgrammeRules::defaults_for(kind),
            grading_required: kind == ProgrammeKind::Quads,
            // Chosen per programme from the loaded frameworks.
            framework: None,
            public_report_required: true,
            reciprocity: match kind {
                ProgrammeKind::Ci => Reciprocity::Flag,
                ProgrammeKind::Quads => Reciprocity::Expected,
            },
        }
    }

    /// Team bounds that make sense and a visit of one to ten days.
    pub fn check(&self) -> Result<(), Invalid> {
        let r = &self.rules;
        if r.team_size_min < 2 {
            return Err(("teamSizeMin", "A team needs at least two members".into()));
        }
        if r.team_size_max < r.team_size_min {
            return Err((
                "teamSizeMax",
                format!(
                    "The largest team ({}) is smaller than the smallest ({})",
                    r.team_size_max, r.team_size_min
                ),
            ));
        }
        if r.team_size_max > 30 {
            return Err((
                "teamSizeMax",
                "A team of more than 30 is not a review team".into(),
            ));
        }
        if !(1..=10).contains(&r.visit_length_days) {
            return Err((
                "visitLengthDays",
                "A visit lasts from 1 to 10 working days".into(),
            ));
        }
        if let Some((id, version)) = &self.framework {
            if id.trim().is_empty() || *version < 1 {
                return Err((
                    "framework",
                    "Name the framework by id and a version of 1 or more".into(),
                ));
            }
        }
        Ok(())
    }
}

/// A programme's name: not blank, at most 200 characters.
pub fn parse_programme_name(raw: &str) -> Result<String, Invalid> {
    crate::text::PROGRAMME_NAME.parse_collapsed(raw)
}

/// A material: a title and an http(s) link.
pub fn parse_material(title: &str, url: &str) -> Result<(String, String), Invalid> {
    let title = crate::text::MATERIAL_TITLE.parse(title)?;
    let url = url.trim();
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > 10
        && url.len() <= 2000
        && !url.contains(|c: char| c.is_whitespace() || c.is_control());
    if !ok {
        return Err(("url", "Enter a link starting with https://".into()));
    }
    Ok((title, url.to_owned()))
}

/// The largest document a programme officer may upload as a material.
pub const MATERIAL_MAX_BYTES: usize = 10 * 1024 * 1024;

/// The document types a material may be: content type, the one file name
/// extension it goes by and, for the Office and OpenDocument formats (which
/// are ZIP archives), the part every such document holds. What is uploaded
/// must be what it claims to be, by its content and by its name (a
/// `guide.html` holding a PDF would open as a web page if ever served by
/// its name).
const MATERIAL_TYPES: &[(&str, &str, Option<&str>)] = &[
    ("application/pdf", "pdf", None),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
        Some("word/document.xml"),
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
        Some("ppt/presentation.xml"),
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
        Some("xl/workbook.xml"),
    ),
    (
        "application/vnd.oasis.opendocument.text",
        "odt",
        Some("content.xml"),
    ),
];

/// Whether `bytes` are a document of type `claimed`, as `infer` reads their
/// signature. An Office or OpenDocument file is a ZIP archive, which
/// `infer` names by its first entries or calls a plain ZIP; either way it
/// must be a readable archive holding the type's main `part` (a ZIP of
/// anything else is not a `.docx`).
fn content_is(claimed: &str, part: Option<&str>, bytes: &[u8]) -> bool {
    let detected = infer::get(bytes).map(|t| t.mime_type());
    match part {
        None => detected == Some(claimed),
        Some(part) => {
            matches!(detected, Some(m) if m == claimed || m == "application/zip")
                && zip::ZipArchive::new(std::io::Cursor::new(bytes))
                    .is_ok_and(|archive| archive.index_for_name(part).is_some())
        }
    }
}

/// An uploaded material's file name (kept for the download) and content
/// type, checked against its size, content and extension. Returns the
/// file name without any path.
pub fn check_material_file(
    file_name: &str,
    content_type: &str,
    bytes: &[u8],
) -> Result<String, Invalid> {
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .collect::<String>();
    if name.is_empty() || name.chars().count() > 200 {
        return Err((
            "file",
            "Choose a file with a name of up to 200 characters".into(),
        ));
    }
    if bytes.is_empty() {
        return Err(("file", "The file is empty".into()));
    }
    if bytes.len() > MATERIAL_MAX_BYTES {
        return Err((
            "file",
            format!(
                "The file must be {} MB or smaller",
                MATERIAL_MAX_BYTES / 1024 / 1024
            ),
        ));
    }
    let content_type = content_type.split(';').next().unwrap_or_default().trim();
    let Some((claimed, extension, part)) = MATERIAL_TYPES
        .iter()
        .find(|(t, _, _)| t.eq_ignore_ascii_case(content_type))
    else {
        return Err((
            "file",
            "The file must be a PDF, Word, PowerPoint, Excel or OpenDocument text document".into(),
        ));
    };
    if !content_is(claimed, *part, bytes) {
        return Err(("file", "The file's content does not match its type".into()));
    }
    let named = name
        .rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && ext.eq_ignore_ascii_case(extension));
    if !named {
        return Err((
            "file",
            format!("The file's name must end in .{extension}, as its content is that type"),
        ));
    }
    Ok(name)
}

/// A school session, e.g. `2024-25`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Session(String);

impl Session {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let raw = raw.trim();
        let bad = || {
            (
                "session",
                format!("`{raw}` is not a session: write it like 2024-25"),
            )
        };
        let (a, b) = raw.split_once('-').ok_or_else(bad)?;
        let start: i32 = a.parse().map_err(|_| bad())?;
        let end: i32 = b.parse().map_err(|_| bad())?;
        if a.len() != 4
            || b.len() != 2
            || (start + 1) % 100 != end
            || !(2000..2100).contains(&start)
        {
            return Err(bad());
        }
        Ok(Session(raw.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A quad is four different local authorities.
pub fn check_quad_members(members: &[(Uuid, OrganisationKind)]) -> Result<(), Invalid> {
    if members.len() != 4 {
        return Err((
            "authorityIds",
            format!("A quad is four authorities; {} were given", members.len()),
        ));
    }
    for (i, (id, kind)) in members.iter().enumerate() {
        if *kind != OrganisationKind::LocalAuthority {
            return Err((
                "authorityIds",
                "Every member of a quad must be a local authority".into(),
            ));
        }
        if members[..i].iter().any(|(other, _)| other == id) {
            return Err((
                "authorityIds",
                "An authority is named twice in the quad".into(),
            ));
        }
    }
    Ok(())
}

/// A review of a quad, as the quad's rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuadReview {
    /// How a person tells the review apart, e.g. "the review of Fife,
    /// March 2025".
    pub title: String,
    pub state: crate::lifecycle::ReviewState,
    pub hosts: Vec<Uuid>,
}

/// What an officer wants to do to a quad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuadChange<'a> {
    /// Keep the quad with these four authorities (and perhaps a new name).
    Edit { members: &'a [Uuid] },
    /// Remove the quad.
    Dissolve,
}

/// Codes of [`check_quad_change`]'s refusals.
pub mod quad_codes {
    use crate::lifecycle::GuardCode;

    pub const QUAD_REVIEW_UNDER_WAY: GuardCode = GuardCode::QuadReviewUnderWay;
    pub const QUAD_HOST_WOULD_LEAVE: GuardCode = GuardCode::QuadHostWouldLeave;
    pub const QUAD_HAS_REVIEWS: GuardCode = GuardCode::QuadHasReviews;
}

/// Whether a quad may be edited or dissolved, given its reviews: only while
/// none of them is past SCHEDULED (a withdrawn review no longer uses the
/// quad's members, so it does not stop an edit). An edit must keep every
/// scheduled review's hosts in the quad; a quad is dissolved only once no
/// review names it, so a scheduled review is withdrawn first and a
/// withdrawn one keeps the quad in its record. Every unmet condition is
/// listed, each naming its review.
pub fn check_quad_change(
    reviews: &[QuadReview],
    change: QuadChange<'_>,
) -> Result<(), Vec<crate::lifecycle::Unmet>> {
    use crate::lifecycle::{ReviewState, Unmet};
    let mut unmet = Vec::new();
    for review in reviews {
        match review.state {
            ReviewState::Scheduled => match change {
                QuadChange::Edit { members } => {
                    if review.hosts.iter().any(|h| !members.contains(h)) {
                        unmet.push(Unmet::new(
                            quad_codes::QUAD_HOST_WOULD_LEAVE,
                            format!(
                                "{} is hosted by an authority this change takes out of the quad: keep it in, or withdraw the review first",
                                capitalised(&review.title)
                            ),
                        ));
                    }
                }
                QuadChange::Dissolve => unmet.push(Unmet::new(
                    quad_codes::QUAD_HAS_REVIEWS,
                    format!(
                        "{} is scheduled for this quad: withdraw it first",
                        capitalised(&review.title)
                    ),
                )),
            },
            ReviewState::Withdrawn => {
                if change == QuadChange::Dissolve {
                    unmet.push(Unmet::new(
                        quad_codes::QUAD_HAS_REVIEWS,
                        format!(
                            "{} was withdrawn and its record names this quad",
                            capitalised(&review.title)
                        ),
                    ));
                }
            }
            state => unmet.push(Unmet::new(
                quad_codes::QUAD_REVIEW_UNDER_WAY,
                format!(
                    "{} is past Scheduled (it is {})",
                    capitalised(&review.title),
                    state.label().to_lowercase()
                ),
            )),
        }
    }
    if unmet.is_empty() {
        Ok(())
    } else {
        Err(unmet)
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The focus as entered: a theme, at least one key question (none blank)
/// and an optional scope.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Focus {
    pub theme: String,
    pub key_questions: Vec<String>,
    pub scope: Option<String>,
}

impl Focus {
    pub fn parse(
        theme: &str,
        key_questions: &[String],
        scope: Option<&str>,
    ) -> Result<Self, Invalid> {
        use crate::text::{KEY_QUESTION, MAX_KEY_QUESTIONS, SCOPE, THEME};
        let theme = THEME.parse(theme)?;
        if key_questions.is_empty() {
            return Err(("keyQuestions", "Enter at least one key question".into()));
        }
        if key_questions.len() > MAX_KEY_QUESTIONS {
            return Err((
                "keyQuestions",
                format!("A focus may have at most {MAX_KEY_QUESTIONS} key questions"),
            ));
        }
        let mut questions = Vec::with_capacity(key_questions.len());
        for (i, q) in key_questions.iter().enumerate() {
            KEY_QUESTION.check(q).map_err(|(field, _)| {
                (
                    field,
                    format!(
                        "Key question {} must be at most {} characters, without control characters",
                        i + 1,
                        KEY_QUESTION.max_chars
                    ),
                )
            })?;
            let q = q.trim();
            if q.is_empty() {
                return Err(("keyQuestions", format!("Key question {} is empty", i + 1)));
            }
            questions.push(q.to_owned());
        }
        let scope = SCOPE.parse_optional(scope)?;
        Ok(Focus {
            theme,
            key_questions: questions,
            scope,
        })
    }
}

/// A theme given when a review is scheduled or imported: optional, but
/// not blank when given.
pub fn parse_theme(raw: Option<&str>) -> Result<Option<String>, Invalid> {
    crate::text::THEME.parse_optional(raw)
}

/// Where a member comes from, from their organisation and the review's
/// hosts: a host authority's people are `HOST` (never `PEER_AUTHORITY`),
/// another authority's are `PEER_AUTHORITY`.
pub fn affiliation_of(kind: OrganisationKind, organisation: Uuid, hosts: &[Uuid]) -> Affiliation {
    match kind {
        OrganisationKind::LocalAuthority if hosts.contains(&organisation) => Affiliation::Host,
        OrganisationKind::LocalAuthority => Affiliation::PeerAuthority,
        OrganisationKind::Ades => Affiliation::Ades,
        OrganisationKind::EducationScotland => Affiliation::EducationScotland,
        OrganisationKind::HmInspectors => Affiliation::HmInspectors,
        OrganisationKind::Partner => Affiliation::Partner,
    }
}

/// Whether a review's focus and team may still be edited: from scheduling
/// until the visit starts (postponed reviews included). The next forward
/// command checks them again.
pub fn editable_before_visit(state: crate::lifecycle::ReviewState) -> bool {
    use crate::lifecycle::ReviewState as S;
    matches!(
        state,
        S::Scheduled | S::FocusAgreed | S::TeamFormed | S::SelfEvaluationSubmitted | S::Postponed
    )
}

/// The states of a review whose visit has begun. Someone who accepted a
/// place on the team of such a review (and was not replaced) has taken
/// part in a review; everyone else is a first-time participant and gets the
/// programme's pre-reading with their invitation (domain.md, "Materials").
/// A place accepted on a review still being prepared does not count: that
/// person has not been on a visit yet, and a withdrawn or postponed review
/// may never have had one.
pub const TAKEN_PART_STATES: [crate::lifecycle::ReviewState; 6] = {
    use crate::lifecycle::ReviewState as S;
    [
        S::VisitInProgress,
        S::VisitCompleted,
        S::ReportDrafted,
        S::ReportPublished,
        S::FollowUp,
        S::Closed,
    ]
};

/// Whether an accepted place on a review in `state` means its member has
/// taken part in a review (see [`TAKEN_PART_STATES`]).
pub fn has_taken_part(state: crate::lifecycle::ReviewState) -> bool {
    TAKEN_PART_STATES.contains(&state)
}

/// A review as the reciprocity rule sees it: its hosts and the authorities
/// its counted peer members come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewPeers {
    pub review_id: Uuid,
    pub phase: u32,
    pub hosts: Vec<Uuid>,
    pub peer_authorities: Vec<Uuid>,
}

/// For CI: the other reviews of the same phase that make a member from
/// `member_authority` on `review` reciprocal — hosted by the member's
/// authority and with a peer member from one of `review`'s hosts.
pub fn reciprocal_reviews(
    review: &ReviewPeers,
    member_authority: Uuid,
    others: &[ReviewPeers],
) -> Vec<Uuid> {
    others
        .iter()
        .filter(|o| o.review_id != review.review_id && o.phase == review.phase)
        .filter(|o| o.hosts.contains(&member_authority))
        .filter(|o| o.peer_authorities.iter().any(|a| review.hosts.contains(a)))
        .map(|o| o.review_id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_review_whose_visit_has_begun_makes_its_members_no_longer_first_timers() {
        use crate::lifecycle::ReviewState as S;
        for state in [
            S::Scheduled,
            S::FocusAgreed,
            S::TeamFormed,
            S::SelfEvaluationSubmitted,
            S::Postponed,
            S::Withdrawn,
        ] {
            assert!(!has_taken_part(state), "{state:?}");
        }
        for state in [S::VisitInProgress, S::VisitCompleted, S::Closed] {
            assert!(has_taken_part(state), "{state:?}");
        }
    }

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    fn ci_phases() -> Vec<Phase> {
        vec![
            Phase {
                number: 1,
                from: m("2021-09"),
                to: m("2022-06"),
            },
            Phase {
                number: 2,
                from: m("2022-08"),
                to: m("2023-11"),
            },
        ]
    }

    #[test]
    fn months_parse_only_as_year_dash_month() {
        assert_eq!(m("2024-03").to_string(), "2024-03");
        for bad in ["2024-3", "2024-13", "24-03", "March 2024", "2024-00", ""] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phases_must_be_numbered_in_order_and_not_overlap() {
        assert!(check_phases(&ci_phases()).is_ok());
        assert!(check_phases(&[]).is_err());
        let mut overlapping = ci_phases();
        overlapping[1].from = m("2022-05");
        assert_eq!(check_phases(&overlapping).unwrap_err().0, "phases");
        let mut backwards = ci_phases();
        backwards[0].to = m("2021-01");
        assert!(check_phases(&backwards).is_err());
        let mut misnumbered = ci_phases();
        misnumbered[1].number = 3;
        assert!(check_phases(&misnumbered).is_err());
    }

    #[test]
    fn a_month_outside_its_phase_is_refused_naming_the_target_month() {
        assert!(check_month_in_phase(&ci_phases(), 1, m("2022-06")).is_ok());
        assert_eq!(
            check_month_in_phase(&ci_phases(), 1, m("2022-07"))
                .unwrap_err()
                .0,
            "targetMonth"
        );
        assert_eq!(
            check_month_in_phase(&ci_phases(), 3, m("2022-09"))
                .unwrap_err()
                .0,
            "phase"
        );
    }

    #[test]
    fn the_kinds_set_their_defaults() {
        let ci = ProgrammeSettings::defaults_for(ProgrammeKind::Ci);
        assert_eq!(ci.reciprocity, Reciprocity::Flag);
        assert_eq!(ci.rules.visit_length_days, 3);
        let quads = ProgrammeSettings::defaults_for(ProgrammeKind::Quads);
        assert_eq!(quads.reciprocity, Reciprocity::Expected);
        assert!(quads.grading_required);
        assert!(ci.check().is_ok() && quads.check().is_ok());
    }

    #[test]
    fn team_bounds_the_wrong_way_round_are_refused() {
        let mut s = ProgrammeSettings::defaults_for(ProgrammeKind::Ci);
        s.rules.team_size_max = 4;
        assert_eq!(s.check().unwrap_err().0, "teamSizeMax");
    }

    #[test]
    fn an_uploaded_material_must_be_a_document_that_is_what_it_claims() {
        let pdf = b"%PDF-1.7 ...";
        assert_eq!(
            check_material_file("C:\\docs\\Key terms.pdf", "application/pdf", pdf).unwrap(),
            "Key terms.pdf"
        );
        assert!(check_material_file("x.pdf", "application/pdf", b"<html>").is_err());
        assert!(check_material_file("x.html", "text/html", b"<html>").is_err());
        assert!(check_material_file("x.pdf", "application/pdf", b"").is_err());
        let big = vec![b'%'; MATERIAL_MAX_BYTES + 1];
        assert!(check_material_file("x.pdf", "application/pdf", &big).is_err());
    }

    #[test]
    fn an_uploaded_materials_extension_must_match_its_detected_type() {
        let pdf = b"%PDF-1.7 ...";
        for name in [
            "guide.html",
            "guide.pdf.html",
            "guide",
            ".pdf",
            "guide.docx",
        ] {
            let err = check_material_file(name, "application/pdf", pdf).unwrap_err();
            assert!(err.1.contains(".pdf"), "{name}: {err:?}");
        }
        assert!(check_material_file("Guide.PDF", "application/pdf", pdf).is_ok());
        let docx = zip_of(&["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
        assert!(check_material_file("notes.docx", WORD, &docx).is_ok());
        assert!(check_material_file("notes.xlsx", WORD, &docx).is_err());
    }

    const WORD: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// A ZIP archive holding empty files of these names.
    fn zip_of(names: &[&str]) -> Vec<u8> {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for name in names {
            zip.start_file(*name, options).expect("start a file");
            zip.write_all(b"<x/>").expect("write it");
        }
        zip.finish().expect("finish the archive").into_inner()
    }

    #[test]
    fn a_zip_passes_as_a_docx_only_if_it_holds_word_document_xml() {
        let content = |names: &[&str]| check_material_file("notes.docx", WORD, &zip_of(names));
        assert!(content(&["[Content_Types].xml", "word/document.xml"]).is_ok());
        assert!(
            content(&["word/document.xml"]).is_ok(),
            "entry order is free"
        );
        for names in [
            &["notes.txt"][..],
            &["[Content_Types].xml", "word/styles.xml"],
            &["[Content_Types].xml", "xl/workbook.xml"],
            &["[Content_Types].xml", "word/document.xml.bak"],
        ] {
            let err = content(names).unwrap_err();
            assert_eq!(
                err.1, "The file's content does not match its type",
                "{names:?}"
            );
        }
        let broken = &zip_of(&["word/document.xml"])[..30];
        assert!(
            check_material_file("notes.docx", WORD, broken).is_err(),
            "a cut archive"
        );
    }

    #[test]
    fn each_office_type_must_hold_its_own_main_part() {
        for (content_type, name, part) in [
            (
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "deck.pptx",
                "ppt/presentation.xml",
            ),
            (
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "sums.xlsx",
                "xl/workbook.xml",
            ),
            (
                "application/vnd.oasis.opendocument.text",
                "notes.odt",
                "content.xml",
            ),
        ] {
            assert!(
                check_material_file(name, content_type, &zip_of(&[part])).is_ok(),
                "{name}"
            );
            assert!(
                check_material_file(name, content_type, &zip_of(&["word/document.xml"])).is_err(),
                "{name} holding a Word document"
            );
        }
    }

    #[test]
    fn sessions_are_consecutive_years() {
        assert!(Session::parse("2024-25").is_ok());
        assert!(Session::parse("1999-00").is_err());
        assert!(Session::parse("2024-26").is_err());
        assert!(Session::parse("2024").is_err());
    }

    #[test]
    fn a_quad_changes_only_while_no_review_is_past_scheduled_naming_each_one_that_is() {
        use crate::lifecycle::ReviewState;
        let ids: Vec<Uuid> = (0..5).map(|_| Uuid::new_v4()).collect();
        let review = |title: &str, state, host: Uuid| QuadReview {
            title: title.into(),
            state,
            hosts: vec![host],
        };
        let scheduled = review(
            "the review of Fife, March 2025",
            ReviewState::Scheduled,
            ids[0],
        );
        let agreed = review(
            "the review of Falkirk, April 2025",
            ReviewState::FocusAgreed,
            ids[1],
        );
        let withdrawn = review(
            "the review of Stirling, May 2025",
            ReviewState::Withdrawn,
            ids[2],
        );
        let same = &ids[..4];
        let without_fife = &ids[1..5];

        // Nothing past SCHEDULED: an edit keeping the hosts is allowed.
        assert!(check_quad_change(
            &[scheduled.clone(), withdrawn.clone()],
            QuadChange::Edit { members: same }
        )
        .is_ok());
        // One past SCHEDULED: refused, naming it, with its state.
        let refused = check_quad_change(
            &[scheduled.clone(), agreed.clone()],
            QuadChange::Edit { members: same },
        )
        .unwrap_err();
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].code, quad_codes::QUAD_REVIEW_UNDER_WAY);
        assert_eq!(
            refused[0].message,
            "The review of Falkirk, April 2025 is past Scheduled (it is focus agreed)"
        );
        // A scheduled review's host taken out of the quad: refused, naming it.
        let refused = check_quad_change(
            std::slice::from_ref(&scheduled),
            QuadChange::Edit {
                members: without_fife,
            },
        )
        .unwrap_err();
        assert_eq!(refused[0].code, quad_codes::QUAD_HOST_WOULD_LEAVE);
        assert!(refused[0]
            .message
            .starts_with("The review of Fife, March 2025 is hosted by"));

        // Dissolving: only a quad no review names.
        assert!(check_quad_change(&[], QuadChange::Dissolve).is_ok());
        let refused =
            check_quad_change(&[scheduled, agreed, withdrawn], QuadChange::Dissolve).unwrap_err();
        let codes: Vec<_> = refused.iter().map(|u| u.code).collect();
        assert_eq!(
            codes,
            [
                quad_codes::QUAD_HAS_REVIEWS,
                quad_codes::QUAD_REVIEW_UNDER_WAY,
                quad_codes::QUAD_HAS_REVIEWS
            ]
        );
        assert_eq!(
            refused[0].message,
            "The review of Fife, March 2025 is scheduled for this quad: withdraw it first"
        );
    }

    #[test]
    fn a_quad_is_four_different_authorities() {
        let la = OrganisationKind::LocalAuthority;
        let ids: Vec<_> = (1..=4).map(|i| (Uuid::from_u128(i), la)).collect();
        assert!(check_quad_members(&ids).is_ok());
        assert!(check_quad_members(&ids[..3]).is_err());
        let mut twice = ids.clone();
        twice[3] = twice[0];
        assert!(check_quad_members(&twice).is_err());
        let mut national = ids;
        national[0].1 = OrganisationKind::Ades;
        assert!(check_quad_members(&national).is_err());
    }

    #[test]
    fn a_focus_needs_a_theme_and_no_empty_key_question() {
        let q = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(Focus::parse("Inclusion", &q(&["How well …?"]), None).is_ok());
        assert_eq!(
            Focus::parse("Inclusion", &q(&[]), None).unwrap_err().0,
            "keyQuestions"
        );
        assert_eq!(
            Focus::parse("Inclusion", &q(&["ok", "  "]), None)
                .unwrap_err()
                .0,
            "keyQuestions"
        );
        assert_eq!(Focus::parse(" ", &q(&["ok"]), None).unwrap_err().0, "theme");
    }

    #[test]
    fn a_focus_is_bounded_in_every_text_and_in_its_number_of_questions() {
        let q = |n: usize| vec!["How well?".to_string(); n];
        assert!(Focus::parse("Inclusion", &q(crate::text::MAX_KEY_QUESTIONS), None).is_ok());
        let err = Focus::parse("Inclusion", &q(crate::text::MAX_KEY_QUESTIONS + 1), None);
        assert_eq!(err.unwrap_err().0, "keyQuestions");
        let long = "x".repeat(4001);
        assert_eq!(
            Focus::parse("Inclusion", &q(1), Some(&long)).unwrap_err().0,
            "scope"
        );
        let question = vec!["y".repeat(1001)];
        assert_eq!(
            Focus::parse("Inclusion", &question, None).unwrap_err().0,
            "keyQuestions"
        );
        assert_eq!(
            Focus::parse("Inclu\0sion", &q(1), None).unwrap_err().0,
            "theme"
        );
        let multiline = Focus::parse("Inclusion", &["How well\nand how?".into()], Some("a\r\nb"));
        assert!(multiline.is_ok());
    }

    #[test]
    fn a_host_authoritys_people_are_host_members_never_peers() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let la = OrganisationKind::LocalAuthority;
        assert_eq!(affiliation_of(la, a, &[a, b]), Affiliation::Host);
        assert_eq!(affiliation_of(la, b, &[a]), Affiliation::PeerAuthority);
        assert_eq!(
            affiliation_of(OrganisationKind::HmInspectors, a, &[a]),
            Affiliation::HmInspectors
        );
    }

    #[test]
    fn a_reviewing_b_while_b_reviews_a_in_the_same_phase_is_reciprocal() {
        let (a, b, c) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let review_of_b = ReviewPeers {
            review_id: Uuid::from_u128(10),
            phase: 1,
            hosts: vec![b],
            peer_authorities: vec![],
        };
        let review_of_a = ReviewPeers {
            review_id: Uuid::from_u128(11),
            phase: 1,
            hosts: vec![a],
            peer_authorities: vec![b],
        };
        let later = ReviewPeers {
            phase: 2,
            review_id: Uuid::from_u128(12),
            ..review_of_a.clone()
        };
        assert_eq!(
            reciprocal_reviews(&review_of_b, a, &[review_of_a.clone(), later.clone()]),
            vec![review_of_a.review_id]
        );
        assert!(reciprocal_reviews(&review_of_b, c, &[review_of_a]).is_empty());
        assert!(reciprocal_reviews(&review_of_b, a, &[later]).is_empty());
    }
}
