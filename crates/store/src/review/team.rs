//! A review's team: members, their invitations and answers, replacements,
//! and whether a person has taken part in a review before.

use super::{corrupt, group_by_review, mismatch};
use crate::entities::{review, team_member};
use crate::positional;
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::lifecycle::{Affiliation, Decided, Event, InvitationStatus, TeamRole};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// One person invited to a team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: Uuid,
    pub review_id: Uuid,
    pub user_id: Uuid,
    pub organisation_id: Uuid,
    pub affiliation: Affiliation,
    pub role: TeamRole,
    pub invitation: InvitationStatus,
    pub first_time: bool,
    /// The member who took this one's place; a replaced member no longer
    /// counts but stays in the history.
    pub replaced_by: Option<Uuid>,
    pub invited_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
}

impl Member {
    /// Counted by the composition rule: not replaced and not declined.
    pub fn is_current(&self) -> bool {
        self.replaced_by.is_none() && self.invitation != InvitationStatus::Declined
    }
}

pub(super) fn to_member(r: team_member::Model) -> Result<Member, StoreError> {
    let row = format!("team member {} (review {})", r.id, r.review_id);
    let bad = |e: domain::lifecycle::UnknownName| corrupt(&row, e);
    Ok(Member {
        id: r.id,
        review_id: r.review_id,
        user_id: r.user_id,
        organisation_id: r.organisation_id,
        affiliation: r.affiliation.parse().map_err(bad)?,
        role: r.role.parse().map_err(bad)?,
        invitation: r.invitation.parse().map_err(bad)?,
        first_time: r.first_time,
        replaced_by: r.replaced_by,
        invited_at: r.invited_at,
        answered_at: r.answered_at,
    })
}

pub async fn members_of(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Member>>, StoreError> {
    let rows = positional::all(
        db,
        team_member::Entity::find()
            .filter(team_member::Column::ReviewId.is_in(review_ids.iter().copied()))
            .order_by_asc(team_member::Column::InvitedAt)
            .order_by_asc(team_member::Column::Id),
    )
    .await?;
    let rows = rows
        .into_iter()
        .map(to_member)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(group_by_review(rows, |m| (m.review_id, m)))
}

pub async fn member(db: &impl ConnectionTrait, id: Uuid) -> Result<Member, StoreError> {
    team_member::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_member)
        .transpose()?
        .ok_or_else(|| StoreError::not_found(format!("team member {id}")))
}

/// Whether this person has taken part in a review: accepted a place on a
/// team, not been replaced, and the review's visit has begun
/// ([`domain::programme::has_taken_part`]). Invitations they declined,
/// places they were replaced on and reviews still being prepared do not
/// count, so such a person still gets the pre-reading.
pub async fn has_served_before(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<bool, StoreError> {
    let visited = Query::select()
        .column(review::Column::Id)
        .from(review::Entity)
        .and_where(
            review::Column::State.is_in(
                domain::programme::TAKEN_PART_STATES
                    .iter()
                    .map(|s| s.as_str()),
            ),
        )
        .to_owned();
    Ok(team_member::Entity::find()
        .filter(team_member::Column::UserId.eq(user_id))
        .filter(team_member::Column::Invitation.eq(InvitationStatus::Accepted.as_str()))
        .filter(team_member::Column::ReplacedBy.is_null())
        .filter(team_member::Column::ReviewId.in_subquery(visited))
        .count(db)
        .await?
        > 0)
}

/// A new team member.
#[derive(Debug, Clone)]
pub struct NewMember {
    pub review_id: Uuid,
    pub user_id: Uuid,
    pub organisation_id: Uuid,
    pub affiliation: Affiliation,
    pub role: TeamRole,
    pub first_time: bool,
}

/// Adds a pending member; the same person twice is a validation error on
/// `userId`.
pub async fn add_member(
    db: &impl ConnectionTrait,
    decided: &Decided,
    new: &NewMember,
) -> Result<Member, StoreError> {
    let now = decided.at();
    let person = match decided.event() {
        Event::MemberAdded { person, .. }
        | Event::MemberInvited { person, .. }
        | Event::MemberReplaced { by: person, .. } => Some(person.user_id),
        _ => None,
    };
    if person != Some(new.user_id) {
        return Err(mismatch("adding a member"));
    }
    let twice = || StoreError::validation("userId", "This person is already on the team");
    let exists = team_member::Entity::find()
        .filter(team_member::Column::ReviewId.eq(new.review_id))
        .filter(team_member::Column::UserId.eq(new.user_id))
        .count(db)
        .await?;
    if exists > 0 {
        return Err(twice());
    }
    let row = team_member::ActiveModel {
        id: Set(Uuid::now_v7()),
        review_id: Set(new.review_id),
        user_id: Set(new.user_id),
        organisation_id: Set(new.organisation_id),
        affiliation: Set(new.affiliation.as_str().into()),
        role: Set(new.role.as_str().into()),
        invitation: Set(InvitationStatus::Pending.as_str().into()),
        first_time: Set(new.first_time),
        replaced_by: Set(None),
        invited_at: Set(now),
        answered_at: Set(None),
    }
    .insert(db)
    .await
    .map_err(|e| match StoreError::from(e) {
        StoreError::Validation { .. } => twice(),
        other => other,
    })?;
    to_member(row)
}

/// Records a member's answer, once: answering again is a conflict.
pub async fn answer_invitation(
    db: &impl ConnectionTrait,
    decided: &Decided,
    member_id: Uuid,
) -> Result<(), StoreError> {
    let Event::MemberAnswered {
        accepted: accept,
        at: now,
        ..
    } = *decided.event()
    else {
        return Err(mismatch("answering an invitation"));
    };
    let status = if accept {
        InvitationStatus::Accepted
    } else {
        InvitationStatus::Declined
    };
    let done = team_member::Entity::update_many()
        .col_expr(
            team_member::Column::Invitation,
            Expr::value(status.as_str()),
        )
        .col_expr(team_member::Column::AnsweredAt, Expr::value(now))
        .filter(team_member::Column::Id.eq(member_id))
        .filter(team_member::Column::Invitation.eq(InvitationStatus::Pending.as_str()))
        .filter(team_member::Column::ReplacedBy.is_null())
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::validation(
            "memberId",
            "This invitation has already been answered or withdrawn",
        ));
    }
    Ok(())
}

/// Marks `old` as replaced by `new`.
pub async fn mark_replaced(
    db: &impl ConnectionTrait,
    decided: &Decided,
    old: Uuid,
    new: Uuid,
) -> Result<(), StoreError> {
    if !matches!(decided.event(), Event::MemberReplaced { .. }) {
        return Err(mismatch("replacing a member"));
    }
    let done = team_member::Entity::update_many()
        .col_expr(team_member::Column::ReplacedBy, Expr::value(new))
        .filter(team_member::Column::Id.eq(old))
        .filter(team_member::Column::ReplacedBy.is_null())
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::validation(
            "memberId",
            "This member has already been replaced",
        ));
    }
    Ok(())
}
