//! The survey's use cases: opening a review's survey when its visit
//! completes (in the command's transaction), answering by link, and the
//! results of a cut with the rights to see it.

use crate::auth::{sign_in_required, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use chrono::{DateTime, Utc};
use domain::lifecycle::{self as lc, InvitationStatus, ReviewState};
use domain::survey::{self as sv, Answer, OrganisationType, ResponseRefusal};
use serde_json::json;
use store::outbox::{enqueue, NewMessage};
use store::sea_orm::ConnectionTrait;
use store::survey::{self as stored, Cut, NewInvitation};
use uuid::Uuid;

pub(crate) fn link_unknown() -> ApiError {
    ApiError::Coded {
        code: "SURVEY_LINK_UNKNOWN",
        message: "This survey link is not recognised. Check that you copied the whole link from your email.".into(),
        extensions: Vec::new(),
    }
}

/// The stored hash of a link's token, or `None` for anything that is not a
/// token Quads could have made (32 lowercase hex characters).
pub(crate) fn token_hash(token: &str) -> Option<String> {
    let well_formed = token.len() == 32
        && token
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    well_formed.then(|| crate::secrets::token_hash(token))
}

/// A review's name in mail and on the form: its hosts, joined.
pub(crate) async fn review_name(db: &impl ConnectionTrait, review_id: Uuid) -> ApiResult<String> {
    let hosts = store::review::hosts_with_organisations(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    Ok(hosts
        .iter()
        .map(|h| h.authority.name.clone())
        .collect::<Vec<_>>()
        .join(" and "))
}

/// After a lifecycle command: when the visit is completed, the review's
/// survey opens and every accepted, current team member and every host
/// contact with an email is mailed a single-use link, with a reminder
/// queued for a week before it closes (withdrawn when the link is used).
pub async fn after_command(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    review_id: Uuid,
    programme_name: &str,
    decided: &lc::Decided,
) -> ApiResult<()> {
    let lc::Event::Transitioned { to, at, .. } = decided.event() else {
        return Ok(());
    };
    if *to != ReviewState::VisitCompleted {
        return Ok(());
    }
    open_survey(db, &app.public_url, review_id, programme_name, *at).await?;
    Ok(())
}

/// Someone a survey is about to invite.
struct Invitee {
    user_id: Option<Uuid>,
    host_contact_id: Option<Uuid>,
    name: String,
    email: String,
    organisation_type: OrganisationType,
}

async fn invitees(db: &impl ConnectionTrait, review_id: Uuid) -> ApiResult<Vec<Invitee>> {
    let members = store::review::members_of(db, &[review_id])
        .await?
        .remove(&review_id)
        .unwrap_or_default();
    let accepted: Vec<_> = members
        .iter()
        .filter(|m| m.replaced_by.is_none() && m.invitation == InvitationStatus::Accepted)
        .collect();
    let ids: Vec<Uuid> = accepted.iter().map(|m| m.user_id).collect();
    let users = store::identity::users_by_ids(db, &ids).await?;
    let mut out: Vec<Invitee> = Vec::new();
    for m in accepted {
        let Some(u) = users.iter().find(|u| u.id == m.user_id) else {
            continue;
        };
        if !u.active || out.iter().any(|i| i.email.eq_ignore_ascii_case(&u.email)) {
            continue;
        }
        out.push(Invitee {
            user_id: Some(u.id),
            host_contact_id: None,
            name: u.name.clone(),
            email: u.email.clone(),
            organisation_type: OrganisationType::of_affiliation(m.affiliation),
        });
    }
    for c in store::visit::contacts_of(db, review_id).await? {
        let email = c.email.trim();
        if email.is_empty() || out.iter().any(|i| i.email.eq_ignore_ascii_case(email)) {
            continue;
        }
        out.push(Invitee {
            user_id: None,
            host_contact_id: Some(c.id),
            name: c.name.clone(),
            email: email.to_owned(),
            organisation_type: OrganisationType::Authority,
        });
    }
    Ok(out)
}

/// One invitation just made, with the token of its link (never stored).
pub struct Made {
    pub invitation_id: Uuid,
    pub name: String,
    pub email: String,
    pub token: String,
}

/// Opens the review's survey (once) and records an invitation for
/// everyone it concerns, each with the token `token_for` gives their email
/// (random in use; the demo fixes one). Nothing is mailed here.
pub async fn invite_everyone(
    db: &impl ConnectionTrait,
    review_id: Uuid,
    now: DateTime<Utc>,
    mut token_for: impl FnMut(&str) -> String,
) -> ApiResult<Option<(stored::Survey, Vec<Made>)>> {
    let people = invitees(db, review_id).await?;
    if people.is_empty() {
        return Ok(None);
    }
    let Some(survey) = stored::open(db, review_id, now).await? else {
        return Ok(None);
    };
    let mut made = Vec::new();
    for person in people {
        let token = token_for(&person.email);
        let id = stored::invite(
            db,
            survey.id,
            NewInvitation {
                user_id: person.user_id,
                host_contact_id: person.host_contact_id,
                name: person.name.clone(),
                email: person.email.clone(),
                organisation_type: person.organisation_type,
                token_hash: crate::secrets::token_hash(&token),
            },
        )
        .await?;
        made.push(Made {
            invitation_id: id,
            name: person.name,
            email: person.email,
            token,
        });
    }
    Ok(Some((survey, made)))
}

/// Opens the review's survey (once), invites everyone and queues their
/// mail: the invitation now, the reminder a week before it closes.
pub async fn open_survey(
    db: &impl ConnectionTrait,
    public_url: &str,
    review_id: Uuid,
    programme_name: &str,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let Some((survey, made)) =
        invite_everyone(db, review_id, now, |_| crate::secrets::new_token().0).await?
    else {
        return Ok(());
    };
    let review = review_name(db, review_id).await?;
    let closes = domain::visit::long_date(crate::review::london_today(survey.closes_at));
    let reminder_due = sv::reminder_due(survey.closes_at);
    for person in made {
        let payload = json!({
            "name": person.name,
            "review": review,
            "programme": programme_name,
            "closes": closes,
            "link": format!("{public_url}/survey/{}", person.token),
        });
        enqueue(
            db,
            NewMessage {
                idempotency_key: format!("survey-invitation:{}", person.invitation_id),
                recipient: person.email.clone(),
                template: "survey_invitation".into(),
                payload: payload.clone(),
                due_at: now,
            },
            now,
        )
        .await?;
        if reminder_due > now {
            enqueue(
                db,
                NewMessage {
                    idempotency_key: stored::reminder_key(person.invitation_id),
                    recipient: person.email,
                    template: "survey_reminder".into(),
                    payload,
                    due_at: reminder_due,
                },
                now,
            )
            .await?;
        }
    }
    Ok(())
}

/// The form behind a link.
pub struct Form {
    pub review_name: String,
    pub programme_name: String,
    pub closes_at: DateTime<Utc>,
    pub closed: bool,
    pub answered: bool,
    pub statements: Vec<stored::Statement>,
    pub suggested: Option<OrganisationType>,
}

pub async fn form(app: &ApiContext, token: &str) -> ApiResult<Form> {
    let hash = token_hash(token).ok_or_else(link_unknown)?;
    let db = app.store.conn();
    let invitation = stored::invitation_by_token(db, &hash)
        .await?
        .ok_or_else(link_unknown)?;
    let programme = store::programme::programme(db, invitation.survey.programme_id).await?;
    Ok(Form {
        review_name: review_name(db, invitation.survey.review_id).await?,
        programme_name: programme.name,
        closes_at: invitation.survey.closes_at,
        closed: app.clock.now() >= invitation.survey.closes_at,
        answered: invitation.responded,
        statements: stored::statements_of(db, invitation.survey.programme_id).await?,
        suggested: invitation.suggested,
    })
}

/// Answers a survey by its link: the link is marked used and the response
/// written without it, in one transaction.
pub async fn answer(
    app: &ApiContext,
    token: &str,
    organisation_type: OrganisationType,
    answers: &[(Uuid, Answer)],
    comment: Option<&str>,
) -> ApiResult<()> {
    let hash = token_hash(token).ok_or_else(link_unknown)?;
    let txn = app.store.begin().await?;
    let invitation = stored::invitation_by_token(&txn, &hash)
        .await?
        .ok_or_else(link_unknown)?;
    if invitation.responded {
        return Err(already_answered());
    }
    if app.clock.now() >= invitation.survey.closes_at {
        return Err(ApiError::Coded {
            code: "SURVEY_CLOSED",
            message: format!(
                "This survey closed on {}. Thank you for your interest.",
                domain::visit::long_date(crate::review::london_today(invitation.survey.closes_at))
            ),
            extensions: Vec::new(),
        });
    }
    let statements: Vec<(Uuid, i32)> = stored::statements_of(&txn, invitation.survey.programme_id)
        .await?
        .into_iter()
        .map(|s| (s.id, s.position))
        .collect();
    let checked = sv::check_response(&statements, organisation_type, answers, comment).map_err(
        |refusal| match refusal {
            ResponseRefusal::UnknownStatement(id) => ApiError::Coded {
                code: "SURVEY_STATEMENT_UNKNOWN",
                message: format!(
                    "This survey has no statement {id}. Reload the form and answer again."
                ),
                extensions: vec![("statementId", id.to_string())],
            },
            ResponseRefusal::Invalid(reasons) => ApiError::Invalid(reasons),
        },
    )?;
    match stored::answer(&txn, &invitation, &checked).await? {
        stored::Answered::Stored => {
            store::commit(txn).await?;
            Ok(())
        }
        stored::Answered::AlreadyUsed => Err(already_answered()),
    }
}

fn already_answered() -> ApiError {
    ApiError::Coded {
        code: "SURVEY_ALREADY_ANSWERED",
        message: "This survey link has already been used: each link can be used once. Thank you for taking part.".into(),
        extensions: Vec::new(),
    }
}

/// A cut as asked for: no phase or review is the whole programme.
pub fn cut_of(programme_id: Uuid, phase: Option<i32>, review_id: Option<Uuid>) -> Cut {
    match (review_id, phase) {
        (Some(r), _) => Cut::Review(r),
        (None, Some(p)) => Cut::Phase(programme_id, p),
        (None, None) => Cut::Programme(programme_id),
    }
}

/// The results of a cut, in the programme's statement order.
pub struct Results {
    pub cut: Cut,
    pub programme_id: Uuid,
    pub phase: Option<i32>,
    pub review_id: Option<Uuid>,
    pub review_name: Option<String>,
    pub invited: u64,
    pub statements: Vec<stored::Statement>,
    pub results: sv::CutResults,
}

/// Programme officers see every cut; other signed-in people the whole
/// programme only; nobody anonymous.
pub async fn results(
    app: &ApiContext,
    viewer: &Viewer,
    programme_id: Uuid,
    phase: Option<i32>,
    review_id: Option<Uuid>,
) -> ApiResult<Results> {
    let user = viewer
        .user
        .as_ref()
        .ok_or_else(|| sign_in_required(viewer))?;
    let cut = cut_of(programme_id, phase, review_id);
    if !matches!(cut, Cut::Programme(_)) && !user.has(domain::identity::Role::ProgrammeOfficer) {
        return Err(ApiError::Forbidden(
            "Only programme officers see survey results by phase or by review.".into(),
        ));
    }
    let db = app.store.conn();
    store::programme::programme(db, programme_id).await?;
    let (phase, review_name) = match cut {
        Cut::Review(r) => {
            let review = store::review::review(db, r)
                .await
                .ok()
                .filter(|rv| rv.programme_id == programme_id)
                .ok_or_else(|| ApiError::NotFound("This programme has no such review.".into()))?;
            (
                Some(i32::try_from(review.phase).unwrap_or(i32::MAX)),
                Some(review_name(db, r).await?),
            )
        }
        Cut::Phase(_, p) => (Some(p), None),
        Cut::Programme(_) => (None, None),
    };
    let statements = stored::statements_of(db, programme_id).await?;
    let tally = stored::tally(db, cut).await?;
    let counts = statements
        .iter()
        .map(|s| tally.counts.get(&s.id).copied().unwrap_or_default())
        .collect();
    let results = sv::cut_results(
        usize::try_from(tally.respondents).unwrap_or(usize::MAX),
        counts,
        tally.by_organisation_type,
        tally.comments,
    );
    Ok(Results {
        cut,
        programme_id,
        phase,
        review_id: match cut {
            Cut::Review(r) => Some(r),
            _ => None,
        },
        review_name,
        invited: tally.invited,
        statements,
        results,
    })
}
