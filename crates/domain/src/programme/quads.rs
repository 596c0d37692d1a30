//! Quads: four different local authorities, and whether a quad may be
//! edited or dissolved given its reviews.

use super::Invalid;
use crate::OrganisationKind;
use uuid::Uuid;

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
