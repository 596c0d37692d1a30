//! The host's self-evaluation (domain.md, "Self-evaluation"): one per
//! review and host authority, on the framework version the programme had
//! pinned when it was started. Per quality indicator: a grade on the
//! framework's scale where grading is required, evidence, strengths, areas
//! for improvement and answers to the framework's questions. Each
//! indicator is saved on its own with a version, so two people on the same
//! indicator never overwrite each other silently.
//!
//! Who may edit: the host lead and the authority users of that host
//! authority, from scheduling until it is submitted. Who may read: those,
//! the other hosts of a joint review and programme officers always; the
//! team once it is submitted.

use crate::framework::{Framework, Grading, QualityIndicator};
use crate::lifecycle::{Person, ReviewState, SelfEvaluationMode};
use crate::programme::Invalid;
use crate::text::Text;
use uuid::Uuid;

/// The evidence for one indicator.
pub const EVIDENCE: Text = Text {
    field: "evidence",
    label: "evidence",
    max_chars: 10_000,
    multiline: true,
};
/// The strengths found for one indicator.
pub const STRENGTHS: Text = Text {
    field: "strengths",
    label: "strengths",
    max_chars: 5_000,
    multiline: true,
};
/// The areas for improvement found for one indicator.
pub const AREAS_FOR_IMPROVEMENT: Text = Text {
    field: "areasForImprovement",
    label: "areas for improvement",
    max_chars: 5_000,
    multiline: true,
};
/// One answer to one of the framework's questions.
pub const ANSWER: Text = Text {
    field: "answers",
    label: "answer",
    max_chars: 5_000,
    multiline: true,
};
/// A summary of an evidence-only self-evaluation document.
pub const DOCUMENT_SUMMARY: Text = Text {
    field: "summary",
    label: "summary",
    max_chars: 2_000,
    multiline: true,
};
/// Most documents attached to one self-evaluation or one indicator.
pub const MAX_DOCUMENTS: usize = 20;
/// Most answers accepted for one indicator, whatever the framework (it may
/// have fewer questions; more answers than questions are refused).
pub const MAX_ANSWERS: usize = 12;
/// Longest indicator number accepted in a request (e.g. "1.2").
pub const INDICATOR_MAX_CHARS: usize = 20;

/// Whose judgement an indicator's entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum Perspective {
    /// The host authority's self-evaluation.
    Host,
    /// The review team's view of it: never public; the team and programme
    /// officers see it always, host users once the report is published.
    Team,
}

impl Perspective {
    /// The stored name, `HOST` or `TEAM`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::str::FromStr for Perspective {
    type Err = crate::lifecycle::UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        use strum::VariantArray;
        Perspective::VARIANTS
            .iter()
            .copied()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| crate::lifecycle::UnknownName::new("perspective", s))
    }
}

/// The review's states in which the team records its view: from the
/// self-evaluation's submission until the visit is over.
pub fn team_view_open_in(state: ReviewState) -> bool {
    matches!(
        state,
        ReviewState::SelfEvaluationSubmitted
            | ReviewState::VisitInProgress
            | ReviewState::VisitCompleted
    )
}

/// Whether someone may change the team's view: a member with an accepted
/// place on the team (`on_team`), while it is open.
pub fn authorise_team_view_edit(on_team: bool, state: ReviewState) -> Result<(), EditRefusal> {
    if !on_team {
        return Err(EditRefusal::NotHost(
            "Only the review's team can record the team's view.".into(),
        ));
    }
    if !team_view_open_in(state) {
        return Err(EditRefusal::Closed(format!(
            "This review is at the stage “{}”; the team records its view from the \
             self-evaluation's submission until the end of the visit.",
            state.label()
        )));
    }
    Ok(())
}

/// Whether `person` may see the team's view (and so the side-by-side):
/// programme officers and the team always, host users once the report is
/// published; never the public.
pub fn may_read_team_view(
    person: &Person,
    hosts: &[Uuid],
    on_team: bool,
    state: ReviewState,
) -> bool {
    let published = matches!(
        state,
        ReviewState::ReportPublished | ReviewState::FollowUp | ReviewState::Closed
    );
    person.programme_officer
        || on_team
        || (published && person.authority_id.is_some_and(|a| hosts.contains(&a)))
}

/// What a self-evaluation's framework and programme ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requirements {
    /// Graded rubric or documents only.
    pub mode: SelfEvaluationMode,
    /// Each indicator takes a grade on the framework's scale (the framework
    /// or the programme requires grading). Without it a grade is refused.
    pub graded: bool,
}

impl Requirements {
    /// From the programme's settings and its framework.
    pub fn of(mode: SelfEvaluationMode, programme_grading: bool, framework: &Framework) -> Self {
        Requirements {
            mode,
            graded: programme_grading || framework.grading == Grading::Required,
        }
    }
}

/// One indicator's content as saved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntryContent {
    pub grade: Option<u8>,
    pub evidence: String,
    pub strengths: String,
    pub areas_for_improvement: String,
    pub answers: Vec<String>,
}

impl EntryContent {
    /// Complete: evidence written and, where graded, a grade given.
    pub fn is_complete(&self, graded: bool) -> bool {
        !self.evidence.trim().is_empty() && (!graded || self.grade.is_some())
    }
}

/// What a person typed for one indicator, before checking.
#[derive(Debug, Clone, Default)]
pub struct EntryInput<'a> {
    pub indicator: &'a str,
    pub grade: Option<i32>,
    pub evidence: &'a str,
    pub strengths: &'a str,
    pub areas_for_improvement: &'a str,
    pub answers: &'a [String],
}

/// The indicator of `framework` numbered `number`, or a refusal naming the
/// field `indicator`.
pub fn indicator<'f>(
    framework: &'f Framework,
    number: &str,
) -> Result<&'f QualityIndicator, Invalid> {
    let number = number.trim();
    framework
        .indicators()
        .find(|qi| qi.number == number)
        .ok_or_else(|| {
            let shown: String = number.chars().take(INDICATOR_MAX_CHARS).collect();
            (
                "indicator",
                format!(
                    "Quality indicator “{shown}” is not in {} (version {}), the framework this \
                     self-evaluation is made on",
                    framework.name, framework.version
                ),
            )
        })
}

/// Checks one indicator's input against the framework and the
/// requirements: the indicator is in the framework, a grade is on its scale
/// and only where graded, texts are within their bounds, at most one answer
/// per question.
pub fn parse_entry(
    framework: &Framework,
    requirements: Requirements,
    input: &EntryInput<'_>,
) -> Result<(String, EntryContent), Invalid> {
    let qi = indicator(framework, input.indicator)?;
    let grade = match input.grade {
        None => None,
        Some(_) if !requirements.graded => {
            return Err((
                "grade",
                format!(
                    "This self-evaluation is not graded ({} does not ask for grades); leave \
                     the grade out",
                    framework.name
                ),
            ))
        }
        Some(g) => {
            let on_scale = framework.scale.iter().any(|l| i32::from(l.level) == g);
            let (low, high) = scale_bounds(framework);
            if !on_scale {
                return Err((
                    "grade",
                    format!(
                        "A grade is a whole number from {low} to {high} on the framework's scale"
                    ),
                ));
            }
            Some(g as u8)
        }
    };
    let evidence = EVIDENCE.parse_optional(Some(input.evidence))?;
    let strengths = STRENGTHS.parse_optional(Some(input.strengths))?;
    let areas = AREAS_FOR_IMPROVEMENT.parse_optional(Some(input.areas_for_improvement))?;
    let most = framework.questions.len().min(MAX_ANSWERS);
    if input.answers.len() > most {
        return Err((
            "answers",
            format!(
                "Give at most {most} answers, one for each of the framework's questions; {} were \
                 given",
                input.answers.len()
            ),
        ));
    }
    let mut answers = Vec::with_capacity(input.answers.len());
    for answer in input.answers {
        answers.push(ANSWER.parse_optional(Some(answer))?.unwrap_or_default());
    }
    Ok((
        qi.number.clone(),
        EntryContent {
            grade,
            evidence: evidence.unwrap_or_default(),
            strengths: strengths.unwrap_or_default(),
            areas_for_improvement: areas.unwrap_or_default(),
            answers,
        },
    ))
}

fn scale_bounds(framework: &Framework) -> (u8, u8) {
    let levels = framework.scale.iter().map(|l| l.level);
    (levels.clone().min().unwrap_or(1), levels.max().unwrap_or(6))
}

/// The indicators not yet complete, in framework order.
pub fn incomplete(
    framework: &Framework,
    complete: impl Fn(&str) -> bool,
) -> Vec<&QualityIndicator> {
    framework
        .indicators()
        .filter(|qi| !complete(&qi.number))
        .collect()
}

/// Progress: complete of total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub complete: u32,
    pub total: u32,
}

/// A review's state leaves its self-evaluations open to editing: from
/// scheduling until submission.
pub fn open_in(state: ReviewState) -> bool {
    matches!(
        state,
        ReviewState::Scheduled | ReviewState::FocusAgreed | ReviewState::TeamFormed
    )
}

/// Why an edit is refused: not this person's to edit, or no longer open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditRefusal {
    /// Only the host lead and users of that authority may edit.
    NotHost(String),
    /// Submitted (or the review has moved past it): read-only.
    Closed(String),
}

/// Whether `person` may change the self-evaluation of `authority` on a
/// review with these `hosts` in `state`.
pub fn authorise_edit(
    person: &Person,
    authority: Uuid,
    authority_name: &str,
    hosts: &[Uuid],
    state: ReviewState,
    submitted: bool,
) -> Result<(), EditRefusal> {
    if !hosts.contains(&authority) || person.authority_id != Some(authority) {
        return Err(EditRefusal::NotHost(format!(
            "Only the host lead and users of {authority_name} can change its self-evaluation."
        )));
    }
    edit_open(state, submitted)
}

/// Whether a self-evaluation can be changed at all, whoever asks: not
/// submitted, and the review in a state that leaves it open.
pub fn edit_open(state: ReviewState, submitted: bool) -> Result<(), EditRefusal> {
    if submitted || state == ReviewState::SelfEvaluationSubmitted {
        return Err(EditRefusal::Closed(
            "The self-evaluation has been submitted and is read-only; a programme officer can \
             reopen it before the visit starts."
                .into(),
        ));
    }
    if !open_in(state) {
        return Err(EditRefusal::Closed(format!(
            "This review is at the stage “{}”; its self-evaluation can no longer be changed.",
            state.label()
        )));
    }
    Ok(())
}

/// Whether `person` may read the self-evaluation of a review with these
/// hosts: programme officers and host users always, current team members
/// (`on_team`) once it is submitted.
pub fn may_read(person: &Person, hosts: &[Uuid], on_team: bool, submitted: bool) -> bool {
    person.programme_officer
        || person.authority_id.is_some_and(|a| hosts.contains(&a))
        || (on_team && submitted)
}

/// What `submitSelfEvaluation`'s guard reads about the self-evaluations of
/// one review: every host's incomplete indicators (as "1.2 Title", with the
/// host's name on a joint review) and the fewest documents any host has
/// attached.
pub fn facts(
    mode: SelfEvaluationMode,
    hosts: &[HostEvaluation<'_>],
) -> crate::lifecycle::SelfEvaluationFacts {
    let joint = hosts.len() > 1;
    let mut missing = Vec::new();
    for host in hosts {
        match host.framework {
            None => missing.push(if joint {
                format!(
                    "(every indicator: the programme has no framework) of {}",
                    host.name
                )
            } else {
                "(every indicator: the programme has no framework)".to_owned()
            }),
            Some(framework) => {
                for qi in incomplete(framework, |n| {
                    host.entries
                        .iter()
                        .any(|(number, c)| number == n && c.is_complete(host.graded))
                }) {
                    missing.push(if joint {
                        format!("{} {} of {}", qi.number, qi.title, host.name)
                    } else {
                        format!("{} {}", qi.number, qi.title)
                    });
                }
            }
        }
    }
    crate::lifecycle::SelfEvaluationFacts {
        missing_indicators: match mode {
            SelfEvaluationMode::Rubric => missing,
            SelfEvaluationMode::EvidenceOnly => Vec::new(),
        },
        documents_attached: hosts.iter().map(|h| h.documents).min().unwrap_or(0),
    }
}

/// One host's self-evaluation as the guard reads it.
#[derive(Debug, Clone)]
pub struct HostEvaluation<'a> {
    pub name: &'a str,
    /// The framework it is made on; `None` when the programme has none.
    pub framework: Option<&'a Framework>,
    pub graded: bool,
    pub entries: &'a [(String, EntryContent)],
    /// Documents attached to the self-evaluation as a whole.
    pub documents: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::SelfEvaluationMode::{EvidenceOnly, Rubric};

    fn framework(grading: &str) -> Framework {
        Framework::from_json(&format!(
            r#"{{"id": "f", "name": "Test framework", "version": 2, "applies_to": "local_authority",
              "grading": "{grading}", "questions": ["How are we doing?", "How do we know?"],
              "scale": [
                {{"level": 6, "label": "excellent", "meaning": "a"}},
                {{"level": 5, "label": "very good", "meaning": "b"}},
                {{"level": 4, "label": "good", "meaning": "c"}},
                {{"level": 3, "label": "satisfactory", "meaning": "d"}},
                {{"level": 2, "label": "weak", "meaning": "e"}},
                {{"level": 1, "label": "unsatisfactory", "meaning": "f"}}],
              "key_areas": [{{"number": "1", "title": "Outcomes", "quality_indicators": [
                {{"number": "1.1", "title": "Improvements in performance"}},
                {{"number": "1.2", "title": "Fulfilment of statutory duties"}}]}}]}}"#
        ))
        .expect("a valid framework")
    }

    fn input<'a>(indicator: &'a str, grade: Option<i32>) -> EntryInput<'a> {
        EntryInput {
            indicator,
            grade,
            evidence: "Attainment data 2019-24",
            ..EntryInput::default()
        }
    }

    const GRADED: Requirements = Requirements {
        mode: Rubric,
        graded: true,
    };

    #[test]
    fn a_grade_must_be_on_the_six_point_scale() {
        let f = framework("required");
        for g in 1..=6 {
            assert_eq!(
                parse_entry(&f, GRADED, &input("1.1", Some(g)))
                    .unwrap()
                    .1
                    .grade,
                Some(g as u8)
            );
        }
        for g in [0, 7, -1, 600] {
            let err = parse_entry(&f, GRADED, &input("1.1", Some(g))).unwrap_err();
            assert_eq!(err.0, "grade", "{g}");
        }
    }

    #[test]
    fn a_grade_on_an_ungraded_self_evaluation_is_refused() {
        let f = framework("optional");
        let ungraded = Requirements::of(Rubric, false, &f);
        assert!(!ungraded.graded);
        assert_eq!(
            parse_entry(&f, ungraded, &input("1.1", Some(4)))
                .unwrap_err()
                .0,
            "grade"
        );
        assert!(parse_entry(&f, ungraded, &input("1.1", None)).is_ok());
        assert!(
            Requirements::of(Rubric, true, &f).graded,
            "the programme may require it"
        );
        assert!(Requirements::of(EvidenceOnly, false, &framework("required")).graded);
    }

    #[test]
    fn an_indicator_must_be_in_the_framework() {
        let f = framework("required");
        let err = parse_entry(&f, GRADED, &input("9.9", Some(4))).unwrap_err();
        assert_eq!(err.0, "indicator");
        assert!(err.1.contains("Test framework (version 2)"), "{}", err.1);
        assert_eq!(
            parse_entry(&f, GRADED, &input(" 1.2 ", None)).unwrap().0,
            "1.2"
        );
    }

    #[test]
    fn texts_are_bounded_and_answers_are_one_per_question() {
        let f = framework("required");
        let long = "x".repeat(EVIDENCE.max_chars + 1);
        let mut too_long = input("1.1", None);
        too_long.evidence = &long;
        assert_eq!(
            parse_entry(&f, GRADED, &too_long).unwrap_err().0,
            "evidence"
        );
        let three = vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let mut answers = input("1.1", None);
        answers.answers = &three;
        assert_eq!(parse_entry(&f, GRADED, &answers).unwrap_err().0, "answers");
        answers.answers = &three[..2];
        assert_eq!(
            parse_entry(&f, GRADED, &answers).unwrap().1.answers,
            ["a", "b"]
        );
    }

    #[test]
    fn an_indicator_is_complete_with_evidence_and_where_graded_a_grade() {
        let mut c = EntryContent {
            evidence: "  ".into(),
            grade: Some(4),
            ..EntryContent::default()
        };
        assert!(!c.is_complete(true));
        c.evidence = "Data".into();
        assert!(c.is_complete(true));
        c.grade = None;
        assert!(!c.is_complete(true));
        assert!(c.is_complete(false));
    }

    #[test]
    fn the_guard_facts_list_every_incomplete_indicator_by_number_and_title() {
        let f = framework("required");
        let entries = vec![(
            "1.1".to_owned(),
            EntryContent {
                grade: Some(5),
                evidence: "Data".into(),
                ..EntryContent::default()
            },
        )];
        let host = HostEvaluation {
            name: "Fife Council",
            framework: Some(&f),
            graded: true,
            entries: &entries,
            documents: 0,
        };
        let facts = super::facts(Rubric, std::slice::from_ref(&host));
        assert_eq!(
            facts.missing_indicators,
            ["1.2 Fulfilment of statutory duties"]
        );
        let joint = super::facts(
            Rubric,
            &[
                host.clone(),
                HostEvaluation {
                    name: "Angus Council",
                    entries: &[],
                    ..host.clone()
                },
            ],
        );
        assert_eq!(
            joint.missing_indicators,
            [
                "1.2 Fulfilment of statutory duties of Fife Council",
                "1.1 Improvements in performance of Angus Council",
                "1.2 Fulfilment of statutory duties of Angus Council",
            ]
        );
        let evidence = super::facts(
            EvidenceOnly,
            &[HostEvaluation {
                documents: 2,
                ..host
            }],
        );
        assert!(evidence.missing_indicators.is_empty());
        assert_eq!(evidence.documents_attached, 2);
    }

    fn person(authority: Option<Uuid>, officer: bool) -> Person {
        Person {
            user_id: Uuid::from_u128(1),
            programme_officer: officer,
            authority_id: authority,
            lead: false,
        }
    }

    #[test]
    fn only_users_of_the_host_authority_edit_and_only_until_submission() {
        let fife = Uuid::from_u128(0xf1f);
        let angus = Uuid::from_u128(0xa);
        let hosts = [fife, angus];
        let edit = |p: &Person, state, submitted| {
            authorise_edit(p, fife, "Fife Council", &hosts, state, submitted)
        };
        let host_user = person(Some(fife), false);
        assert!(edit(&host_user, ReviewState::Scheduled, false).is_ok());
        assert!(edit(&host_user, ReviewState::TeamFormed, false).is_ok());
        assert!(matches!(
            edit(&person(Some(angus), false), ReviewState::TeamFormed, false),
            Err(EditRefusal::NotHost(_))
        ));
        assert!(matches!(
            edit(&person(None, true), ReviewState::TeamFormed, false),
            Err(EditRefusal::NotHost(_))
        ));
        assert!(matches!(
            edit(&host_user, ReviewState::SelfEvaluationSubmitted, true),
            Err(EditRefusal::Closed(_))
        ));
        assert!(matches!(
            edit(&host_user, ReviewState::Withdrawn, false),
            Err(EditRefusal::Closed(_))
        ));
        assert!(matches!(
            authorise_edit(
                &host_user,
                fife,
                "Fife Council",
                &[angus],
                ReviewState::TeamFormed,
                false
            ),
            Err(EditRefusal::NotHost(_))
        ));
    }

    #[test]
    fn the_team_records_its_view_from_submission_to_the_end_of_the_visit() {
        assert!(authorise_team_view_edit(true, ReviewState::SelfEvaluationSubmitted).is_ok());
        assert!(authorise_team_view_edit(true, ReviewState::VisitCompleted).is_ok());
        assert!(matches!(
            authorise_team_view_edit(true, ReviewState::TeamFormed),
            Err(EditRefusal::Closed(_))
        ));
        assert!(matches!(
            authorise_team_view_edit(false, ReviewState::VisitInProgress),
            Err(EditRefusal::NotHost(_))
        ));
        for p in [Perspective::Host, Perspective::Team] {
            assert_eq!(p.as_str().parse::<Perspective>().unwrap(), p);
        }
    }

    #[test]
    fn host_users_see_the_teams_view_only_once_the_report_is_published() {
        let fife = Uuid::from_u128(0xf1f);
        let host = person(Some(fife), false);
        let view = |p: &Person, on_team, state| may_read_team_view(p, &[fife], on_team, state);
        assert!(!view(&host, false, ReviewState::VisitCompleted));
        assert!(view(&host, false, ReviewState::ReportPublished));
        assert!(view(
            &person(None, true),
            false,
            ReviewState::SelfEvaluationSubmitted
        ));
        assert!(view(
            &person(None, false),
            true,
            ReviewState::SelfEvaluationSubmitted
        ));
        assert!(!view(
            &person(Some(Uuid::from_u128(9)), false),
            false,
            ReviewState::Closed
        ));
    }

    #[test]
    fn the_team_reads_the_self_evaluation_once_it_is_submitted() {
        let fife = Uuid::from_u128(0xf1f);
        let outsider = person(Some(Uuid::from_u128(9)), false);
        assert!(may_read(&person(Some(fife), false), &[fife], false, false));
        assert!(may_read(&person(None, true), &[fife], false, false));
        assert!(!may_read(&outsider, &[fife], true, false));
        assert!(may_read(&outsider, &[fife], true, true));
        assert!(!may_read(&outsider, &[fife], false, true));
    }
}
