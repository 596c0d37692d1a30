//! Who may see a review's private data, as a capability: a
//! [`ReviewAccess`] has private fields and is built only by
//! [`authorise_access`], so code that needs the private data of a review
//! cannot compile without having asked.

use uuid::Uuid;

use super::command::{Actor, TeamRole};
use super::refusal::Refusal;

/// The signed-in person, as far as their rights on a review go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Their user id.
    pub user_id: Uuid,
    /// Holds the programme officer role.
    pub programme_officer: bool,
    /// The local authority they are an authority user of, if any.
    pub authority_id: Option<Uuid>,
    /// They lead their authority.
    pub lead: bool,
}

/// One person on a review's team, as far as rights go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberRight {
    /// The person.
    pub user_id: Uuid,
    /// Still counted: not replaced and not declined.
    pub current: bool,
    /// Their role, once they accepted.
    pub accepted_role: Option<TeamRole>,
}

/// The person's rights on one review, from their global role, their
/// authority and the review's hosts (domain.md, "Who is who on a review").
/// `team_role` is their role if they accepted a place on the team.
pub fn actor_on(person: &Person, hosts: &[Uuid], team_role: Option<TeamRole>) -> Actor {
    let home = person.authority_id.filter(|a| hosts.contains(a));
    Actor {
        user_id: person.user_id,
        programme_officer: person.programme_officer,
        host_lead_of: home.filter(|_| person.lead).into_iter().collect(),
        host_user: home.is_some(),
        team_role,
    }
}

/// Proof that a person may see one review's private data (focus details,
/// team, conflicts, history, the checklists): a programme officer, a user
/// of a host authority, or someone on its team who has not declined or
/// been replaced. Its fields are private: only [`authorise_access`] makes
/// one, and code outside `domain` cannot:
///
/// ```
/// use domain::lifecycle::{authorise_access, Person};
/// let officer = Person {
///     user_id: uuid::Uuid::from_u128(1),
///     programme_officer: true,
///     authority_id: None,
///     lead: false,
/// };
/// let review = uuid::Uuid::from_u128(2);
/// let access = authorise_access(review, &officer, &[], &[]).expect("an officer may see it");
/// assert_eq!(access.review_id(), review);
/// ```
///
/// ```compile_fail
/// use domain::lifecycle::{Actor, ReviewAccess};
/// let forged = ReviewAccess {
///     review_id: uuid::Uuid::nil(),
///     actor: Actor::default(),
/// };
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewAccess {
    review_id: Uuid,
    actor: Actor,
}

impl ReviewAccess {
    /// The review this access is for.
    pub fn review_id(&self) -> Uuid {
        self.review_id
    }

    /// The person's rights on the review.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }
}

/// The access capability for `person` on the review with these hosts and
/// team, or `Forbidden`.
pub fn authorise_access(
    review_id: Uuid,
    person: &Person,
    hosts: &[Uuid],
    members: &[MemberRight],
) -> Result<ReviewAccess, Refusal> {
    let own = members
        .iter()
        .find(|m| m.user_id == person.user_id && m.current);
    let actor = actor_on(person, hosts, own.and_then(|m| m.accepted_role));
    if actor.programme_officer || actor.host_user || own.is_some() {
        Ok(ReviewAccess { review_id, actor })
    } else {
        Err(Refusal::Forbidden {
            message: "Only the review's team, its host authority's users and programme officers \
                      can see this."
                .to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REVIEW: Uuid = Uuid::from_u128(0x7e);
    const EDINBURGH: Uuid = Uuid::from_u128(0xed1);
    const FIFE: Uuid = Uuid::from_u128(0xf1f);

    fn person(n: u128) -> Person {
        Person {
            user_id: Uuid::from_u128(n),
            programme_officer: false,
            authority_id: None,
            lead: false,
        }
    }

    #[test]
    fn officers_host_users_and_current_members_get_access_and_no_one_else() {
        let officer = Person {
            programme_officer: true,
            ..person(1)
        };
        let host_lead = Person {
            authority_id: Some(EDINBURGH),
            lead: true,
            ..person(2)
        };
        let other_authority = Person {
            authority_id: Some(FIFE),
            ..person(3)
        };
        let members = [
            MemberRight {
                user_id: Uuid::from_u128(4),
                current: true,
                accepted_role: Some(TeamRole::Lead),
            },
            MemberRight {
                user_id: Uuid::from_u128(5),
                current: false,
                accepted_role: None,
            },
        ];
        let hosts = [EDINBURGH];
        let access = |p: &Person| authorise_access(REVIEW, p, &hosts, &members);
        assert!(access(&officer).is_ok());
        let lead = access(&host_lead).expect("a host lead sees the review");
        assert_eq!(lead.actor().host_lead_of, [EDINBURGH]);
        assert_eq!(lead.review_id(), REVIEW);
        let team_lead = access(&person(4)).expect("a current member sees it");
        assert!(team_lead.actor().is_team_lead());
        assert!(access(&person(5)).is_err(), "a declined or replaced member");
        assert!(access(&other_authority).is_err());
        assert!(access(&person(6)).is_err());
    }
}
