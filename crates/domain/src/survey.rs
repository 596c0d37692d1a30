//! The participant survey (issue 22): the agreement scale, the
//! respondents' organisation types, a programme's statements and their
//! bounds, a response's checks, and the results of a cut — with fewer than
//! [`MIN_RESPONDENTS_FOR_BREAKDOWN`] respondents, counts only.

use crate::lifecycle::Affiliation;
use crate::text::Text;
use chrono::{DateTime, Duration, Utc};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// The statements a programme starts with: the themes the programme's own
/// evaluation reported on.
pub const DEFAULT_STATEMENTS: [&str; 8] = [
    "The practical organisation of the review worked well.",
    "The discussions during the review were open and honest.",
    "The external perspective added value to the host authority's self-evaluation.",
    "Taking part benefited my own professional learning.",
    "The review benefited the participating organisations.",
    "The review is likely to benefit learners.",
    "I enjoyed taking part in the review.",
    "The review process should continue.",
];

/// The most statements a programme may have.
pub const MAX_STATEMENTS: usize = 20;
/// One statement's text.
pub const STATEMENT: Text = Text {
    field: "statements",
    label: "statement",
    max_chars: 300,
    multiline: false,
};
/// A respondent's open comment.
pub const COMMENT: Text = Text {
    field: "comment",
    label: "comment",
    max_chars: 2000,
    multiline: true,
};
/// The most answers one response may carry (more than any programme has
/// statements, fewer than a flood).
pub const MAX_ANSWERS: usize = 50;
/// Weeks a survey stays open unless the programme says otherwise.
pub const DEFAULT_CLOSE_AFTER_WEEKS: i32 = 4;
/// The range a programme may choose from.
pub const CLOSE_AFTER_WEEKS: std::ops::RangeInclusive<i32> = 1..=12;
/// The reminder goes this long before the survey closes.
pub const REMINDER_BEFORE_CLOSE_DAYS: i64 = 7;
/// Below this many respondents, a cut shows counts only.
pub const MIN_RESPONDENTS_FOR_BREAKDOWN: usize = 3;

/// A point of the agreement scale, in the order results list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    StronglyAgree,
    Agree,
    Disagree,
    StronglyDisagree,
    DontKnow,
}

impl Answer {
    pub const ALL: [Answer; 5] = [
        Answer::StronglyAgree,
        Answer::Agree,
        Answer::Disagree,
        Answer::StronglyDisagree,
        Answer::DontKnow,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::StronglyAgree => "STRONGLY_AGREE",
            Self::Agree => "AGREE",
            Self::Disagree => "DISAGREE",
            Self::StronglyDisagree => "STRONGLY_DISAGREE",
            Self::DontKnow => "DONT_KNOW",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Its index in [`Answer::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where a respondent works, as they say in their response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganisationType {
    Authority,
    EducationScotland,
    HmInspectors,
    Ades,
    Other,
}

impl OrganisationType {
    pub const ALL: [OrganisationType; 5] = [
        OrganisationType::Authority,
        OrganisationType::EducationScotland,
        OrganisationType::HmInspectors,
        OrganisationType::Ades,
        OrganisationType::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Authority => "AUTHORITY",
            Self::EducationScotland => "EDUCATION_SCOTLAND",
            Self::HmInspectors => "HM_INSPECTORS",
            Self::Ades => "ADES",
            Self::Other => "OTHER",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The type a team member most likely answers as.
    pub fn of_affiliation(affiliation: Affiliation) -> Self {
        match affiliation {
            Affiliation::Host | Affiliation::PeerAuthority => Self::Authority,
            Affiliation::Ades => Self::Ades,
            Affiliation::EducationScotland => Self::EducationScotland,
            Affiliation::HmInspectors => Self::HmInspectors,
            Affiliation::Partner => Self::Other,
        }
    }
}

/// When a survey opened at `opened` closes.
pub fn closes_at(opened: DateTime<Utc>, weeks: i32) -> DateTime<Utc> {
    opened + Duration::weeks(i64::from(weeks))
}

/// When the reminder of a survey closing at `closes` is due.
pub fn reminder_due(closes: DateTime<Utc>) -> DateTime<Utc> {
    closes - Duration::days(REMINDER_BEFORE_CLOSE_DAYS)
}

/// A programme's statements as entered: trimmed, bounded, distinct; every
/// problem listed, each under `statements.<index>`.
pub fn check_statements(raw: &[String]) -> Result<Vec<String>, Vec<(String, String)>> {
    let mut reasons: Vec<(String, String)> = Vec::new();
    if raw.is_empty() {
        reasons.push(("statements".into(), "Enter at least one statement".into()));
    }
    if raw.len() > MAX_STATEMENTS {
        reasons.push((
            "statements".into(),
            format!(
                "A survey may have at most {MAX_STATEMENTS} statements; {} were given",
                raw.len()
            ),
        ));
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, text) in raw.iter().enumerate().take(MAX_STATEMENTS + 1) {
        match STATEMENT.parse(text) {
            Ok(t) => {
                if !seen.insert(t.to_lowercase()) {
                    reasons.push((
                        format!("statements.{i}"),
                        format!("Statement {} repeats an earlier one", i + 1),
                    ));
                }
                out.push(t);
            }
            Err((_, message)) => reasons.push((
                format!("statements.{i}"),
                format!("Statement {}: {message}", i + 1),
            )),
        }
    }
    if reasons.is_empty() {
        Ok(out)
    } else {
        Err(reasons)
    }
}

/// Why a response is refused (after its link was found usable).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseRefusal {
    /// An answer names a statement the survey does not have.
    UnknownStatement(Uuid),
    /// Every problem with the answers and the comment: (field, message).
    Invalid(Vec<(String, String)>),
}

/// A response as checked: one answer per statement, in the statements'
/// order, and the comment trimmed (blank is none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedResponse {
    pub organisation_type: OrganisationType,
    pub answers: Vec<(Uuid, Answer)>,
    pub comment: Option<String>,
}

/// Checks a response against the survey's statements (ids with their
/// position, in order): every statement answered exactly once, no unknown
/// statement, the comment bounded.
pub fn check_response(
    statements: &[(Uuid, i32)],
    organisation_type: OrganisationType,
    answers: &[(Uuid, Answer)],
    comment: Option<&str>,
) -> Result<CheckedResponse, ResponseRefusal> {
    let known: HashMap<Uuid, i32> = statements.iter().copied().collect();
    if let Some((unknown, _)) = answers.iter().find(|(id, _)| !known.contains_key(id)) {
        return Err(ResponseRefusal::UnknownStatement(*unknown));
    }
    let mut reasons = Vec::new();
    if answers.len() > MAX_ANSWERS {
        reasons.push((
            "answers".to_owned(),
            format!(
                "A response may carry at most {MAX_ANSWERS} answers; {} were given",
                answers.len()
            ),
        ));
    }
    let mut given: HashMap<Uuid, Answer> = HashMap::new();
    let mut repeated = HashSet::new();
    for (id, answer) in answers {
        if given.insert(*id, *answer).is_some() && repeated.insert(*id) {
            reasons.push((
                format!("answers.{id}"),
                format!(
                    "Statement {} is answered more than once",
                    known.get(id).copied().unwrap_or_default()
                ),
            ));
        }
    }
    for (id, position) in statements {
        if !given.contains_key(id) {
            reasons.push((
                format!("answers.{id}"),
                format!("Choose an answer for statement {position}"),
            ));
        }
    }
    let comment = match COMMENT.parse_optional(comment) {
        Ok(c) => c,
        Err((field, message)) => {
            reasons.push((field.to_owned(), message));
            None
        }
    };
    if !reasons.is_empty() {
        return Err(ResponseRefusal::Invalid(reasons));
    }
    Ok(CheckedResponse {
        organisation_type,
        answers: statements
            .iter()
            .filter_map(|(id, _)| given.get(id).map(|a| (*id, *a)))
            .collect(),
        comment,
    })
}

/// One statement's counts in a cut, in [`Answer::ALL`] order, and the
/// percentages (one decimal) when the cut shows a breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementTally {
    pub counts: [u32; 5],
    pub percentages: Option<[f64; 5]>,
}

/// The results of one cut (a programme, a phase, a review).
#[derive(Debug, Clone, PartialEq)]
pub struct CutResults {
    pub respondents: usize,
    /// Whether the cut has enough respondents for percentages, the
    /// organisation types and the comments.
    pub breakdown_shown: bool,
    /// Respondents per [`OrganisationType::ALL`]; `None` below the threshold.
    pub by_organisation_type: Option<[u32; 5]>,
    /// Per statement, in the order given.
    pub statements: Vec<StatementTally>,
    /// The comments; empty below the threshold.
    pub comments: Vec<String>,
}

/// A cut's results from its raw counts: `counts` per statement (in the
/// statements' order), respondents per organisation type, the comments.
pub fn cut_results(
    respondents: usize,
    counts: Vec<[u32; 5]>,
    by_organisation_type: [u32; 5],
    comments: Vec<String>,
) -> CutResults {
    let shown = respondents >= MIN_RESPONDENTS_FOR_BREAKDOWN;
    CutResults {
        respondents,
        breakdown_shown: shown,
        by_organisation_type: shown.then_some(by_organisation_type),
        statements: counts
            .into_iter()
            .map(|counts| StatementTally {
                counts,
                percentages: shown.then(|| percentages(&counts)),
            })
            .collect(),
        comments: if shown { comments } else { Vec::new() },
    }
}

/// Each count as a percentage of their sum, to one decimal.
fn percentages(counts: &[u32; 5]) -> [f64; 5] {
    let total: u32 = counts.iter().sum();
    let mut out = [0.0; 5];
    if total == 0 {
        return out;
    }
    for (o, c) in out.iter_mut().zip(counts) {
        *o = (f64::from(*c) * 1000.0 / f64::from(total)).round() / 10.0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<(Uuid, i32)> {
        (0..n).map(|i| (Uuid::new_v4(), i as i32 + 1)).collect()
    }

    #[test]
    fn the_defaults_pass_their_own_checks() {
        let raw: Vec<String> = DEFAULT_STATEMENTS.iter().map(|s| s.to_string()).collect();
        assert_eq!(check_statements(&raw).unwrap(), raw);
    }

    #[test]
    fn statements_refuse_blank_long_repeated_and_too_many_listing_each() {
        let mut raw = vec![
            " ".to_owned(),
            "x".repeat(301),
            "Same".to_owned(),
            "same ".to_owned(),
        ];
        let reasons = check_statements(&raw).unwrap_err();
        let fields: Vec<&str> = reasons.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["statements.0", "statements.1", "statements.3"]);
        raw = (0..21).map(|i| format!("Statement {i}")).collect();
        assert_eq!(check_statements(&raw).unwrap_err()[0].0, "statements");
        assert_eq!(check_statements(&[]).unwrap_err()[0].0, "statements");
    }

    #[test]
    fn a_response_must_answer_every_statement_once() {
        let s = ids(3);
        let answers = [(s[0].0, Answer::Agree), (s[0].0, Answer::Disagree)];
        let ResponseRefusal::Invalid(reasons) =
            check_response(&s, OrganisationType::Ades, &answers, None).unwrap_err()
        else {
            panic!("expected invalid");
        };
        assert_eq!(reasons.len(), 3, "{reasons:?}");
        assert!(reasons[0].1.contains("more than once"));
        assert!(reasons[1].1.contains("statement 2"));
        assert!(reasons[2].1.contains("statement 3"));
    }

    #[test]
    fn a_response_naming_an_unknown_statement_is_refused_naming_it() {
        let s = ids(1);
        let stranger = Uuid::new_v4();
        assert_eq!(
            check_response(
                &s,
                OrganisationType::Other,
                &[(s[0].0, Answer::Agree), (stranger, Answer::Agree)],
                None
            ),
            Err(ResponseRefusal::UnknownStatement(stranger))
        );
    }

    #[test]
    fn a_response_keeps_the_statements_order_and_a_trimmed_comment() {
        let s = ids(2);
        let ok = check_response(
            &s,
            OrganisationType::Authority,
            &[(s[1].0, Answer::DontKnow), (s[0].0, Answer::StronglyAgree)],
            Some("  Useful.  "),
        )
        .unwrap();
        assert_eq!(
            ok.answers,
            [(s[0].0, Answer::StronglyAgree), (s[1].0, Answer::DontKnow)]
        );
        assert_eq!(ok.comment.as_deref(), Some("Useful."));
        let long = "x".repeat(2001);
        assert!(matches!(
            check_response(&s, OrganisationType::Authority, &[(s[0].0, Answer::Agree), (s[1].0, Answer::Agree)], Some(&long)),
            Err(ResponseRefusal::Invalid(r)) if r[0].0 == "comment"
        ));
    }

    #[test]
    fn fewer_than_three_respondents_show_counts_only() {
        let r = cut_results(2, vec![[1, 1, 0, 0, 0]], [2, 0, 0, 0, 0], vec!["Hi".into()]);
        assert!(!r.breakdown_shown);
        assert_eq!(r.by_organisation_type, None);
        assert_eq!(r.statements[0].counts, [1, 1, 0, 0, 0]);
        assert_eq!(r.statements[0].percentages, None);
        assert!(r.comments.is_empty());
    }

    #[test]
    fn three_respondents_show_percentages_to_one_decimal() {
        let r = cut_results(3, vec![[2, 1, 0, 0, 0]], [2, 1, 0, 0, 0], vec!["Hi".into()]);
        assert!(r.breakdown_shown);
        assert_eq!(
            r.statements[0].percentages,
            Some([66.7, 33.3, 0.0, 0.0, 0.0])
        );
        assert_eq!(r.by_organisation_type, Some([2, 1, 0, 0, 0]));
        assert_eq!(r.comments, ["Hi"]);
    }

    #[test]
    fn a_survey_closes_after_its_weeks_and_reminds_a_week_before() {
        let opened = DateTime::parse_from_rfc3339("2026-03-02T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let closes = closes_at(opened, 4);
        assert_eq!(closes.to_rfc3339(), "2026-03-30T10:00:00+00:00");
        assert_eq!(
            reminder_due(closes).to_rfc3339(),
            "2026-03-23T10:00:00+00:00"
        );
    }
}
