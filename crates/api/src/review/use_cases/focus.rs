//! Editing the focus, signing it off and reopening it.

use super::{decide, load, reread};
use crate::auth::SessionUser;
use crate::error::ApiResult;
use crate::ApiContext;
use domain::lifecycle::Change;
use domain::programme::Focus;
use store::review::{self as reviews, Review};
use uuid::Uuid;

/// Replaces the focus and clears its sign-offs (before agreement, or after
/// a reopening).
pub async fn edit_focus(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
    focus: Focus,
) -> ApiResult<Review> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let decided = decide(&txn, &loaded, &Change::EditFocus(focus), version, now).await?;
    reviews::set_focus(&txn, &decided, review_id).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}

/// Signs off the current focus: a host lead for their authority, a
/// programme officer for the programme.
pub async fn sign_off_focus(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
) -> ApiResult<Review> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let decided = decide(&txn, &loaded, &Change::SignOffFocus, version, now).await?;
    reviews::add_sign_off(&txn, &decided, review_id).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}

/// Reopens the agreed focus with a reason: the sign-offs are cleared, the
/// state stays, and the next forward command waits for them again.
pub async fn reopen_focus(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
    version: i32,
    reason: String,
) -> ApiResult<Review> {
    let now = app.clock.now();
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    let decided = decide(&txn, &loaded, &Change::ReopenFocus { reason }, version, now).await?;
    reviews::clear_sign_offs(&txn, &decided, review_id).await?;
    store::commit(txn).await?;
    reread(app, review_id).await
}
