//! The follow-up use cases. Each change owns one transaction: rights first
//! (someone who may not act learns nothing), then the state, then what the
//! change names (NOT_FOUND), the version the client saw (CONFLICT), and
//! the input (VALIDATION); the document is written claiming its revision,
//! with its history event and mail, or nothing is. A racing write of the
//! same document by someone else (another host user adding an action at
//! the same moment) is not the caller's conflict: the change is checked
//! and made again on the new revision, a few times.

use super::types::*;
use crate::auth::{sign_in_required, SessionUser, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::review::use_cases::{load, Loaded};
use crate::review::{london_today, refusal, unmet_list, UnmetGuard};
use crate::self_evaluation::PersonName;
use crate::ApiContext;
use chrono::{DateTime, NaiveDate, Utc};
use domain::attachment::OwnerKind;
use domain::follow_up::{self as fu, ActionFields, Change, EditError, MeasureValues};
use domain::lifecycle::{self as lc, CommandKind, ReviewState};
use domain::visit::WorkingCalendar;
use std::collections::HashMap;
use store::attachment::{self as attachments, Attachment, AttachmentFile, NewAttachment};
use store::follow_up::{self as stored, Stored};
use store::review as reviews;
use store::sea_orm::{ConnectionTrait, DatabaseTransaction};
use store::StoreError;
use uuid::Uuid;

/// The most documents on one progress note.
pub const MAX_NOTE_ATTACHMENTS: u64 = 10;
/// How often a change is made again when another write claimed the
/// document's revision first.
const ATTEMPTS: usize = 3;

fn not_started() -> ApiError {
    ApiError::NotFound(
        "This review has no follow-up yet: it starts when the report is published.".into(),
    )
}

fn edit_error(e: EditError) -> ApiError {
    match e {
        EditError::Invalid(reasons) => ApiError::Invalid(
            reasons
                .into_iter()
                .map(|(f, m)| (f.to_owned(), m))
                .collect(),
        ),
        EditError::Stale => ApiError::Conflict(
            "It changed since you loaded it; reload it and make your change again.".into(),
        ),
        EditError::NotFound(what) => ApiError::NotFound(what.into()),
    }
}

fn host_ids(loaded: &Loaded) -> Vec<Uuid> {
    loaded.facts.hosts.iter().map(|h| h.authority_id).collect()
}

/// The calendar sessions are proposed and saved on: weekends, Scotland's
/// bank holidays and the host authorities' blackout dates from
/// publication.
async fn calendar(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
    from: NaiveDate,
) -> ApiResult<WorkingCalendar> {
    let names: HashMap<Uuid, String> = loaded
        .facts
        .hosts
        .iter()
        .map(|h| (h.authority_id, h.name.clone()))
        .collect();
    let blackouts = store::visit::blackouts_of(db, &host_ids(loaded), Some(from)).await?;
    Ok(WorkingCalendar::new(
        store::reference::bank_holidays(db).await?,
        blackouts.into_iter().map(|b| {
            (
                names.get(&b.authority_id).cloned().unwrap_or_default(),
                b.blackout,
            )
        }),
    ))
}

/// Who may own an action: the active users of the host authorities.
async fn possible_owners(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
) -> ApiResult<Vec<(Uuid, String)>> {
    Ok(stored::host_users(db, &host_ids(loaded)).await?)
}

fn guards(
    loaded: &Loaded,
    kind: CommandKind,
    from: ReviewState,
    today: NaiveDate,
) -> Vec<UnmetGuard> {
    if loaded.facts.state != from {
        return Vec::new();
    }
    unmet_list(lc::check(&loaded.facts, kind, today))
        .into_iter()
        .map(|u| UnmetGuard {
            code: u.code.into(),
            message: u.message,
        })
        .collect()
}

fn measure_view(m: &fu::Measure, name: &dyn Fn(Uuid) -> PersonName) -> ImpactMeasure {
    let v = &m.values;
    ImpactMeasure {
        id: m.id,
        version: m.version,
        name: v.name.clone(),
        learner_group: v.learner_group.clone(),
        unit: v.unit.into(),
        baseline_value: v.baseline_value.to_string(),
        baseline_period: v.baseline_period.clone(),
        later_value: v.later_value.map(|d| d.to_string()),
        later_period: v.later_period.clone(),
        no_later_value_reason: v.no_later_value_reason.clone(),
        change: v.change(),
        change_text: v.change_text(),
        published: m.published,
        recorded_by: name(m.recorded_by),
        updated_at: m.updated_at,
    }
}

/// The measures public with the report.
pub(crate) fn public_measures(f: &fu::FollowUp) -> Vec<PublicImpactMeasure> {
    f.public_measures()
        .map(|m| {
            let v = &m.values;
            PublicImpactMeasure {
                name: v.name.clone(),
                learner_group: v.learner_group.clone(),
                unit: v.unit.into(),
                baseline_value: v.baseline_value.to_string(),
                baseline_period: v.baseline_period.clone(),
                later_value: v.later_value.map(|d| d.to_string()),
                later_period: v.later_period.clone(),
                change: v.change(),
                change_text: v.change_text(),
            }
        })
        .collect()
}

async fn view(
    db: &impl ConnectionTrait,
    app: &ApiContext,
    loaded: &Loaded,
    f: &fu::FollowUp,
) -> ApiResult<FollowUp> {
    let owners = possible_owners(db, loaded).await?;
    let mut people: Vec<Uuid> = f
        .actions
        .iter()
        .flat_map(|a| {
            [a.owner, a.created_by]
                .into_iter()
                .chain(a.notes.iter().map(|n| n.author))
        })
        .chain(
            f.areas
                .iter()
                .filter_map(|a| a.no_action.as_ref().map(|r| r.by)),
        )
        .chain(f.sessions.iter().filter_map(|s| s.saved_by))
        .chain(f.measures.iter().map(|m| m.recorded_by))
        .filter(|id| !owners.iter().any(|(o, _)| o == id))
        .collect();
    people.sort();
    people.dedup();
    // Never an empty list (which is not read at all): the tab costs the
    // same statements whatever it holds.
    if people.is_empty() {
        people.push(Uuid::nil());
    }
    let mut names: HashMap<Uuid, String> = store::identity::users_by_ids(db, &people)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    names.extend(owners.iter().cloned());
    let name = |id: Uuid| PersonName {
        id,
        name: names.get(&id).cloned().unwrap_or_default(),
    };
    let mut note_ids: Vec<Uuid> = f
        .actions
        .iter()
        .flat_map(|a| a.notes.iter().map(|n| n.id))
        .collect();
    if note_ids.is_empty() {
        note_ids.push(Uuid::nil());
    }
    let mut files: HashMap<Uuid, Vec<FollowUpAttachment>> = HashMap::new();
    for a in attachments::of_owners(db, OwnerKind::FollowUpNote, &note_ids).await? {
        files
            .entry(a.owner.id)
            .or_default()
            .push(FollowUpAttachment {
                id: a.id,
                file_name: a.file_name.clone(),
                content_type: a.content_type.clone(),
                size_bytes: a.size_bytes,
                summary: a.summary.clone(),
                url: attachments::download_path(a.id),
            });
    }
    let cal = calendar(db, loaded, f.published_on).await?;
    let state = loaded.facts.state;
    let actor = &loaded.actor;
    let today = london_today(app.clock.now());
    let mut actions: Vec<&fu::Action> = f.actions.iter().collect();
    actions.sort_by_key(|a| (a.due_on, a.created_at, a.id));
    Ok(FollowUp {
        review_id: loaded.review.id,
        review_version: loaded.review.version,
        state: state.into(),
        published_on: f.published_on,
        areas: f
            .shown_areas()
            .map(|a| FollowUpArea {
                item_id: a.item_id,
                text: a.text.clone(),
                indicators: a.indicators.clone(),
                superseded: a.superseded,
                no_action_reason: a.no_action.as_ref().map(|r| r.reason.clone()),
                no_action_reason_by: a.no_action.as_ref().map(|r| name(r.by)),
                no_action_reason_at: a.no_action.as_ref().map(|r| r.at),
                action_count: f.action_count(a.item_id) as i32,
            })
            .collect(),
        actions: actions
            .into_iter()
            .map(|a| {
                let area = f.area(a.area_item_id);
                FollowUpAction {
                    id: a.id,
                    version: a.version,
                    area_item_id: a.area_item_id,
                    area_text: area.map(|x| x.text.clone()).unwrap_or_default(),
                    from_superseded_version: area.is_none_or(|x| x.superseded),
                    description: a.description.clone(),
                    owner: name(a.owner),
                    due_on: a.due_on,
                    status: a.status.into(),
                    overdue: a.overdue(today),
                    due_soon: a.due_soon(today),
                    created_by: name(a.created_by),
                    created_at: a.created_at,
                    updated_at: a.updated_at,
                    notes: a
                        .notes
                        .iter()
                        .map(|n| FollowUpNote {
                            id: n.id,
                            text: n.text.clone(),
                            noted_on: n.noted_on,
                            author: name(n.author),
                            created_at: n.created_at,
                            attachments: files.remove(&n.id).unwrap_or_default(),
                        })
                        .collect(),
                    can_update: fu::authorise_update_action(state, actor, a).is_ok(),
                }
            })
            .collect(),
        sessions: fu::SESSIONS
            .iter()
            .map(|n| {
                let s = f.session(*n);
                FollowUpSession {
                    number: i32::from(*n),
                    proposed_on: f.proposed_on(*n, &cal),
                    scheduled_on: s.and_then(|s| s.scheduled_on),
                    scheduled: s.is_some_and(|s| s.scheduled_on.is_some()),
                    saved_by: s.and_then(|s| s.saved_by).map(name),
                    saved_at: s.and_then(|s| s.saved_at),
                    notes: s.map(|s| s.notes.clone()).unwrap_or_default(),
                    sequence: s.map(|s| s.sequence as i32).unwrap_or(0),
                }
            })
            .collect(),
        impact_measures: f.measures.iter().map(|m| measure_view(m, &name)).collect(),
        possible_owners: owners
            .iter()
            .map(|(id, n)| PersonName {
                id: *id,
                name: n.clone(),
            })
            .collect(),
        actions_open: f.actions.iter().filter(|a| a.status.is_open()).count() as i32,
        actions_overdue: f.actions.iter().filter(|a| a.overdue(today)).count() as i32,
        can_manage_actions: fu::authorise_manage_actions(state, actor).is_ok(),
        can_schedule_sessions: fu::authorise_schedule(state, actor).is_ok(),
        can_write_session_notes: fu::authorise_session_notes(state, actor).is_ok(),
        can_record_measures: fu::authorise_record_measures(state, actor).is_ok(),
        can_publish_measures: fu::authorise_publish_measures(state, actor).is_ok(),
        can_begin_follow_up: state == ReviewState::ReportPublished
            && lc::authorise(&loaded.facts, CommandKind::BeginFollowUp, actor).is_ok(),
        can_close: state == ReviewState::FollowUp
            && lc::authorise(&loaded.facts, CommandKind::Close, actor).is_ok(),
        unmet_to_begin: guards(
            loaded,
            CommandKind::BeginFollowUp,
            ReviewState::ReportPublished,
            today,
        ),
        unmet_to_close: guards(loaded, CommandKind::Close, ReviewState::FollowUp, today),
    })
}

/// `reviewFollowUp`: the review's private audience; null before the
/// report is published.
pub async fn read(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<Option<FollowUp>> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    fu::authorise_view(&loaded.actor).map_err(refusal)?;
    let answer = match stored::of_review(&txn, review_id).await? {
        Some(s) => Some(view(&txn, app, &loaded, &s.follow_up).await?),
        None => None,
    };
    txn.rollback().await.map_err(StoreError::from)?;
    Ok(answer)
}

/// What a change may read besides the document.
pub(super) struct Scope<'a> {
    pub loaded: &'a Loaded,
    pub owners: &'a [Uuid],
    pub calendar: &'a WorkingCalendar,
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
}

/// What a change needs read before it runs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Needs {
    Nothing,
    Owners,
    Calendar,
}

/// The review a change is about: given, or the one whose follow-up holds
/// this action, note or measure.
pub(super) async fn review_holding(app: &ApiContext, id: Uuid, what: &str) -> ApiResult<Uuid> {
    stored::review_holding(app.store.conn(), id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("No {what} {id} exists.")))
}

/// The rights a change is checked against.
pub(super) enum Rights<'a> {
    /// On the review alone (rights, then the state), before its document
    /// is read.
    Review(&'a (dyn Fn(&Loaded) -> ApiResult<()> + Sync)),
    /// On what the document holds (an action's owner, a measure).
    Document(&'a (dyn Fn(&Loaded, &fu::FollowUp) -> ApiResult<()> + Sync)),
}

/// A change: `rights` authorises it on the loaded review, `change` edits
/// the document; then the document, its history event and any mail are
/// written, and the follow-up answered.
pub(super) async fn change(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    needs: Needs,
    rights: Rights<'_>,
    change: impl Fn(&Scope<'_>, &mut fu::FollowUp) -> ApiResult<Change>,
) -> ApiResult<FollowUp> {
    let mut attempt = 1;
    loop {
        match change_once(app, user, review_id, needs, &rights, &change).await {
            Err(Retry::Again) if attempt < ATTEMPTS => attempt += 1,
            Err(Retry::Again) => return Err(StoreError::Conflict.into()),
            Err(Retry::Fail(e)) => return Err(e),
            Ok(()) => break,
        }
    }
    read(app, user, review_id).await?.ok_or_else(not_started)
}

enum Retry {
    Again,
    Fail(ApiError),
}

impl<E: Into<ApiError>> From<E> for Retry {
    fn from(e: E) -> Self {
        Retry::Fail(e.into())
    }
}

async fn change_once(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    needs: Needs,
    rights: &Rights<'_>,
    change: &impl Fn(&Scope<'_>, &mut fu::FollowUp) -> ApiResult<Change>,
) -> Result<(), Retry> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    fu::authorise_view(&loaded.actor).map_err(refusal)?;
    if let Rights::Review(check) = rights {
        check(&loaded)?;
    }
    let s = stored::of_review(&txn, review_id)
        .await?
        .ok_or_else(not_started)?;
    if let Rights::Document(check) = rights {
        check(&loaded, &s.follow_up)?;
    }
    let owners: Vec<Uuid> = if needs == Needs::Owners {
        possible_owners(&txn, &loaded)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    } else {
        Vec::new()
    };
    let calendar = if needs == Needs::Calendar {
        calendar(&txn, &loaded, s.follow_up.published_on).await?
    } else {
        WorkingCalendar::default()
    };
    let now = app.clock.now();
    let scope = Scope {
        loaded: &loaded,
        owners: &owners,
        calendar: &calendar,
        now,
        today: london_today(now),
    };
    let mut f = s.follow_up.clone();
    let made = change(&scope, &mut f)?;
    match stored::save(&txn, &s, &f, now).await {
        Err(StoreError::Conflict) => return Err(Retry::Again),
        other => other?,
    }
    let decided = fu::decide_follow_up_event(&loaded.actor, made.clone(), now);
    reviews::record_event(&txn, &loaded.review, &decided).await?;
    super::mail::after_change(&txn, app, &loaded, &f, &made, now).await?;
    if made.moves_reminders() {
        // An action's owner, due day or status, or a session's day: the
        // review's reminders follow in this transaction.
        store::reminders::reschedule(&txn, review_id, now).await?;
    }
    store::commit(txn).await?;
    Ok(())
}

/// The rights of a change to an action, on the action as stored.
fn action_rights(loaded: &Loaded, f: &fu::FollowUp, action_id: Uuid) -> ApiResult<()> {
    let action = f
        .action(action_id)
        .ok_or_else(|| ApiError::NotFound(format!("No action {action_id} exists.")))?;
    fu::authorise_update_action(loaded.facts.state, &loaded.actor, action).map_err(refusal)
}

/// `addFollowUpAction`.
pub async fn add_action(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    input: FollowUpActionInput,
) -> ApiResult<FollowUp> {
    change(
        app,
        user,
        review_id,
        Needs::Owners,
        Rights::Review(&|l| fu::authorise_manage_actions(l.facts.state, &l.actor).map_err(refusal)),
        |s, f| {
            let fields = ActionFields::parse(
                f,
                &input.description,
                input.owner_id,
                input.due_on,
                s.owners,
            )
            .map_err(|r| with_prefix("input.", r))?;
            f.add_action(input.area_item_id, fields, s.loaded.actor.user_id, s.now)
                .map_err(|e| prefixed(e, "input."))
        },
    )
    .await
}

fn with_prefix(prefix: &str, reasons: Vec<domain::programme::Invalid>) -> ApiError {
    ApiError::Invalid(
        reasons
            .into_iter()
            .map(|(f, m)| (format!("{prefix}{f}"), m))
            .collect(),
    )
}

fn prefixed(e: EditError, prefix: &str) -> ApiError {
    match e {
        EditError::Invalid(r) => with_prefix(prefix, r),
        other => edit_error(other),
    }
}

/// `updateFollowUpAction`.
pub async fn update_action(
    app: &ApiContext,
    user: &SessionUser,
    action_id: Uuid,
    version: i32,
    input: FollowUpActionUpdateInput,
) -> ApiResult<FollowUp> {
    let review_id = review_holding(app, action_id, "action").await?;
    change(
        app,
        user,
        review_id,
        Needs::Owners,
        Rights::Document(&|l, f| action_rights(l, f, action_id)),
        |s, f| {
            if f.action(action_id).is_some_and(|a| a.version != version) {
                return Err(edit_error(EditError::Stale));
            }
            let fields = ActionFields::parse(
                f,
                &input.description,
                input.owner_id,
                input.due_on,
                s.owners,
            )
            .map_err(|r| with_prefix("input.", r))?;
            f.update_action(action_id, version, fields, input.status.into(), s.now)
                .map_err(edit_error)
        },
    )
    .await
}

/// `addFollowUpNote`.
pub async fn add_note(
    app: &ApiContext,
    user: &SessionUser,
    action_id: Uuid,
    input: FollowUpNoteInput,
) -> ApiResult<FollowUp> {
    let review_id = review_holding(app, action_id, "action").await?;
    change(
        app,
        user,
        review_id,
        Needs::Nothing,
        Rights::Document(&|l, f| action_rights(l, f, action_id)),
        |s, f| {
            f.add_note(
                action_id,
                &input.text,
                input.noted_on,
                s.loaded.actor.user_id,
                s.now,
                s.today,
            )
            .map(|(_, c)| c)
            .map_err(|e| prefixed(e, "input."))
        },
    )
    .await
}

/// `setNoActionReason`.
pub async fn set_no_action_reason(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    item_id: Uuid,
    reason: Option<String>,
) -> ApiResult<FollowUp> {
    change(
        app,
        user,
        review_id,
        Needs::Nothing,
        Rights::Review(&|l| fu::authorise_manage_actions(l.facts.state, &l.actor).map_err(refusal)),
        |s, f| {
            f.set_no_action_reason(item_id, reason.as_deref(), s.loaded.actor.user_id, s.now)
                .map_err(edit_error)
        },
    )
    .await
}

fn session_number(number: i32) -> ApiResult<u8> {
    u8::try_from(number)
        .ok()
        .filter(|n| fu::SESSIONS.contains(n))
        .ok_or_else(|| ApiError::validation("number", "A review has follow-up sessions 1 and 2"))
}

/// `scheduleFollowUpSession`.
pub async fn schedule_session(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    number: i32,
    date: NaiveDate,
) -> ApiResult<FollowUp> {
    change(
        app,
        user,
        review_id,
        Needs::Calendar,
        Rights::Review(&|l| {
            fu::authorise_schedule(l.facts.state, &l.actor).map_err(refusal)?;
            session_number(number).map(|_| ())
        }),
        |s, f| {
            f.schedule_session(
                session_number(number)?,
                date,
                s.calendar,
                s.loaded.actor.user_id,
                s.now,
            )
            .map_err(edit_error)
        },
    )
    .await
}

/// `cancelFollowUpSession`.
pub async fn cancel_session(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    number: i32,
) -> ApiResult<FollowUp> {
    change(
        app,
        user,
        review_id,
        Needs::Nothing,
        Rights::Review(&|l| {
            fu::authorise_schedule(l.facts.state, &l.actor).map_err(refusal)?;
            session_number(number).map(|_| ())
        }),
        |_, f| {
            f.cancel_session(session_number(number)?)
                .map_err(edit_error)
        },
    )
    .await
}

/// `setFollowUpSessionNotes`.
pub async fn set_session_notes(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    number: i32,
    notes: String,
) -> ApiResult<FollowUp> {
    change(
        app,
        user,
        review_id,
        Needs::Nothing,
        Rights::Review(&|l| {
            fu::authorise_session_notes(l.facts.state, &l.actor).map_err(refusal)?;
            session_number(number).map(|_| ())
        }),
        |_, f| {
            f.set_session_notes(session_number(number)?, &notes)
                .map_err(edit_error)
        },
    )
    .await
}

fn measure_values(input: &ImpactMeasureInput) -> ApiResult<MeasureValues> {
    MeasureValues::parse(
        &input.name,
        &input.learner_group,
        input.unit.into(),
        &input.baseline_value,
        &input.baseline_period,
        input.later_value.as_deref(),
        input.later_period.as_deref(),
        input.no_later_value_reason.as_deref(),
    )
    .map_err(|r| with_prefix("input.", r))
}

/// `addImpactMeasure`.
pub async fn add_measure(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    input: ImpactMeasureInput,
) -> ApiResult<FollowUp> {
    change(
        app,
        user,
        review_id,
        Needs::Nothing,
        Rights::Review(&|l| {
            fu::authorise_record_measures(l.facts.state, &l.actor).map_err(refusal)
        }),
        |s, f| {
            f.add_measure(measure_values(&input)?, s.loaded.actor.user_id, s.now)
                .map_err(|e| prefixed(e, "input."))
        },
    )
    .await
}

fn measure_exists(f: &fu::FollowUp, id: Uuid) -> ApiResult<()> {
    if f.measures.iter().any(|m| m.id == id) {
        Ok(())
    } else {
        Err(ApiError::NotFound(format!(
            "No impact measure {id} exists."
        )))
    }
}

/// `updateImpactMeasure`.
pub async fn update_measure(
    app: &ApiContext,
    user: &SessionUser,
    measure_id: Uuid,
    version: i32,
    input: ImpactMeasureInput,
) -> ApiResult<FollowUp> {
    let review_id = review_holding(app, measure_id, "impact measure").await?;
    change(
        app,
        user,
        review_id,
        Needs::Nothing,
        Rights::Document(&|l, f| {
            fu::authorise_record_measures(l.facts.state, &l.actor).map_err(refusal)?;
            measure_exists(f, measure_id)
        }),
        |s, f| {
            if f.measures
                .iter()
                .any(|m| m.id == measure_id && m.version != version)
            {
                return Err(edit_error(EditError::Stale));
            }
            f.update_measure(
                measure_id,
                version,
                measure_values(&input)?,
                s.loaded.actor.user_id,
                s.now,
            )
            .map_err(edit_error)
        },
    )
    .await
}

/// `publishImpactMeasure`.
pub async fn publish_measure(
    app: &ApiContext,
    user: &SessionUser,
    measure_id: Uuid,
    version: i32,
    published: bool,
) -> ApiResult<FollowUp> {
    let review_id = review_holding(app, measure_id, "impact measure").await?;
    change(
        app,
        user,
        review_id,
        Needs::Nothing,
        Rights::Document(&|l, f| {
            fu::authorise_publish_measures(l.facts.state, &l.actor).map_err(refusal)?;
            measure_exists(f, measure_id)
        }),
        |s, f| {
            f.publish_measure(measure_id, version, published, s.now)
                .map_err(edit_error)
        },
    )
    .await
}

/// The published areas for improvement of a report snapshot.
fn published_areas(snapshot: &domain::report::Snapshot) -> Vec<fu::PublishedArea> {
    snapshot
        .items
        .iter()
        .filter(|i| i.kind == domain::report::ItemKind::AreaForImprovement)
        .map(|i| fu::PublishedArea {
            item_id: i.id,
            text: i.text.clone(),
            indicators: i.indicators.clone(),
        })
        .collect()
}

/// After a version of the report is published, in its transaction: the
/// first publication starts the follow-up with its areas; a correction
/// makes its areas the current ones (areas it removed keep their actions,
/// marked superseded).
pub async fn on_published(
    txn: &impl ConnectionTrait,
    review_id: Uuid,
    snapshot: &domain::report::Snapshot,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let areas = published_areas(snapshot);
    match stored::of_review(txn, review_id).await? {
        None => {
            let f = fu::FollowUp::new(london_today(now), &areas);
            stored::create(txn, review_id, &f, now).await?;
        }
        Some(s) => {
            let mut f: fu::FollowUp = s.follow_up.clone();
            f.sync_areas(&areas);
            stored::save(txn, &s, &f, now).await?;
        }
    }
    Ok(())
}

/// The follow-up as stored, for the public report's measures.
pub(crate) async fn of_review(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> ApiResult<Option<Stored>> {
    Ok(stored::of_review(db, review_id).await?)
}

/// An upload to a progress note, as the upload route read it.
pub struct Upload<'a> {
    pub note_id: Uuid,
    pub summary: &'a str,
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub content: Vec<u8>,
}

/// Attaches a document to a progress note: whoever may update its action,
/// while follow-up is open.
pub async fn upload(
    app: &ApiContext,
    viewer: &Viewer,
    upload: Upload<'_>,
) -> ApiResult<Attachment> {
    let user = viewer
        .user
        .as_ref()
        .ok_or_else(|| sign_in_required(viewer))?;
    let review_id = review_holding(app, upload.note_id, "progress note").await?;
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    fu::authorise_view(&loaded.actor).map_err(refusal)?;
    let s = stored::of_review(&txn, review_id)
        .await?
        .ok_or_else(not_started)?;
    let action = s
        .follow_up
        .action_of_note(upload.note_id)
        .ok_or_else(|| ApiError::NotFound("No such progress note.".into()))?;
    fu::authorise_update_action(loaded.facts.state, &loaded.actor, action).map_err(refusal)?;
    let summary = domain::self_evaluation::DOCUMENT_SUMMARY.parse_optional(Some(upload.summary))?;
    let checked = domain::attachment::check_file(
        upload.file_name,
        upload.content_type,
        &upload.content,
        app.attachment_max_bytes,
    )?;
    let owner = attachments::Owner {
        kind: OwnerKind::FollowUpNote,
        id: upload.note_id,
    };
    if attachments::count_of(&txn, owner).await? >= MAX_NOTE_ATTACHMENTS {
        return Err(ApiError::validation(
            "file",
            format!("At most {MAX_NOTE_ATTACHMENTS} documents can be attached to a progress note"),
        ));
    }
    let now = app.clock.now();
    let added = attachments::add(
        &txn,
        NewAttachment {
            id: Uuid::now_v7(),
            owner,
            file_name: checked.file_name,
            content_type: checked.content_type,
            summary,
            uploaded_by: Some(user.id()),
            content: upload.content,
        },
        now,
    )
    .await?;
    store::commit(txn).await?;
    Ok(added)
}

/// A progress note's document, for the follow-up's audience.
pub async fn attachment_file(
    app: &ApiContext,
    user: &SessionUser,
    found: &Attachment,
) -> ApiResult<AttachmentFile> {
    let review_id = review_holding(app, found.owner.id, "progress note").await?;
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    fu::authorise_view(&loaded.actor).map_err(|_| {
        ApiError::Forbidden(
            "Only the review's team, its host authority and programme officers can download \
             its follow-up documents."
                .into(),
        )
    })?;
    let file = attachments::file(&txn, found.id).await?;
    txn.rollback().await.map_err(StoreError::from)?;
    Ok(file)
}

/// A document may be removed from a note by whoever may update its action.
pub async fn remove_attachment(
    txn: &DatabaseTransaction,
    user: &SessionUser,
    attachment_id: Uuid,
    note_id: Uuid,
) -> ApiResult<()> {
    let review_id = stored::review_holding(txn, note_id)
        .await?
        .ok_or_else(|| ApiError::NotFound("No such progress note.".into()))?;
    let loaded = load(txn, user, review_id).await?;
    let s = stored::of_review(txn, review_id)
        .await?
        .ok_or_else(not_started)?;
    let action = s
        .follow_up
        .action_of_note(note_id)
        .ok_or_else(|| ApiError::NotFound("No such progress note.".into()))?;
    fu::authorise_update_action(loaded.facts.state, &loaded.actor, action).map_err(refusal)?;
    attachments::remove(txn, attachment_id).await?;
    Ok(())
}
