//! The participant survey (issue 22): a programme's statements and
//! settings, a review's survey and its invitations, the anonymous
//! responses, and the counts of a cut.
//!
//! Anonymity: a response is written with a random id and no reference to
//! its invitation, user or time; the invitation only learns it was used.
//! Both happen in the caller's one transaction ([`answer`]).

use crate::entities::{
    outbox, programme, review, survey, survey_answer, survey_invitation, survey_response,
    survey_setting, survey_statement,
};
use crate::StoreError;
use chrono::{DateTime, Utc};
use domain::survey::{
    self as sv, Answer, CheckedResponse, OrganisationType, DEFAULT_CLOSE_AFTER_WEEKS,
};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Custom(what.to_string()))
}

/// One statement of a programme's survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: Uuid,
    pub position: i32,
    pub text: String,
}

/// A programme's survey settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub programme_id: Uuid,
    pub statements: Vec<Statement>,
    /// False once the programme has a survey (its first invitations).
    pub editable: bool,
    pub close_after_weeks: i32,
}

async fn require_programme(db: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    programme::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|_| ())
        .ok_or_else(|| StoreError::not_found("programme"))
}

/// A programme's statements, in position order.
pub async fn statements_of(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<Vec<Statement>, StoreError> {
    Ok(survey_statement::Entity::find()
        .filter(survey_statement::Column::ProgrammeId.eq(programme_id))
        .order_by_asc(survey_statement::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|s| Statement {
            id: s.id,
            position: s.position,
            text: s.text,
        })
        .collect())
}

async fn write_statements(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
    texts: &[String],
) -> Result<(), StoreError> {
    survey_statement::Entity::delete_many()
        .filter(survey_statement::Column::ProgrammeId.eq(programme_id))
        .exec(db)
        .await?;
    if texts.is_empty() {
        return Ok(());
    }
    let rows = texts
        .iter()
        .enumerate()
        .map(|(i, text)| survey_statement::ActiveModel {
            id: Set(Uuid::new_v4()),
            programme_id: Set(programme_id),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX - 1) + 1),
            text: Set(text.clone()),
        });
    survey_statement::Entity::insert_many(rows).exec(db).await?;
    Ok(())
}

/// Gives a programme the default statements if it has none (a new
/// programme; a programme made before surveys existed got them in the
/// migration).
pub async fn seed_default_statements(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<(), StoreError> {
    let has = survey_statement::Entity::find()
        .filter(survey_statement::Column::ProgrammeId.eq(programme_id))
        .count(db)
        .await?;
    if has > 0 {
        return Ok(());
    }
    let texts: Vec<String> = sv::DEFAULT_STATEMENTS
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    write_statements(db, programme_id, &texts).await
}

async fn has_survey(db: &impl ConnectionTrait, programme_id: Uuid) -> Result<bool, StoreError> {
    Ok(survey::Entity::find()
        .filter(survey::Column::ProgrammeId.eq(programme_id))
        .count(db)
        .await?
        > 0)
}

async fn close_after_weeks(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<i32, StoreError> {
    Ok(survey_setting::Entity::find_by_id(programme_id)
        .one(db)
        .await?
        .map(|s| s.close_after_weeks)
        .unwrap_or(DEFAULT_CLOSE_AFTER_WEEKS))
}

/// A programme's settings (`NotFound` for an unknown programme).
pub async fn settings(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<Settings, StoreError> {
    require_programme(db, programme_id).await?;
    Ok(Settings {
        programme_id,
        statements: statements_of(db, programme_id).await?,
        editable: !has_survey(db, programme_id).await?,
        close_after_weeks: close_after_weeks(db, programme_id).await?,
    })
}

/// What replacing the statements did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementsChange {
    Replaced,
    /// The programme already sent invitations: its statements are fixed.
    Locked,
}

/// Replaces a programme's statements (already checked) unless it already
/// has a survey.
pub async fn set_statements(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
    texts: &[String],
) -> Result<StatementsChange, StoreError> {
    require_programme(db, programme_id).await?;
    if has_survey(db, programme_id).await? {
        return Ok(StatementsChange::Locked);
    }
    write_statements(db, programme_id, texts).await?;
    Ok(StatementsChange::Replaced)
}

/// Sets how many weeks a programme's surveys stay open (those opened from
/// now on).
pub async fn set_close_after_weeks(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
    weeks: i32,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    require_programme(db, programme_id).await?;
    survey_setting::Entity::delete_by_id(programme_id)
        .exec(db)
        .await?;
    survey_setting::ActiveModel {
        programme_id: Set(programme_id),
        close_after_weeks: Set(weeks),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

// ---------------------------------------------------------------- surveys

/// A review's survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub id: Uuid,
    pub review_id: Uuid,
    pub programme_id: Uuid,
    pub phase: i32,
    pub opened_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
}

fn to_survey(m: survey::Model) -> Survey {
    Survey {
        id: m.id,
        review_id: m.review_id,
        programme_id: m.programme_id,
        phase: m.phase,
        opened_at: m.opened_at,
        closes_at: m.closes_at,
    }
}

/// Opens a review's survey (`None` if it has one already): it closes after
/// the programme's weeks. The programme gets its default statements first
/// if it has none.
pub async fn open(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<Survey>, StoreError> {
    let exists = survey::Entity::find()
        .filter(survey::Column::ReviewId.eq(review_id))
        .count(db)
        .await?;
    if exists > 0 {
        return Ok(None);
    }
    let review = review::Entity::find_by_id(review_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("review"))?;
    seed_default_statements(db, review.programme_id).await?;
    let weeks = close_after_weeks(db, review.programme_id).await?;
    let model = survey::ActiveModel {
        id: Set(Uuid::new_v4()),
        review_id: Set(review_id),
        programme_id: Set(review.programme_id),
        phase: Set(review.phase),
        opened_at: Set(now),
        closes_at: Set(sv::closes_at(now, weeks)),
    }
    .insert(db)
    .await?;
    Ok(Some(to_survey(model)))
}

/// Someone to invite to a survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation {
    pub user_id: Option<Uuid>,
    pub host_contact_id: Option<Uuid>,
    pub name: String,
    pub email: String,
    pub organisation_type: OrganisationType,
    pub token_hash: String,
}

/// Records an invitation; returns its id.
pub async fn invite(
    db: &impl ConnectionTrait,
    survey_id: Uuid,
    invitation: NewInvitation,
) -> Result<Uuid, StoreError> {
    let id = Uuid::new_v4();
    survey_invitation::ActiveModel {
        id: Set(id),
        survey_id: Set(survey_id),
        user_id: Set(invitation.user_id),
        host_contact_id: Set(invitation.host_contact_id),
        name: Set(invitation.name),
        email: Set(invitation.email),
        organisation_type: Set(invitation.organisation_type.as_str().into()),
        token_hash: Set(invitation.token_hash),
        responded: Set(false),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// The idempotency key of an invitation's reminder mail.
pub fn reminder_key(invitation_id: Uuid) -> String {
    format!("survey-reminder:{invitation_id}")
}

/// An invitation found by its link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: Uuid,
    pub survey: Survey,
    pub responded: bool,
    pub suggested: Option<OrganisationType>,
}

/// The invitation whose token hashes to `token_hash`, with its survey.
pub async fn invitation_by_token(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<Invitation>, StoreError> {
    let Some(inv) = survey_invitation::Entity::find()
        .filter(survey_invitation::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let survey = survey::Entity::find_by_id(inv.survey_id)
        .one(db)
        .await?
        .ok_or_else(|| corrupt(format!("survey invitation {} has no survey", inv.id)))?;
    Ok(Some(Invitation {
        id: inv.id,
        survey: to_survey(survey),
        responded: inv.responded,
        suggested: OrganisationType::parse(&inv.organisation_type),
    }))
}

/// What answering did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    Stored,
    /// The link had been used (perhaps a moment ago, by a concurrent call).
    AlreadyUsed,
}

/// Marks the invitation used (only if unused) and writes the response
/// with a random id and nothing that points back at the invitation; its
/// pending reminder is withdrawn. Call in one transaction.
pub async fn answer(
    db: &impl ConnectionTrait,
    invitation: &Invitation,
    response: &CheckedResponse,
) -> Result<Answered, StoreError> {
    let marked = survey_invitation::Entity::update_many()
        .col_expr(survey_invitation::Column::Responded, Expr::value(true))
        .filter(survey_invitation::Column::Id.eq(invitation.id))
        .filter(survey_invitation::Column::Responded.eq(false))
        .exec(db)
        .await?;
    if marked.rows_affected != 1 {
        return Ok(Answered::AlreadyUsed);
    }
    outbox::Entity::delete_many()
        .filter(outbox::Column::IdempotencyKey.eq(reminder_key(invitation.id)))
        .filter(outbox::Column::Status.eq("PENDING"))
        .exec(db)
        .await?;
    let response_id = Uuid::new_v4();
    survey_response::ActiveModel {
        id: Set(response_id),
        survey_id: Set(invitation.survey.id),
        organisation_type: Set(response.organisation_type.as_str().into()),
        comment: Set(response.comment.clone()),
    }
    .insert(db)
    .await?;
    if !response.answers.is_empty() {
        survey_answer::Entity::insert_many(response.answers.iter().map(|(statement, answer)| {
            survey_answer::ActiveModel {
                response_id: Set(response_id),
                statement_id: Set(*statement),
                answer: Set(answer.as_str().into()),
            }
        }))
        .exec(db)
        .await?;
    }
    Ok(Answered::Stored)
}

// ---------------------------------------------------------------- results

/// Which surveys a cut covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    Programme(Uuid),
    Phase(Uuid, i32),
    Review(Uuid),
}

fn surveys_in(cut: Cut) -> Condition {
    match cut {
        Cut::Programme(p) => Condition::all().add(survey::Column::ProgrammeId.eq(p)),
        Cut::Phase(p, phase) => Condition::all()
            .add(survey::Column::ProgrammeId.eq(p))
            .add(survey::Column::Phase.eq(phase)),
        Cut::Review(r) => Condition::all().add(survey::Column::ReviewId.eq(r)),
    }
}

fn survey_ids(cut: Cut) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(survey::Column::Id)
        .from(survey::Entity)
        .cond_where(surveys_in(cut))
        .to_owned()
}

/// A cut's raw counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub invited: u64,
    pub respondents: u64,
    /// Per statement id, counts in [`Answer::ALL`] order.
    pub counts: HashMap<Uuid, [u32; 5]>,
    /// Per [`OrganisationType::ALL`].
    pub by_organisation_type: [u32; 5],
    /// In an order that says nothing about when they were written (by
    /// their random ids).
    pub comments: Vec<String>,
}

/// Counts the responses of a cut: a few grouped statements.
pub async fn tally(db: &impl ConnectionTrait, cut: Cut) -> Result<Tally, StoreError> {
    let invited = survey_invitation::Entity::find()
        .filter(survey_invitation::Column::SurveyId.in_subquery(survey_ids(cut)))
        .count(db)
        .await?;
    let by_type: Vec<(String, i64)> = survey_response::Entity::find()
        .select_only()
        .column(survey_response::Column::OrganisationType)
        .column_as(survey_response::Column::Id.count(), "n")
        .filter(survey_response::Column::SurveyId.in_subquery(survey_ids(cut)))
        .group_by(survey_response::Column::OrganisationType)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_organisation_type = [0u32; 5];
    let mut respondents = 0u64;
    for (t, n) in by_type {
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        respondents += u64::from(n);
        if let Some(t) = OrganisationType::parse(&t) {
            by_organisation_type[t.index()] += n;
        }
    }
    let responses = Query::select()
        .column(survey_response::Column::Id)
        .from(survey_response::Entity)
        .and_where(survey_response::Column::SurveyId.in_subquery(survey_ids(cut)))
        .to_owned();
    let grouped: Vec<(Uuid, String, i64)> = survey_answer::Entity::find()
        .select_only()
        .column(survey_answer::Column::StatementId)
        .column(survey_answer::Column::Answer)
        .column_as(survey_answer::Column::ResponseId.count(), "n")
        .filter(survey_answer::Column::ResponseId.in_subquery(responses))
        .group_by(survey_answer::Column::StatementId)
        .group_by(survey_answer::Column::Answer)
        .into_tuple()
        .all(db)
        .await?;
    let mut counts: HashMap<Uuid, [u32; 5]> = HashMap::new();
    for (statement, answer, n) in grouped {
        if let Some(a) = Answer::parse(&answer) {
            counts.entry(statement).or_default()[a.index()] += u32::try_from(n).unwrap_or(u32::MAX);
        }
    }
    let comments: Vec<Option<String>> = survey_response::Entity::find()
        .select_only()
        .column(survey_response::Column::Comment)
        .filter(survey_response::Column::SurveyId.in_subquery(survey_ids(cut)))
        .filter(survey_response::Column::Comment.is_not_null())
        .order_by_asc(survey_response::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(Tally {
        invited,
        respondents,
        counts,
        by_organisation_type,
        comments: comments.into_iter().flatten().collect(),
    })
}

/// A review's survey with its numbers (for programme officers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveySummary {
    pub survey: Survey,
    pub invited: u64,
    pub respondents: u64,
}

/// A programme's surveys with how many were invited and answered.
pub async fn surveys_of(
    db: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<Vec<SurveySummary>, StoreError> {
    let surveys: Vec<Survey> = survey::Entity::find()
        .filter(survey::Column::ProgrammeId.eq(programme_id))
        .order_by_asc(survey::Column::Phase)
        .order_by_asc(survey::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_survey)
        .collect();
    let ids: Vec<Uuid> = surveys.iter().map(|s| s.id).collect();
    let invited: HashMap<Uuid, i64> = survey_invitation::Entity::find()
        .select_only()
        .column(survey_invitation::Column::SurveyId)
        .column_as(survey_invitation::Column::Id.count(), "n")
        .filter(survey_invitation::Column::SurveyId.is_in(ids.iter().copied()))
        .group_by(survey_invitation::Column::SurveyId)
        .into_tuple::<(Uuid, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let answered: HashMap<Uuid, i64> = survey_response::Entity::find()
        .select_only()
        .column(survey_response::Column::SurveyId)
        .column_as(survey_response::Column::Id.count(), "n")
        .filter(survey_response::Column::SurveyId.is_in(ids.iter().copied()))
        .group_by(survey_response::Column::SurveyId)
        .into_tuple::<(Uuid, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(surveys
        .into_iter()
        .map(|s| SurveySummary {
            invited: u64::try_from(invited.get(&s.id).copied().unwrap_or(0)).unwrap_or(0),
            respondents: u64::try_from(answered.get(&s.id).copied().unwrap_or(0)).unwrap_or(0),
            survey: s,
        })
        .collect())
}
