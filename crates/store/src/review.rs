//! Reviews: the timetable row, hosts, focus and sign-offs, the team,
//! conflicts and the audit trail. Every write runs in the caller's
//! transaction; a transition is applied with `UPDATE … WHERE state = ? AND
//! version = ?` and zero rows is a conflict. Every write to an existing
//! review takes the domain's `Decided` handle for it (and writes only what
//! that decision says), so nothing changes a review that the domain did not
//! decide.

pub mod mine;

use crate::entities::{
    focus_sign_off, organisation, review, review_conflict, review_event, review_host, team_member,
    user,
};
use crate::programme::Programme;
use crate::StoreError;
use chrono::{DateTime, Utc};
pub use domain::lifecycle::EventKind;
use domain::lifecycle::{
    Affiliation, AuthorityRef, CommandKind, Decided, Event, EventActor, FocusFacts, HostFacts,
    InvitationStatus, MemberFacts, ReviewFacts, ReviewState, SignedFor, TeamRole,
};
use domain::programme::Month;
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use strum::VariantArray;
use uuid::Uuid;

/// A review's own row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub quad_id: Option<Uuid>,
    pub phase: u32,
    pub target_month: Month,
    /// The public theme; also the focus's theme.
    pub theme: Option<String>,
    pub key_questions: Vec<String>,
    pub scope: Option<String>,
    pub state: ReviewState,
    pub postponed_from: Option<ReviewState>,
    pub imported: bool,
    /// The externally published report, for imported reviews.
    pub report_url: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
}

fn to_review(row: review::Model) -> Result<Review, StoreError> {
    let at_row = format!("review {}", row.id);
    Ok(Review {
        id: row.id,
        programme_id: row.programme_id,
        quad_id: row.quad_id,
        phase: row.phase as u32,
        target_month: Month::of(row.target_month),
        theme: row.theme,
        key_questions: serde_json::from_str(&row.key_questions)
            .map_err(|e| corrupt(&at_row, format!("key questions: {e}")))?,
        scope: row.scope,
        state: row.state.parse().map_err(|e| corrupt(&at_row, e))?,
        postponed_from: row
            .postponed_from
            .map(|s| s.parse())
            .transpose()
            .map_err(|e| corrupt(&at_row, e))?,
        imported: row.imported,
        report_url: row.report_url,
        version: row.version,
        created_at: row.created_at,
    })
}

/// A stored value that does not parse: the row is named, so the data can
/// be found and mended, and nothing is read as a default instead.
fn corrupt(row: impl std::fmt::Display, what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!("{row}: {what}")))
}

/// A write that the decision it was given does not cover: a fault in the
/// calling code, never the user's.
fn mismatch(write: &str) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(format!(
        "{write} needs the domain's decision to do so"
    )))
}

/// One step of a review's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRecord {
    pub id: Uuid,
    pub review_id: Uuid,
    pub seq: i32,
    pub kind: EventKind,
    pub command: Option<CommandKind>,
    pub from: Option<ReviewState>,
    /// The state the review was in after the event (for a change that
    /// leaves the state, the state it stayed in).
    pub to: ReviewState,
    pub reason: Option<String>,
    /// A person, or the import of a published timetable.
    pub actor: EventActor,
    pub at: DateTime<Utc>,
    pub report_url: Option<String>,
    /// What changed (`{}` when nothing more is recorded).
    pub detail: serde_json::Value,
}

fn to_event(row: review_event::Model) -> Result<EventRecord, StoreError> {
    let at_row = format!(
        "review event {} (review {}, #{})",
        row.id, row.review_id, row.seq
    );
    let bad = |e: &dyn std::fmt::Display| corrupt(&at_row, e);
    let kind: EventKind = row.kind.parse().map_err(|e| bad(&e))?;
    // Only an import has no person behind it; any other row without one is
    // an error, not a change by nobody.
    let actor = match (row.actor_id, kind) {
        (Some(id), _) => EventActor::Person(id),
        (None, EventKind::Imported) => EventActor::Import,
        (None, _) => return Err(bad(&format!("a {kind} entry with no actor"))),
    };
    Ok(EventRecord {
        id: row.id,
        review_id: row.review_id,
        seq: row.seq,
        kind,
        command: row
            .command
            .map(|c| c.parse())
            .transpose()
            .map_err(|e| bad(&e))?,
        from: row
            .from_state
            .map(|s| s.parse())
            .transpose()
            .map_err(|e| bad(&e))?,
        to: row.to_state.parse().map_err(|e| bad(&e))?,
        reason: row.reason,
        actor,
        at: row.at,
        report_url: row.report_url,
        detail: match row.detail {
            Some(text) => serde_json::from_str(&text).map_err(|e| bad(&format!("detail: {e}")))?,
            None => serde_json::json!({}),
        },
    })
}

/// Appends `event` to the review's history as its next step. `review` is
/// the review as the change found it: an event that leaves the state
/// records the state it stayed in.
pub async fn record_event(
    db: &impl ConnectionTrait,
    review: &Review,
    decided: &Decided,
) -> Result<(), StoreError> {
    let event = decided.event();
    let from = match event {
        Event::Transitioned { from, .. } => Some(*from),
        _ => None,
    };
    let command = match event {
        Event::Transitioned { command, .. } => Some(*command),
        Event::Scheduled { .. } => Some(CommandKind::Schedule),
        _ => None,
    };
    let row = NewEventRow {
        kind: event.kind(),
        command,
        from,
        to: event.to().unwrap_or(review.state),
        reason: event.reason().map(str::to_owned),
        actor: event.actor().user_id(),
        at: event.at(),
        report_url: match event {
            Event::Imported { report_url, .. } => report_url.clone(),
            _ => None,
        },
        detail: event.detail(),
    };
    append_event(db, review.id, row).await
}

/// A history row about to be written.
struct NewEventRow {
    kind: EventKind,
    command: Option<CommandKind>,
    from: Option<ReviewState>,
    to: ReviewState,
    reason: Option<String>,
    actor: Option<Uuid>,
    at: DateTime<Utc>,
    report_url: Option<String>,
    detail: serde_json::Value,
}

/// Writes the review's next step. Two writers racing for one number hit
/// the unique (review, seq) index, which is a conflict.
async fn append_event(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    row: NewEventRow,
) -> Result<(), StoreError> {
    let seq = review_event::Entity::find()
        .filter(review_event::Column::ReviewId.eq(review_id))
        .count(db)
        .await? as i32
        + 1;
    let empty = row.detail.as_object().is_some_and(|o| o.is_empty());
    review_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        review_id: Set(review_id),
        seq: Set(seq),
        kind: Set(row.kind.as_str().into()),
        command: Set(row.command.map(|c| c.as_str().into())),
        from_state: Set(row.from.map(|s| s.as_str().into())),
        to_state: Set(row.to.as_str().into()),
        reason: Set(row.reason),
        actor_id: Set(row.actor),
        at: Set(row.at),
        report_url: Set(row.report_url),
        detail: Set((!empty).then(|| row.detail.to_string())),
    }
    .insert(db)
    .await
    .map_err(|e| match StoreError::from(e) {
        StoreError::Validation { .. } => StoreError::Conflict,
        other => other,
    })?;
    Ok(())
}

/// Creates the review a decision to schedule or import it describes, with
/// its hosts and its first history event: `SCHEDULED` by a programme
/// officer, or `IMPORTED` (by the import, in the state it ended in) for an
/// earlier programme's review.
pub async fn insert_review(
    db: &impl ConnectionTrait,
    decided: &Decided,
) -> Result<Review, StoreError> {
    let (placement, state, imported, report_url) = match decided.event() {
        Event::Scheduled { placement, .. } => (placement, ReviewState::Scheduled, false, None),
        Event::Imported {
            placement,
            state,
            report_url,
            ..
        } => (placement, *state, true, report_url.clone()),
        _ => return Err(mismatch("creating a review")),
    };
    let now = decided.at();
    let id = Uuid::now_v7();
    let row = review::ActiveModel {
        id: Set(id),
        programme_id: Set(placement.programme_id),
        quad_id: Set(placement.quad_id),
        phase: Set(placement.slot.phase as i32),
        target_month: Set(placement.slot.month.first_day()),
        theme: Set(placement.theme.clone()),
        key_questions: Set("[]".into()),
        scope: Set(None),
        state: Set(state.as_str().into()),
        postponed_from: Set(None),
        imported: Set(imported),
        report_url: Set(report_url),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    review_host::Entity::insert_many(placement.hosts.iter().enumerate().map(|(i, h)| {
        review_host::ActiveModel {
            review_id: Set(id),
            authority_id: Set(h.authority_id),
            position: Set(i as i32),
        }
    }))
    .exec(db)
    .await?;
    let review = to_review(row)?;
    record_event(db, &review, decided).await?;
    Ok(review)
}

/// Moves the review to the phase and month a reschedule decided (after
/// [`claim_version`] and [`record_event`], like the other changes).
pub async fn reschedule(
    db: &impl ConnectionTrait,
    decided: &Decided,
    id: Uuid,
) -> Result<(), StoreError> {
    let Event::Rescheduled { to, .. } = decided.event() else {
        return Err(mismatch("rescheduling a review"));
    };
    review::Entity::update_many()
        .col_expr(review::Column::Phase, Expr::value(to.phase as i32))
        .col_expr(
            review::Column::TargetMonth,
            Expr::value(to.month.first_day()),
        )
        .filter(review::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// What a list of reviews is filtered by; every field is optional.
#[derive(Debug, Clone, Default)]
pub struct ReviewFilter {
    pub programme_id: Option<Uuid>,
    pub phase: Option<u32>,
    pub states: Vec<ReviewState>,
    pub host_id: Option<Uuid>,
    /// Part of the theme, any case.
    pub theme: Option<String>,
    pub month_from: Option<Month>,
    pub month_to: Option<Month>,
}

/// One page of reviews by month and, when `with_total`, how many match in
/// all: counted by a subquery of the same statement, so a page costs one
/// statement (two only when the page is past the end).
pub async fn reviews_page(
    db: &impl ConnectionTrait,
    filter: &ReviewFilter,
    offset: u64,
    limit: u64,
    with_total: bool,
) -> Result<(Vec<Review>, Option<u64>), StoreError> {
    let mut cond = Condition::all();
    if let Some(p) = filter.programme_id {
        cond = cond.add(review::Column::ProgrammeId.eq(p));
    }
    if let Some(p) = filter.phase {
        cond = cond.add(review::Column::Phase.eq(p as i32));
    }
    if !filter.states.is_empty() {
        cond = cond.add(review::Column::State.is_in(filter.states.iter().map(|s| s.as_str())));
    }
    if let Some(h) = filter.host_id {
        let hosted = Query::select()
            .column(review_host::Column::ReviewId)
            .from(review_host::Entity)
            .and_where(review_host::Column::AuthorityId.eq(h))
            .to_owned();
        cond = cond.add(review::Column::Id.in_subquery(hosted));
    }
    if let Some(t) = filter
        .theme
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let pattern = format!(
            "%{}%",
            t.to_lowercase().replace('%', "\\%").replace('_', "\\_")
        );
        cond = cond.add(
            Expr::expr(sea_orm::sea_query::Func::lower(Expr::col(
                review::Column::Theme,
            )))
            .like(pattern),
        );
    }
    if let Some(m) = filter.month_from {
        cond = cond.add(review::Column::TargetMonth.gte(m.first_day()));
    }
    if let Some(m) = filter.month_to {
        cond = cond.add(review::Column::TargetMonth.lte(m.first_day()));
    }
    let mut query = review::Entity::find().filter(cond.clone());
    if with_total {
        let count = Query::select()
            .expr(Expr::col((review::Entity, review::Column::Id)).count())
            .from(review::Entity)
            .cond_where(cond.clone())
            .to_owned();
        query = query.column_as(
            sea_orm::sea_query::SimpleExpr::SubQuery(
                None,
                Box::new(sea_orm::sea_query::SubQueryStatement::SelectStatement(
                    count,
                )),
            ),
            "quads_total",
        );
    }
    let statement = sea_orm::QueryTrait::build(
        &query
            .order_by_asc(review::Column::TargetMonth)
            .order_by_asc(review::Column::Id)
            .offset(offset)
            .limit(limit),
        db.get_database_backend(),
    );
    let rows = db.query_all(statement).await?;
    let mut total = None;
    let mut page = Vec::with_capacity(rows.len());
    for row in &rows {
        if with_total && total.is_none() {
            total = Some(row.try_get::<i64>("", "quads_total")?.max(0) as u64);
        }
        page.push(to_review(
            <review::Model as sea_orm::FromQueryResult>::from_query_result(row, "")?,
        )?);
    }
    if with_total && total.is_none() {
        // Past the end (or nothing matches): the count on its own.
        total = Some(review::Entity::find().filter(cond).count(db).await?);
    }
    Ok((page, total))
}

pub async fn reviews_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<Review>, StoreError> {
    review::Entity::find()
        .filter(review::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(to_review)
        .collect()
}

pub async fn review(db: &impl ConnectionTrait, id: Uuid) -> Result<Review, StoreError> {
    reviews_by_ids(db, &[id])
        .await?
        .pop()
        .ok_or_else(|| StoreError::not_found(format!("review {id}")))
}

/// Rows gathered per review, keeping their order: the batched loaders ask
/// for many reviews at once and hand each its own list.
fn group_by_review<R, T>(rows: Vec<R>, split: impl Fn(R) -> (Uuid, T)) -> HashMap<Uuid, Vec<T>> {
    let mut map: HashMap<Uuid, Vec<T>> = HashMap::new();
    for row in rows {
        let (review, value) = split(row);
        map.entry(review).or_default().push(value);
    }
    map
}

/// Each review's host authorities, in the order they were named.
pub async fn hosts_of(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Uuid>>, StoreError> {
    let rows = review_host::Entity::find()
        .filter(review_host::Column::ReviewId.is_in(review_ids.iter().copied()))
        .order_by_asc(review_host::Column::Position)
        .all(db)
        .await?;
    Ok(group_by_review(rows, |row| {
        (row.review_id, row.authority_id)
    }))
}

/// A host authority of a review, with whether it has an active lead user
/// (the focus sign-off needs one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    pub authority: domain::Organisation,
    pub has_lead: bool,
}

/// Each review's host authorities with their organisations and whether
/// each has an active lead, in the order they were named: one statement.
pub async fn hosts_with_organisations(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Host>>, StoreError> {
    if review_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let lead = Query::select()
        .expr(Expr::val(1))
        .from(user::Entity)
        .and_where(
            Expr::col((user::Entity, user::Column::OrganisationId))
                .equals((review_host::Entity, review_host::Column::AuthorityId)),
        )
        .and_where(Expr::col((user::Entity, user::Column::Lead)).eq(true))
        .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
        .to_owned();
    let statement = Query::select()
        .column((review_host::Entity, review_host::Column::ReviewId))
        .column((organisation::Entity, sea_orm::sea_query::Asterisk))
        .expr_as(
            Expr::exists(lead),
            sea_orm::sea_query::Alias::new("has_lead"),
        )
        .from(review_host::Entity)
        .inner_join(
            organisation::Entity,
            Expr::col((organisation::Entity, organisation::Column::Id))
                .equals((review_host::Entity, review_host::Column::AuthorityId)),
        )
        .and_where(
            Expr::col((review_host::Entity, review_host::Column::ReviewId))
                .is_in(review_ids.iter().copied()),
        )
        .order_by(
            (review_host::Entity, review_host::Column::ReviewId),
            sea_orm::sea_query::Order::Asc,
        )
        .order_by(
            (review_host::Entity, review_host::Column::Position),
            sea_orm::sea_query::Order::Asc,
        )
        .to_owned();
    let rows = db
        .query_all(db.get_database_backend().build(&statement))
        .await?;
    let mut map: HashMap<Uuid, Vec<Host>> = HashMap::new();
    for row in rows {
        let review_id: Uuid = row.try_get("", "review_id")?;
        let organisation =
            <organisation::Model as sea_orm::FromQueryResult>::from_query_result(&row, "")?;
        map.entry(review_id).or_default().push(Host {
            authority: crate::reference::organisation_from(organisation)?,
            has_lead: row.try_get("", "has_lead")?,
        });
    }
    Ok(map)
}

/// A sign-off of the current focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOff {
    pub id: Uuid,
    pub review_id: Uuid,
    pub user_id: Uuid,
    /// The host authority signed for; `None` for a programme officer.
    pub authority_id: Option<Uuid>,
    pub signed_at: DateTime<Utc>,
}

pub async fn sign_offs_of(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<SignOff>>, StoreError> {
    let rows = focus_sign_off::Entity::find()
        .filter(focus_sign_off::Column::ReviewId.is_in(review_ids.iter().copied()))
        .order_by_asc(focus_sign_off::Column::SignedAt)
        .all(db)
        .await?;
    Ok(group_by_review(rows, |r| {
        (
            r.review_id,
            SignOff {
                id: r.id,
                review_id: r.review_id,
                user_id: r.user_id,
                authority_id: r.authority_id,
                signed_at: r.signed_at,
            },
        )
    }))
}

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

fn to_member(r: team_member::Model) -> Result<Member, StoreError> {
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
    let rows = team_member::Entity::find()
        .filter(team_member::Column::ReviewId.is_in(review_ids.iter().copied()))
        .order_by_asc(team_member::Column::InvitedAt)
        .order_by_asc(team_member::Column::Id)
        .all(db)
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

/// A conflict of interest about a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub id: Uuid,
    pub review_id: Uuid,
    pub member_id: Uuid,
    pub other_review_id: Option<Uuid>,
    pub description: String,
    pub dismissed_reason: Option<String>,
    pub dismissed_by: Option<Uuid>,
    pub dismissed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

fn to_conflict(r: review_conflict::Model) -> Conflict {
    Conflict {
        id: r.id,
        review_id: r.review_id,
        member_id: r.member_id,
        other_review_id: r.other_review_id,
        description: r.description,
        dismissed_reason: r.dismissed_reason,
        dismissed_by: r.dismissed_by,
        dismissed_at: r.dismissed_at,
        created_at: r.created_at,
    }
}

pub async fn conflicts_of(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Conflict>>, StoreError> {
    let rows = review_conflict::Entity::find()
        .filter(review_conflict::Column::ReviewId.is_in(review_ids.iter().copied()))
        .order_by_asc(review_conflict::Column::CreatedAt)
        .all(db)
        .await?;
    Ok(group_by_review(rows, |r| (r.review_id, to_conflict(r))))
}

pub async fn conflict(db: &impl ConnectionTrait, id: Uuid) -> Result<Conflict, StoreError> {
    review_conflict::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_conflict)
        .ok_or_else(|| StoreError::not_found(format!("conflict {id}")))
}

pub async fn add_conflict(
    db: &impl ConnectionTrait,
    decided: &Decided,
    review_id: Uuid,
    member_id: Uuid,
    other_review_id: Option<Uuid>,
    description: String,
) -> Result<(), StoreError> {
    // A conflict is raised by the member's joining.
    if !matches!(
        decided.event(),
        Event::MemberAdded { .. } | Event::MemberInvited { .. } | Event::MemberReplaced { .. }
    ) {
        return Err(mismatch("raising a conflict"));
    }
    let now = decided.at();
    review_conflict::ActiveModel {
        id: Set(Uuid::now_v7()),
        review_id: Set(review_id),
        member_id: Set(member_id),
        other_review_id: Set(other_review_id),
        description: Set(description),
        dismissed_reason: Set(None),
        dismissed_by: Set(None),
        dismissed_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Dismisses a conflict with the reason, once.
pub async fn dismiss_conflict(
    db: &impl ConnectionTrait,
    decided: &Decided,
) -> Result<(), StoreError> {
    let Event::ConflictDismissed {
        conflict_id: id,
        reason,
        actor: by,
        at: now,
    } = decided.event()
    else {
        return Err(mismatch("dismissing a conflict"));
    };
    let (id, by, now) = (*id, *by, *now);
    let reason = reason.as_str();
    let done = review_conflict::Entity::update_many()
        .col_expr(
            review_conflict::Column::DismissedReason,
            Expr::value(reason),
        )
        .col_expr(review_conflict::Column::DismissedBy, Expr::value(by))
        .col_expr(review_conflict::Column::DismissedAt, Expr::value(now))
        .filter(review_conflict::Column::Id.eq(id))
        .filter(review_conflict::Column::DismissedAt.is_null())
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::validation(
            "id",
            "This conflict has already been dismissed",
        ));
    }
    Ok(())
}

/// One page of a review's history, oldest first: up to `limit` entries
/// numbered after `after`, and how many entries there are in all.
pub async fn events_page(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    after: i32,
    limit: u64,
) -> Result<(Vec<EventRecord>, u64), StoreError> {
    let all = review_event::Entity::find().filter(review_event::Column::ReviewId.eq(review_id));
    let total = all.clone().count(db).await?;
    let rows = all
        .filter(review_event::Column::Seq.gt(after))
        .order_by_asc(review_event::Column::Seq)
        .limit(limit)
        .all(db)
        .await?;
    Ok((
        rows.into_iter().map(to_event).collect::<Result<_, _>>()?,
        total,
    ))
}

/// Every review's history, oldest first.
pub async fn events_of(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<EventRecord>>, StoreError> {
    let rows = review_event::Entity::find()
        .filter(review_event::Column::ReviewId.is_in(review_ids.iter().copied()))
        .order_by_asc(review_event::Column::ReviewId)
        .order_by_asc(review_event::Column::Seq)
        .all(db)
        .await?;
    let rows = rows
        .into_iter()
        .map(to_event)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(group_by_review(rows, |e| (e.review_id, e)))
}

/// Each review's latest change of state (scheduling, import or a
/// transition), in one statement: what the timetable and `resume` show.
pub async fn latest_events(
    db: &impl ConnectionTrait,
    review_ids: &[Uuid],
) -> Result<HashMap<Uuid, EventRecord>, StoreError> {
    let setting_state: Vec<&str> = EventKind::VARIANTS
        .iter()
        .filter(|k| k.sets_state())
        .map(|k| k.as_str())
        .collect();
    let e2 = sea_orm::sea_query::Alias::new("e2");
    let latest = Query::select()
        .expr(Expr::col(review_event::Column::Seq).max())
        .from_as(review_event::Entity, e2.clone())
        .and_where(
            Expr::col((e2.clone(), review_event::Column::ReviewId))
                .equals((review_event::Entity, review_event::Column::ReviewId)),
        )
        .and_where(Expr::col((e2, review_event::Column::Kind)).is_in(setting_state.clone()))
        .to_owned();
    review_event::Entity::find()
        .filter(review_event::Column::ReviewId.is_in(review_ids.iter().copied()))
        .filter(review_event::Column::Seq.in_subquery(latest))
        .all(db)
        .await?
        .into_iter()
        .map(|r| to_event(r).map(|e| (e.review_id, e)))
        .collect()
}

/// Takes the review's row for this change: bumps its version if it is
/// still at `version`, otherwise the caller's view is stale (`Conflict`).
/// Every edit of a review's focus or team goes through here first, so two
/// edits of the same version cannot both win.
pub async fn claim_version(
    db: &impl ConnectionTrait,
    decided: &Decided,
    id: Uuid,
    version: i32,
) -> Result<(), StoreError> {
    let now = decided.at();
    let done = review::Entity::update_many()
        .col_expr(
            review::Column::Version,
            Expr::col(review::Column::Version).add(1),
        )
        .col_expr(review::Column::UpdatedAt, Expr::value(now))
        .filter(review::Column::Id.eq(id))
        .filter(review::Column::Version.eq(version))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::Conflict);
    }
    Ok(())
}

/// Sets the focus and clears every sign-off of the old one.
pub async fn set_focus(
    db: &impl ConnectionTrait,
    decided: &Decided,
    id: Uuid,
) -> Result<(), StoreError> {
    let Event::FocusEdited {
        theme,
        key_questions,
        scope,
        ..
    } = decided.event()
    else {
        return Err(mismatch("editing the focus"));
    };
    review::Entity::update_many()
        .col_expr(review::Column::Theme, Expr::value(theme.clone()))
        .col_expr(
            review::Column::KeyQuestions,
            Expr::value(serde_json::to_string(key_questions).unwrap_or_else(|_| "[]".into())),
        )
        .col_expr(review::Column::Scope, Expr::value(scope.clone()))
        .filter(review::Column::Id.eq(id))
        .exec(db)
        .await?;
    delete_sign_offs(db, id).await
}

/// Clears every sign-off of the focus when it is reopened.
pub async fn clear_sign_offs(
    db: &impl ConnectionTrait,
    decided: &Decided,
    id: Uuid,
) -> Result<(), StoreError> {
    if !matches!(decided.event(), Event::FocusReopened { .. }) {
        return Err(mismatch("reopening the focus"));
    }
    delete_sign_offs(db, id).await
}

async fn delete_sign_offs(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    focus_sign_off::Entity::delete_many()
        .filter(focus_sign_off::Column::ReviewId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn add_sign_off(
    db: &impl ConnectionTrait,
    decided: &Decided,
    review_id: Uuid,
) -> Result<(), StoreError> {
    let Event::FocusSignedOff {
        signed_for,
        actor: user_id,
        at: now,
    } = decided.event()
    else {
        return Err(mismatch("signing off the focus"));
    };
    let authority_id = match signed_for {
        SignedFor::HostLead(authority) => Some(authority.authority_id),
        SignedFor::ProgrammeOfficer => None,
    };
    let (user_id, now) = (*user_id, *now);
    focus_sign_off::ActiveModel {
        id: Set(Uuid::now_v7()),
        review_id: Set(review_id),
        user_id: Set(user_id),
        authority_id: Set(authority_id),
        signed_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Applies an accepted event: moves the state if the review is still in
/// the state and version the decision was made on, and appends the event
/// to the history. Zero rows updated is a conflict.
pub async fn apply_event(
    db: &impl ConnectionTrait,
    review: &Review,
    decided: &Decided,
) -> Result<(), StoreError> {
    let Event::Transitioned { from, to, at, .. } = decided.event() else {
        return Err(StoreError::Db(sea_orm::DbErr::Custom(
            "only transitions apply to an existing review".into(),
        )));
    };
    let postponed_from = (*to == ReviewState::Postponed).then(|| from.as_str().to_owned());
    let done = review::Entity::update_many()
        .col_expr(review::Column::State, Expr::value(to.as_str()))
        .col_expr(review::Column::PostponedFrom, Expr::value(postponed_from))
        .col_expr(review::Column::Version, Expr::value(review.version + 1))
        .col_expr(review::Column::UpdatedAt, Expr::value(*at))
        .filter(review::Column::Id.eq(review.id))
        .filter(review::Column::State.eq(from.as_str()))
        .filter(review::Column::Version.eq(review.version))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Err(StoreError::Conflict);
    }
    record_event(db, review, decided).await
}

/// The active leads of these authorities: the host leads a review's
/// notices go to.
pub async fn lead_ids_of(
    db: &impl ConnectionTrait,
    authorities: &[Uuid],
) -> Result<Vec<Uuid>, StoreError> {
    Ok(user::Entity::find()
        .filter(user::Column::OrganisationId.is_in(authorities.iter().copied()))
        .filter(user::Column::Lead.eq(true))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|u| u.id)
        .collect())
}

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
    Ok(facts_from(&FactsParts {
        review,
        programme,
        hosts: &hosts,
        quad_members: &quad_members,
        sign_offs: &sign_offs,
        members: &members,
        conflicts: &conflicts,
    }))
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
