//! The rules on a review's data that are not lifecycle guards: its focus
//! and theme, where a member comes from, when the focus and team may be
//! edited, who has taken part in a review, and CI's reciprocal reviews.

use super::Invalid;
use crate::lifecycle::Affiliation;
use crate::OrganisationKind;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

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
