//! The host's use cases: contacts and places for a review's visit (host
//! users and host leads), and each authority's blackout dates (its own
//! users and programme officers).

use super::{
    invalid, plan, BlackoutDate, BlackoutDateInput, HostContactInput, VisitPlaceInput, VisitPlan,
};
use crate::auth::SessionUser;
use crate::error::{ApiError, ApiResult};
use crate::review::refusal;
use crate::review::use_cases::load;
use crate::ApiContext;
use chrono::NaiveDate;
use domain::visit::{self as v, Blackout, Contact};
use domain::OrganisationKind;
use uuid::Uuid;

/// Rights to record the host's data on a review, in the change's
/// transaction.
async fn host_change(
    txn: &store::DatabaseTransaction,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<()> {
    let loaded = load(txn, user, review_id).await?;
    v::authorise_contacts(&loaded.facts, &loaded.actor).map_err(refusal)
}

/// Records a contact.
pub(super) async fn add_contact(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    input: HostContactInput,
) -> ApiResult<VisitPlan> {
    let txn = app.store.begin().await?;
    host_change(&txn, user, review_id).await?;
    let contact = Contact::parse(&input.role, &input.name, &input.email).map_err(invalid)?;
    store::visit::add_contact(
        &txn,
        review_id,
        &contact,
        v::MAX_CONTACTS,
        user.id(),
        app.clock.now(),
    )
    .await?;
    store::commit(txn).await?;
    plan::read(app, user, review_id).await
}

/// Removes a contact.
pub(super) async fn remove_contact(
    app: &ApiContext,
    user: &SessionUser,
    contact_id: Uuid,
) -> ApiResult<VisitPlan> {
    let txn = app.store.begin().await?;
    let review_id = store::visit::contact_review(&txn, contact_id).await?;
    host_change(&txn, user, review_id).await?;
    store::visit::remove_contact(&txn, contact_id).await?;
    store::commit(txn).await?;
    plan::read(app, user, review_id).await
}

/// Records a place.
pub(super) async fn add_place(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    input: VisitPlaceInput,
) -> ApiResult<VisitPlan> {
    let txn = app.store.begin().await?;
    host_change(&txn, user, review_id).await?;
    let name = v::PLACE_NAME.parse(&input.name).map_err(invalid)?;
    let address = v::PLACE_ADDRESS
        .parse_optional(input.address.as_deref())
        .map_err(invalid)?;
    store::visit::add_place(
        &txn,
        review_id,
        &name,
        address.as_deref(),
        v::MAX_PLACES,
        user.id(),
        app.clock.now(),
    )
    .await?;
    store::commit(txn).await?;
    plan::read(app, user, review_id).await
}

/// Removes a place.
pub(super) async fn remove_place(
    app: &ApiContext,
    user: &SessionUser,
    place_id: Uuid,
) -> ApiResult<VisitPlan> {
    let txn = app.store.begin().await?;
    let review_id = store::visit::place_review(&txn, place_id).await?;
    host_change(&txn, user, review_id).await?;
    store::visit::remove_place(&txn, place_id).await?;
    store::commit(txn).await?;
    plan::read(app, user, review_id).await
}

/// Rights on an authority's blackouts: its own users and programme
/// officers; the authority must be a local authority.
async fn blackout_rights(app: &ApiContext, user: &SessionUser, authority: Uuid) -> ApiResult<()> {
    v::authorise_blackouts(&user.person(), authority).map_err(refusal)?;
    let found = store::reference::organisations_by_ids(app.store.conn(), &[authority]).await?;
    match found.first() {
        Some(o) if o.kind == OrganisationKind::LocalAuthority => Ok(()),
        Some(_) => Err(ApiError::validation(
            "authorityId",
            "Blackout dates are recorded for local authorities only.",
        )),
        None => Err(ApiError::NotFound(format!(
            "No organisation {authority} exists."
        ))),
    }
}

/// An authority's blackouts.
pub(super) async fn blackouts(
    app: &ApiContext,
    user: &SessionUser,
    authority: Uuid,
    from: Option<NaiveDate>,
) -> ApiResult<Vec<BlackoutDate>> {
    blackout_rights(app, user, authority).await?;
    Ok(
        store::visit::blackouts_of(app.store.conn(), &[authority], from)
            .await?
            .into_iter()
            .map(Into::into)
            .collect(),
    )
}

fn parse(input: &BlackoutDateInput) -> ApiResult<Blackout> {
    Blackout::parse(input.first_day, input.last_day, &input.reason).map_err(invalid)
}

/// Records a blackout.
pub(super) async fn add_blackout(
    app: &ApiContext,
    user: &SessionUser,
    authority: Uuid,
    input: BlackoutDateInput,
) -> ApiResult<BlackoutDate> {
    blackout_rights(app, user, authority).await?;
    let blackout = parse(&input)?;
    let txn = app.store.begin().await?;
    let stored =
        store::visit::add_blackout(&txn, authority, &blackout, user.id(), app.clock.now()).await?;
    store::reminders::reschedule_hosted_by(&txn, authority, app.clock.now()).await?;
    store::commit(txn).await?;
    Ok(stored.into())
}

/// Changes a blackout.
pub(super) async fn update_blackout(
    app: &ApiContext,
    user: &SessionUser,
    id: Uuid,
    input: BlackoutDateInput,
) -> ApiResult<BlackoutDate> {
    let existing = store::visit::blackout(app.store.conn(), id).await?;
    blackout_rights(app, user, existing.authority_id).await?;
    let blackout = parse(&input)?;
    let txn = app.store.begin().await?;
    let stored = store::visit::update_blackout(&txn, id, &blackout).await?;
    store::reminders::reschedule_hosted_by(&txn, existing.authority_id, app.clock.now()).await?;
    store::commit(txn).await?;
    Ok(stored.into())
}

/// Removes a blackout.
pub(super) async fn remove_blackout(
    app: &ApiContext,
    user: &SessionUser,
    id: Uuid,
) -> ApiResult<()> {
    let existing = store::visit::blackout(app.store.conn(), id).await?;
    blackout_rights(app, user, existing.authority_id).await?;
    let txn = app.store.begin().await?;
    store::visit::remove_blackout(&txn, id).await?;
    store::reminders::reschedule_hosted_by(&txn, existing.authority_id, app.clock.now()).await?;
    store::commit(txn).await?;
    Ok(())
}
