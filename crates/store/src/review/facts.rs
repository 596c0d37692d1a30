//! What the domain's guards read about a review, gathered from its row,
//! hosts, sign-offs, team and conflicts; and the reviews of a phase with
//! their peers, for the reciprocity rule.

use super::{
    conflicts_of, hosts_of, hosts_with_organisations, members_of, sign_offs_of, Conflict, Host,
    Member, Review, SignOff,
};
use crate::entities::{organisation, review};
use crate::programme::Programme;
use crate::StoreError;
use domain::lifecycle::{
    Affiliation, AuthorityRef, FocusFacts, HostFacts, MemberFacts, ReviewFacts,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// What the guards' facts about one review are made from, however they
/// were read (the API reads them batched, once per request).
pub struct FactsParts<'a> {
    pub review: &'a Review,
    pub programme: &'a Programme,
    pub hosts: &'a [Host],
    /// The review's quad's member authorities with their names.
    pub quad_members: &'a [(Uuid, String)],
    pub sign_offs: &'a [SignOff],
    pub members: &'a [Member],
    pub conflicts: &'a [Conflict],
}

/// Everything the guards read about a review, read in the caller's
/// transaction.
pub async fn facts(
    db: &impl ConnectionTrait,
    review: &Review,
    programme: &Programme,
) -> Result<ReviewFacts, StoreError> {
    let ids = [review.id];
    let hosts = hosts_with_organisations(db, &ids)
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    let quad_members: Vec<(Uuid, String)> = match review.quad_id {
        Some(q) => crate::programme::quads_by_ids(db, &[q])
            .await?
            .pop()
            .map(|quad| quad.members)
            .unwrap_or_default(),
        None => Vec::new(),
    }
    .into_iter()
    .map(|id| (id, String::new()))
    .collect();
    let names: HashMap<Uuid, String> = if quad_members.is_empty() {
        HashMap::new()
    } else {
        organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(quad_members.iter().map(|(id, _)| *id)))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect()
    };
    let quad_members: Vec<(Uuid, String)> = quad_members
        .into_iter()
        .map(|(id, _)| (id, names.get(&id).cloned().unwrap_or_default()))
        .collect();
    let sign_offs = sign_offs_of(db, &ids)
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    let members = members_of(db, &ids)
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    let conflicts = conflicts_of(db, &ids)
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    let mut facts = facts_from(&FactsParts {
        review,
        programme,
        hosts: &hosts,
        quad_members: &quad_members,
        sign_offs: &sign_offs,
        members: &members,
        conflicts: &conflicts,
    });
    facts.self_evaluation =
        crate::self_evaluation::facts_when_needed(db, &facts, review.id, programme).await?;
    facts.visit = crate::visit::facts_when_needed(db, &facts, review.id).await?;
    facts.findings = crate::findings::facts_when_needed(db, &facts, review.id).await?;
    crate::report::fill_facts(db, &mut facts, review.id).await?;
    crate::follow_up::fill_facts(db, &mut facts, review.id).await?;
    Ok(facts)
}

/// The guards' facts from their parts; reads nothing.
pub fn facts_from(parts: &FactsParts<'_>) -> ReviewFacts {
    let FactsParts {
        review,
        programme,
        hosts,
        quad_members,
        sign_offs,
        members,
        conflicts,
    } = *parts;
    let host_ids: Vec<Uuid> = hosts.iter().map(|h| h.authority.id).collect();
    let mut facts = ReviewFacts::new(
        hosts
            .iter()
            .map(|h| HostFacts {
                authority_id: h.authority.id,
                name: h.authority.name.clone(),
                has_lead_user: h.has_lead,
                lead_signed_off_focus: sign_offs
                    .iter()
                    .any(|s| s.authority_id == Some(h.authority.id)),
                lead_approved_report: false,
            })
            .collect(),
        programme.settings.rules.clone(),
    );
    facts.state = review.state;
    facts.postponed_from = review.postponed_from;
    facts.quad_peers = quad_members
        .iter()
        .filter(|(a, _)| !host_ids.contains(a))
        .map(|(a, name)| AuthorityRef {
            authority_id: *a,
            name: name.clone(),
        })
        .collect();
    facts.focus = FocusFacts {
        theme: review.theme.clone(),
        key_questions: review.key_questions.clone(),
        programme_officer_signed_off: sign_offs.iter().any(|s| s.authority_id.is_none()),
    };
    // Replaced members leave the team; declined ones stay for the guards,
    // which do not count them.
    let current: Vec<&Member> = members.iter().filter(|m| m.replaced_by.is_none()).collect();
    facts.unresolved_conflicts = conflicts
        .iter()
        .filter(|c| c.dismissed_at.is_none())
        .filter(|c| {
            current
                .iter()
                .any(|m| m.id == c.member_id && m.is_current())
        })
        .count() as u32;
    facts.members = current
        .into_iter()
        .map(|m| MemberFacts {
            user_id: m.user_id,
            authority_id: Some(m.organisation_id),
            affiliation: m.affiliation,
            role: m.role,
            invitation: m.invitation,
        })
        .collect();
    facts
}

/// The reviews of a programme's phase with their hosts and the authorities
/// of their current peer members, for the reciprocity rule.
pub async fn peers_in_phase(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
    phase: u32,
) -> Result<Vec<domain::programme::ReviewPeers>, StoreError> {
    let ids: Vec<Uuid> = review::Entity::find()
        .filter(review::Column::ProgrammeId.eq(programme_id))
        .filter(review::Column::Phase.eq(phase as i32))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    let mut hosts = hosts_of(db, &ids).await?;
    let mut members = members_of(db, &ids).await?;
    Ok(ids
        .into_iter()
        .map(|id| domain::programme::ReviewPeers {
            review_id: id,
            phase,
            hosts: hosts.remove(&id).unwrap_or_default(),
            peer_authorities: members
                .remove(&id)
                .unwrap_or_default()
                .into_iter()
                .filter(|m| m.is_current() && m.affiliation == Affiliation::PeerAuthority)
                .map(|m| m.organisation_id)
                .collect(),
        })
        .collect())
}
