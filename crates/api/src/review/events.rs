//! A review's history in the API: one entry, and a page of them.

use super::{history, ReviewCommand, ReviewEventKind, ReviewState};
use crate::error::ApiResult;
use crate::identity::UserView;
use crate::loaders::{maybe, UserKey};
use async_graphql::{Context, Object, SimpleObject};
use chrono::{DateTime, Utc};
use store::review::EventRecord;
use uuid::Uuid;

/// One page of a review's history, oldest first.
#[derive(SimpleObject)]
pub struct ReviewHistoryPage {
    pub items: Vec<ReviewEvent>,
    /// Entries in the whole history.
    pub total: i64,
    /// The number of the last entry on this page: pass it as `after` for
    /// the next page.
    pub end_cursor: Option<i32>,
    pub has_next_page: bool,
}

/// One change in a review's history.
pub struct ReviewEvent(pub EventRecord);

#[Object]
impl ReviewEvent {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// Its place in the history, from 1.
    async fn sequence(&self) -> i32 {
        self.0.seq
    }
    async fn kind(&self) -> ReviewEventKind {
        self.0.kind.into()
    }
    /// The command, for a transition (and `SCHEDULE` for scheduling).
    async fn command(&self) -> Option<ReviewCommand> {
        self.0.command.map(Into::into)
    }
    /// The state before, for a transition.
    async fn from_state(&self) -> Option<ReviewState> {
        self.0.from.map(Into::into)
    }
    /// The state entered, for the entries that set it (scheduling, import
    /// and transitions); null for changes that leave the state.
    async fn to_state(&self) -> Option<ReviewState> {
        self.0.kind.sets_state().then(|| self.0.to.into())
    }
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    /// What changed, in a sentence, e.g. "Added Ann Smith as a member".
    async fn summary(&self) -> String {
        history::summary(&self.0)
    }
    /// What changed, as data: the new focus, the person added and their
    /// role, whom a sign-off was for, … (`{}` when nothing more).
    async fn detail(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.detail.clone())
    }
    /// The person who made the change; null when no person did (the
    /// import of a published timetable: see `actorName`).
    async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<UserView>> {
        match self.0.actor.user_id() {
            Some(id) => Ok(maybe(ctx, UserKey(id)).await?.map(UserView)),
            None => Ok(None),
        }
    }
    /// Who made the change, as the history shows it: the person's name, or
    /// "Timetable import" for a review recorded from a published timetable.
    async fn actor_name(&self, ctx: &Context<'_>) -> ApiResult<String> {
        match self.0.actor {
            domain::lifecycle::EventActor::Person(id) => Ok(maybe(ctx, UserKey(id))
                .await?
                .map(|u| u.name)
                .unwrap_or_default()),
            domain::lifecycle::EventActor::Import => {
                Ok(domain::lifecycle::EventActor::IMPORT_LABEL.to_owned())
            }
        }
    }
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
    /// For an imported review: its externally published report.
    async fn report_url(&self) -> Option<&str> {
        self.0.report_url.as_deref()
    }
}
