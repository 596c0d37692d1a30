//! Who is asking: the session cookie and the signed-in viewer of a plain
//! HTTP request.

use super::{error_response, AppState};
use api::auth::load_viewer;
use api::identity::SESSION_COOKIE;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use std::net::SocketAddr;

/// The session token from the `Cookie` header, if any.
pub(super) fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_string())
}

/// The signed-in viewer of a plain HTTP request (the history downloads,
/// materials), from the session cookie and the client's address, as
/// `/graphql` finds them. Without a live session the request is answered
/// 401 with the same sentence the API uses, so "Sign in to continue." and
/// its siblings live in one place (`api::auth::sign_in_required`).
pub struct SignedIn(pub api::auth::Viewer);

impl axum::extract::FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Response> {
        let Some(ConnectInfo(peer)) = parts.extensions.get::<ConnectInfo<SocketAddr>>().copied()
        else {
            return Err(error_response(api::ApiError::internal("no peer address")));
        };
        let client = crate::client_ip::client_ip(peer.ip(), &parts.headers, &state.trusted_proxies);
        let viewer = load_viewer(
            &state.context.store,
            session_token(&parts.headers).as_deref(),
            Some(client),
            state.context.clock.now(),
            state.context.sessions,
        )
        .await
        .map_err(error_response)?;
        if viewer.user.is_none() {
            return Err(error_response(api::auth::sign_in_required(&viewer)));
        }
        Ok(SignedIn(viewer))
    }
}
