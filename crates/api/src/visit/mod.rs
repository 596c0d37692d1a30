//! The visit plan through the API (issue 16): `visitPlan(reviewId)` (the
//! days, sessions, the host's contacts and places, and the calendar the
//! plan is made on), the planners' mutations (`setVisitDates`,
//! `addVisitSession`, `updateVisitSession`, `removeVisitSession`; the team
//! lead and programme officers, each with the review's version), the
//! host's (`addHostContact`, `removeHostContact`, `addVisitPlace`,
//! `removeVisitPlace`), and each authority's blackout dates
//! (`blackoutDates`, `addBlackoutDate`, `updateBlackoutDate`,
//! `removeBlackoutDate`; its own users and programme officers).
//!
//! `types.rs` holds the GraphQL types; `plan.rs` the planners' use cases;
//! `host.rs` the host's and the blackout dates'.

mod agenda;
mod host;
pub mod ics;
pub mod mail;
mod plan;
mod types;

pub use agenda::{AgendaDay, AgendaPerson, AgendaSession, VisitAgenda};
pub use plan::calendar_file;
pub use types::*;

use crate::auth::require_user;
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use async_graphql::{Context, Object};
use chrono::NaiveDate;
use uuid::Uuid;

#[derive(Default)]
pub struct VisitQuery;

#[Object]
impl VisitQuery {
    /// A review's visit plan: for its team, its host authority's users and
    /// programme officers (the host's contacts only for the host's users
    /// and programme officers).
    async fn visit_plan(&self, ctx: &Context<'_>, review_id: Uuid) -> ApiResult<VisitPlan> {
        let user = require_user(ctx)?;
        plan::read(ctx.data::<ApiContext>()?, user, review_id).await
    }

    /// A review's visit agenda, printable: days, sessions, whom each meets
    /// and where, and the team by name and organisation (no days before
    /// the dates are set). For those who may see the plan.
    async fn visit_agenda(&self, ctx: &Context<'_>, review_id: Uuid) -> ApiResult<VisitAgenda> {
        let user = require_user(ctx)?;
        agenda::read(ctx.data::<ApiContext>()?, user, review_id).await
    }

    /// An authority's blackout dates ending on or after `from` (all when
    /// absent): for its own users and programme officers.
    async fn blackout_dates(
        &self,
        ctx: &Context<'_>,
        authority_id: Uuid,
        from: Option<NaiveDate>,
    ) -> ApiResult<Vec<BlackoutDate>> {
        let user = require_user(ctx)?;
        host::blackouts(ctx.data::<ApiContext>()?, user, authority_id, from).await
    }
}

#[derive(Default)]
pub struct VisitMutation;

#[Object]
impl VisitMutation {
    /// Sets the visit dates: the programme's number of consecutive working
    /// days in the review's month (team lead or programme officer, before
    /// the visit). A weekend, bank holiday or blackout date is refused
    /// naming the date and why; so is a date outside the month, with a
    /// pointer to rescheduling.
    async fn set_visit_dates(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        days: Vec<NaiveDate>,
    ) -> ApiResult<VisitPlan> {
        let user = require_user(ctx)?;
        plan::set_dates(ctx.data::<ApiContext>()?, user, review_id, version, days).await
    }

    /// Adds a session on a visit day, with accepted team members none of
    /// whom is in another session at the time.
    async fn add_visit_session(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        version: i32,
        input: VisitSessionInput,
    ) -> ApiResult<VisitPlan> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        plan::save_session(app, user, review_id, None, version, input).await
    }

    /// Changes a session, checked as when added.
    async fn update_visit_session(
        &self,
        ctx: &Context<'_>,
        session_id: Uuid,
        version: i32,
        input: VisitSessionInput,
    ) -> ApiResult<VisitPlan> {
        let user = require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let review_id = store::visit::session(app.store.conn(), session_id).await?.0;
        plan::save_session(app, user, review_id, Some(session_id), version, input).await
    }

    /// Removes a session.
    async fn remove_visit_session(
        &self,
        ctx: &Context<'_>,
        session_id: Uuid,
        version: i32,
    ) -> ApiResult<VisitPlan> {
        let user = require_user(ctx)?;
        plan::remove_session(ctx.data::<ApiContext>()?, user, session_id, version).await
    }

    /// Shares the agenda with the host's recorded contacts (the team lead
    /// or a programme officer, once the dates are set): mailed now, and
    /// again whenever the plan changes.
    async fn share_visit_agenda(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
    ) -> ApiResult<VisitAgenda> {
        let user = require_user(ctx)?;
        agenda::share(ctx.data::<ApiContext>()?, user, review_id).await
    }

    /// Records a host contact (role, name, email): host users and host
    /// leads.
    async fn add_host_contact(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        input: HostContactInput,
    ) -> ApiResult<VisitPlan> {
        let user = require_user(ctx)?;
        host::add_contact(ctx.data::<ApiContext>()?, user, review_id, input).await
    }

    /// Removes a host contact.
    async fn remove_host_contact(
        &self,
        ctx: &Context<'_>,
        contact_id: Uuid,
    ) -> ApiResult<VisitPlan> {
        let user = require_user(ctx)?;
        host::remove_contact(ctx.data::<ApiContext>()?, user, contact_id).await
    }

    /// Records a place the visit uses (a school, the council offices):
    /// host users and host leads.
    async fn add_visit_place(
        &self,
        ctx: &Context<'_>,
        review_id: Uuid,
        input: VisitPlaceInput,
    ) -> ApiResult<VisitPlan> {
        let user = require_user(ctx)?;
        host::add_place(ctx.data::<ApiContext>()?, user, review_id, input).await
    }

    /// Removes a place.
    async fn remove_visit_place(&self, ctx: &Context<'_>, place_id: Uuid) -> ApiResult<VisitPlan> {
        let user = require_user(ctx)?;
        host::remove_place(ctx.data::<ApiContext>()?, user, place_id).await
    }

    /// Records a blackout date or range of an authority, with its reason:
    /// the authority's own users and programme officers.
    async fn add_blackout_date(
        &self,
        ctx: &Context<'_>,
        authority_id: Uuid,
        input: BlackoutDateInput,
    ) -> ApiResult<BlackoutDate> {
        let user = require_user(ctx)?;
        host::add_blackout(ctx.data::<ApiContext>()?, user, authority_id, input).await
    }

    /// Changes a blackout's dates or reason.
    async fn update_blackout_date(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        input: BlackoutDateInput,
    ) -> ApiResult<BlackoutDate> {
        let user = require_user(ctx)?;
        host::update_blackout(ctx.data::<ApiContext>()?, user, id, input).await
    }

    /// Removes a blackout; returns its id.
    async fn remove_blackout_date(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<Uuid> {
        let user = require_user(ctx)?;
        host::remove_blackout(ctx.data::<ApiContext>()?, user, id).await?;
        Ok(id)
    }
}

fn invalid((field, message): domain::programme::Invalid) -> ApiError {
    ApiError::validation(field, message)
}
