//! The participant survey (issue 22): a programme's statements (programme
//! officers edit them before the first invitation), the form behind a
//! single-use link (anyone holding the link), and the results of a cut —
//! the programme for signed-in people, a phase or a review for programme
//! officers — with fewer than three respondents shown as counts only.
//!
//! Nothing here names a respondent: responses are stored apart from the
//! invitations (see `store::survey`), and no field lists invitees.

pub mod export;
pub mod use_cases;

use crate::auth::{require_programme_officer, require_user, viewer};
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::survey as sv;
use store::survey as stored;
use uuid::Uuid;

/// A point of the agreement scale.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum SurveyAnswer {
    StronglyAgree,
    Agree,
    Disagree,
    StronglyDisagree,
    DontKnow,
}

impl From<SurveyAnswer> for sv::Answer {
    fn from(a: SurveyAnswer) -> Self {
        match a {
            SurveyAnswer::StronglyAgree => Self::StronglyAgree,
            SurveyAnswer::Agree => Self::Agree,
            SurveyAnswer::Disagree => Self::Disagree,
            SurveyAnswer::StronglyDisagree => Self::StronglyDisagree,
            SurveyAnswer::DontKnow => Self::DontKnow,
        }
    }
}

impl From<sv::Answer> for SurveyAnswer {
    fn from(a: sv::Answer) -> Self {
        match a {
            sv::Answer::StronglyAgree => Self::StronglyAgree,
            sv::Answer::Agree => Self::Agree,
            sv::Answer::Disagree => Self::Disagree,
            sv::Answer::StronglyDisagree => Self::StronglyDisagree,
            sv::Answer::DontKnow => Self::DontKnow,
        }
    }
}

/// Where a respondent works.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum SurveyOrganisationType {
    Authority,
    EducationScotland,
    HmInspectors,
    Ades,
    Other,
}

impl From<SurveyOrganisationType> for sv::OrganisationType {
    fn from(t: SurveyOrganisationType) -> Self {
        match t {
            SurveyOrganisationType::Authority => Self::Authority,
            SurveyOrganisationType::EducationScotland => Self::EducationScotland,
            SurveyOrganisationType::HmInspectors => Self::HmInspectors,
            SurveyOrganisationType::Ades => Self::Ades,
            SurveyOrganisationType::Other => Self::Other,
        }
    }
}

impl From<sv::OrganisationType> for SurveyOrganisationType {
    fn from(t: sv::OrganisationType) -> Self {
        match t {
            sv::OrganisationType::Authority => Self::Authority,
            sv::OrganisationType::EducationScotland => Self::EducationScotland,
            sv::OrganisationType::HmInspectors => Self::HmInspectors,
            sv::OrganisationType::Ades => Self::Ades,
            sv::OrganisationType::Other => Self::Other,
        }
    }
}

/// What a set of results covers.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum SurveyScope {
    Programme,
    Phase,
    Review,
}

/// One agreement statement.
#[derive(SimpleObject, Clone)]
pub struct SurveyStatement {
    pub id: Uuid,
    /// 1-based.
    pub position: i32,
    pub text: String,
}

impl From<stored::Statement> for SurveyStatement {
    fn from(s: stored::Statement) -> Self {
        Self {
            id: s.id,
            position: s.position,
            text: s.text,
        }
    }
}

/// A programme's survey settings.
#[derive(SimpleObject)]
pub struct SurveySettings {
    pub programme_id: Uuid,
    /// In position order.
    pub statements: Vec<SurveyStatement>,
    /// False once the programme's first survey invitations were sent.
    pub editable: bool,
    /// Weeks a survey stays open after its invitations.
    pub close_after_weeks: i32,
    pub max_statements: i32,
    pub statement_max_chars: i32,
}

impl From<stored::Settings> for SurveySettings {
    fn from(s: stored::Settings) -> Self {
        Self {
            programme_id: s.programme_id,
            statements: s.statements.into_iter().map(Into::into).collect(),
            editable: s.editable,
            close_after_weeks: s.close_after_weeks,
            max_statements: sv::MAX_STATEMENTS as i32,
            statement_max_chars: sv::STATEMENT.max_chars as i32,
        }
    }
}

/// The form behind a survey link.
#[derive(SimpleObject)]
pub struct SurveyForm {
    /// The host authorities' names.
    pub review_name: String,
    pub programme_name: String,
    pub closes_at: DateTime<Utc>,
    pub closed: bool,
    /// This link was already used.
    pub answered: bool,
    pub statements: Vec<SurveyStatement>,
    /// From the invitee's place on the team (host contacts: AUTHORITY).
    pub suggested_organisation_type: Option<SurveyOrganisationType>,
    pub comment_max_chars: i32,
}

/// One scale point's count in a statement's results.
#[derive(SimpleObject)]
pub struct SurveyAnswerCount {
    pub answer: SurveyAnswer,
    pub count: i32,
    /// Of the statement's answers (don't know included), one decimal; null
    /// when the cut has fewer than three respondents.
    pub percentage: Option<f64>,
}

/// One statement's results: a count per scale point, in scale order.
#[derive(SimpleObject)]
pub struct SurveyStatementResult {
    pub statement: SurveyStatement,
    pub counts: Vec<SurveyAnswerCount>,
}

/// Respondents of one organisation type.
#[derive(SimpleObject)]
pub struct SurveyOrganisationCount {
    pub organisation_type: SurveyOrganisationType,
    pub count: i32,
}

/// The results of a programme, a phase or a review.
#[derive(SimpleObject)]
pub struct SurveyResults {
    pub scope: SurveyScope,
    pub programme_id: Uuid,
    pub phase: Option<i32>,
    pub review_id: Option<Uuid>,
    pub review_name: Option<String>,
    pub invited: i32,
    pub respondents: i32,
    /// Three respondents or more: percentages, organisation types and
    /// comments are shown.
    pub breakdown_shown: bool,
    /// Every type in order; empty below three respondents.
    pub by_organisation_type: Vec<SurveyOrganisationCount>,
    pub statements: Vec<SurveyStatementResult>,
    /// Without names, in no order tied to time; empty below three
    /// respondents (one or two comments would identify their writers).
    pub comments: Vec<String>,
}

fn count(n: u64) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

impl From<use_cases::Results> for SurveyResults {
    fn from(r: use_cases::Results) -> Self {
        let res = r.results;
        Self {
            scope: match r.cut {
                stored::Cut::Programme(_) => SurveyScope::Programme,
                stored::Cut::Phase(..) => SurveyScope::Phase,
                stored::Cut::Review(_) => SurveyScope::Review,
            },
            programme_id: r.programme_id,
            phase: r.phase,
            review_id: r.review_id,
            review_name: r.review_name,
            invited: count(r.invited),
            respondents: count(res.respondents as u64),
            breakdown_shown: res.breakdown_shown,
            by_organisation_type: res
                .by_organisation_type
                .map(|by| {
                    sv::OrganisationType::ALL
                        .into_iter()
                        .map(|t| SurveyOrganisationCount {
                            organisation_type: t.into(),
                            count: count(u64::from(by[t.index()])),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            statements: r
                .statements
                .into_iter()
                .zip(res.statements)
                .map(|(s, tally)| SurveyStatementResult {
                    statement: s.into(),
                    counts: sv::Answer::ALL
                        .into_iter()
                        .map(|a| SurveyAnswerCount {
                            answer: a.into(),
                            count: count(u64::from(tally.counts[a.index()])),
                            percentage: tally.percentages.map(|p| p[a.index()]),
                        })
                        .collect(),
                })
                .collect(),
            comments: res.comments,
        }
    }
}

/// One review's survey, for programme officers.
#[derive(SimpleObject)]
pub struct ReviewSurvey {
    pub id: Uuid,
    pub review_id: Uuid,
    pub review_name: String,
    pub phase: i32,
    pub opened_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub closed: bool,
    pub invited: i32,
    pub respondents: i32,
}

/// One statement's answer.
#[derive(InputObject)]
pub struct SurveyStatementAnswerInput {
    pub statement_id: Uuid,
    pub answer: SurveyAnswer,
}

/// A response as the form sends it.
#[derive(InputObject)]
pub struct SurveyResponseInput {
    pub organisation_type: SurveyOrganisationType,
    /// Every statement exactly once (don't know is an answer).
    pub answers: Vec<SurveyStatementAnswerInput>,
    /// Optional; at most 2,000 characters.
    pub comment: Option<String>,
}

/// The longest token accepted before it is even looked at.
const MAX_TOKEN_CHARS: usize = 100;

fn bounded_token(token: &str) -> ApiResult<&str> {
    if token.len() > MAX_TOKEN_CHARS {
        return Err(use_cases::link_unknown());
    }
    Ok(token)
}

#[derive(Default)]
pub struct SurveyQuery;

#[Object]
impl SurveyQuery {
    /// A programme's statements and settings (signed-in people).
    async fn survey_settings(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
    ) -> ApiResult<SurveySettings> {
        require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        Ok(stored::settings(app.store.conn(), programme_id)
            .await?
            .into())
    }

    /// The form behind a survey link (anyone holding the link).
    async fn survey_form(&self, ctx: &Context<'_>, token: String) -> ApiResult<SurveyForm> {
        let app = ctx.data::<ApiContext>()?;
        let form = use_cases::form(app, bounded_token(&token)?).await?;
        Ok(SurveyForm {
            review_name: form.review_name,
            programme_name: form.programme_name,
            closes_at: form.closes_at,
            closed: form.closed,
            answered: form.answered,
            statements: form.statements.into_iter().map(Into::into).collect(),
            suggested_organisation_type: form.suggested.map(Into::into),
            comment_max_chars: sv::COMMENT.max_chars as i32,
        })
    }

    /// Results: the programme (signed-in people), a phase or a review
    /// (programme officers; a review wins over a phase).
    async fn survey_results(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
        phase: Option<i32>,
        review_id: Option<Uuid>,
    ) -> ApiResult<SurveyResults> {
        let app = ctx.data::<ApiContext>()?;
        Ok(
            use_cases::results(app, viewer(ctx), programme_id, phase, review_id)
                .await?
                .into(),
        )
    }

    /// A programme's review surveys with their numbers (programme
    /// officers), by phase.
    async fn programme_surveys(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
    ) -> ApiResult<Vec<ReviewSurvey>> {
        require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let db = app.store.conn();
        store::programme::programme(db, programme_id).await?;
        let now = app.clock.now();
        let mut out = Vec::new();
        for s in stored::surveys_of(db, programme_id).await? {
            out.push(ReviewSurvey {
                id: s.survey.id,
                review_id: s.survey.review_id,
                review_name: use_cases::review_name(db, s.survey.review_id).await?,
                phase: s.survey.phase,
                opened_at: s.survey.opened_at,
                closes_at: s.survey.closes_at,
                closed: now >= s.survey.closes_at,
                invited: count(s.invited),
                respondents: count(s.respondents),
            });
        }
        out.sort_by(|a, b| (a.phase, &a.review_name).cmp(&(b.phase, &b.review_name)));
        Ok(out)
    }
}

#[derive(Default)]
pub struct SurveyMutation;

#[Object]
impl SurveyMutation {
    /// Replaces a programme's statements (programme officers), only before
    /// its first survey invitation (`SURVEY_STATEMENTS_LOCKED` after).
    async fn set_survey_statements(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
        statements: Vec<String>,
    ) -> ApiResult<SurveySettings> {
        require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let texts = sv::check_statements(&statements).map_err(ApiError::Invalid)?;
        let txn = app.store.begin().await?;
        match stored::set_statements(&txn, programme_id, &texts).await? {
            stored::StatementsChange::Replaced => {}
            stored::StatementsChange::Locked => {
                return Err(ApiError::Coded {
                    code: "SURVEY_STATEMENTS_LOCKED",
                    message: "This programme's survey statements can no longer be changed: invitations to answer them have been sent.".into(),
                    extensions: Vec::new(),
                })
            }
        }
        let settings = stored::settings(&txn, programme_id).await?;
        store::commit(txn).await?;
        Ok(settings.into())
    }

    /// How many weeks a programme's surveys stay open (programme
    /// officers; 1 to 12; surveys opened from now on).
    async fn set_survey_close_after_weeks(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
        weeks: i32,
    ) -> ApiResult<SurveySettings> {
        require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        if !sv::CLOSE_AFTER_WEEKS.contains(&weeks) {
            return Err(ApiError::validation(
                "weeks",
                format!(
                    "A survey stays open between {} and {} weeks.",
                    sv::CLOSE_AFTER_WEEKS.start(),
                    sv::CLOSE_AFTER_WEEKS.end()
                ),
            ));
        }
        let txn = app.store.begin().await?;
        stored::set_close_after_weeks(&txn, programme_id, weeks, app.clock.now()).await?;
        let settings = stored::settings(&txn, programme_id).await?;
        store::commit(txn).await?;
        Ok(settings.into())
    }

    /// Answers a survey with its single-use link (anyone holding it).
    async fn answer_survey(
        &self,
        ctx: &Context<'_>,
        token: String,
        response: SurveyResponseInput,
    ) -> ApiResult<bool> {
        let app = ctx.data::<ApiContext>()?;
        let token = bounded_token(&token)?;
        if response.answers.len() > sv::MAX_ANSWERS {
            return Err(ApiError::validation(
                "answers",
                format!("A response may carry at most {} answers.", sv::MAX_ANSWERS),
            ));
        }
        let answers: Vec<(Uuid, sv::Answer)> = response
            .answers
            .iter()
            .map(|a| (a.statement_id, a.answer.into()))
            .collect();
        use_cases::answer(
            app,
            token,
            response.organisation_type.into(),
            &answers,
            response.comment.as_deref(),
        )
        .await?;
        Ok(true)
    }
}
