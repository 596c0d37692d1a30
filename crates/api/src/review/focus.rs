//! A review's focus (theme, key questions, scope) with its sign-offs, and
//! what the viewer may do with it now.

use crate::error::ApiResult;
use crate::identity::UserView;
use crate::loaders::{maybe, HostsOf, OrganisationKey, UserKey};
use crate::reference::Authority;
use crate::ApiContext;
use async_graphql::{Context, Object};
use chrono::{DateTime, Utc};
use domain::lifecycle as lc;
use store::review as reviews;
use uuid::Uuid;

/// The focus: theme, key questions, scope and sign-offs, and what the
/// viewer may do with it now.
pub struct Focus {
    pub(super) review: reviews::Review,
    pub(super) access: lc::ReviewAccess,
    pub(super) sign_offs: Vec<SignOff>,
}

impl Focus {
    /// Whether the viewer could make `change` now (rights and guards), from
    /// the facts computed once for this request.
    async fn could(&self, ctx: &Context<'_>, change: lc::Change) -> ApiResult<bool> {
        let facts = crate::loaders::review_facts(ctx, &self.review, &self.access).await?;
        let now = ctx.data::<ApiContext>()?.clock.now();
        Ok(lc::decide_change(&facts, &change, self.access.actor(), now).is_ok())
    }
}

#[Object]
impl Focus {
    async fn theme(&self) -> Option<&str> {
        self.review.theme.as_deref()
    }
    async fn key_questions(&self) -> &[String] {
        &self.review.key_questions
    }
    async fn scope(&self) -> Option<&str> {
        self.review.scope.as_deref()
    }
    /// Sign-offs of the current focus; editing or reopening it clears them.
    async fn sign_offs(&self) -> &[SignOff] {
        &self.sign_offs
    }
    /// The focus may be edited and signed off: before it is agreed, or
    /// after a programme officer reopened it, until every host lead and a
    /// programme officer have signed it off again.
    async fn open(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        // From the batched hosts and sign-offs, not the full facts: task
        // lists ask this of many reviews at once.
        let hosts = maybe(ctx, HostsOf(self.review.id))
            .await?
            .unwrap_or_default();
        let signed =
            |authority: Option<Uuid>| self.sign_offs.iter().any(|s| s.0.authority_id == authority);
        let mut facts = lc::ReviewFacts::new(
            hosts
                .iter()
                .map(|h| lc::HostFacts {
                    authority_id: h.authority.id,
                    name: String::new(),
                    has_lead_user: true,
                    lead_signed_off_focus: signed(Some(h.authority.id)),
                    lead_approved_report: false,
                })
                .collect(),
            lc::ProgrammeRules::defaults_for(lc::ProgrammeKind::Ci),
        );
        facts.state = self.review.state;
        facts.focus.programme_officer_signed_off = signed(None);
        Ok(lc::focus_open(&facts))
    }
    /// The viewer may edit the focus now.
    async fn can_edit(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let placeholder = domain::programme::Focus {
            theme: String::new(),
            key_questions: Vec::new(),
            scope: None,
        };
        self.could(ctx, lc::Change::EditFocus(placeholder)).await
    }
    /// The viewer may sign off the focus now (and has not yet).
    async fn can_sign_off(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        self.could(ctx, lc::Change::SignOffFocus).await
    }
    /// The viewer may reopen the agreed focus now (programme officers, at
    /// FOCUS_AGREED or TEAM_FORMED, when it is fully signed off).
    async fn can_reopen(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let change = lc::Change::ReopenFocus {
            reason: "asked".into(),
        };
        self.could(ctx, change).await
    }
}

/// A sign-off of the focus by a host lead or a programme officer.
pub struct SignOff(pub reviews::SignOff);

#[Object]
impl SignOff {
    async fn user(&self, ctx: &Context<'_>) -> ApiResult<Option<UserView>> {
        Ok(maybe(ctx, UserKey(self.0.user_id)).await?.map(UserView))
    }
    /// The host authority signed for; null for a programme officer.
    async fn authority(&self, ctx: &Context<'_>) -> ApiResult<Option<Authority>> {
        match self.0.authority_id {
            Some(id) => Ok(maybe(ctx, OrganisationKey(id)).await?.map(Authority)),
            None => Ok(None),
        }
    }
    async fn as_programme_officer(&self) -> bool {
        self.0.authority_id.is_none()
    }
    async fn signed_at(&self) -> DateTime<Utc> {
        self.0.signed_at
    }
}
