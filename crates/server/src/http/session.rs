//! Who is asking: the session cookie (read with axum-extra's cookie jar)
//! and the viewer it names, for `/graphql` and for the plain HTTP routes.

use super::{error_response, AppState};
use api::auth::{load_viewer, Viewer};
use api::identity::SESSION_COOKIE;
use axum::extract::ConnectInfo;
use axum::http::HeaderMap;
use axum::response::Response;
use axum_extra::extract::cookie::CookieJar;
use std::net::SocketAddr;

/// The session token from the request's cookies, if any.
fn session_token(headers: &HeaderMap) -> Option<String> {
    CookieJar::from_headers(headers)
        .get(SESSION_COOKIE)
        .map(|cookie| cookie.value().to_owned())
}

/// The viewer of a request, from its session cookie and the client's
/// address (which `X-Forwarded-For` names only behind a trusted proxy).
pub(super) async fn viewer(
    state: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
) -> Result<Viewer, api::ApiError> {
    let client = crate::client_ip::client_ip(peer.ip(), headers, &state.trusted_proxies);
    load_viewer(
        &state.context.store,
        session_token(headers).as_deref(),
        Some(client),
        state.context.clock.now(),
        state.context.sessions,
    )
    .await
}

/// The signed-in viewer of a plain HTTP request (the history downloads,
/// materials), found as `/graphql` finds it. Without a live session the
/// request is answered 401 with the same sentence the API uses, so "Sign in
/// to continue." and its siblings live in one place
/// (`api::auth::sign_in_required`).
pub struct SignedIn(pub Viewer);

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
        let viewer = viewer(state, peer, &parts.headers)
            .await
            .map_err(error_response)?;
        if viewer.user.is_none() {
            return Err(error_response(api::auth::sign_in_required(&viewer)));
        }
        Ok(SignedIn(viewer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{header, HeaderValue};

    fn headers(cookies: &[&'static str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for c in cookies {
            h.append(header::COOKIE, HeaderValue::from_static(c));
        }
        h
    }

    #[test]
    fn the_session_token_is_found_among_other_cookies_in_any_cookie_header() {
        assert_eq!(
            session_token(&headers(&["theme=dark; quads_session=abc123; lang=en"])).as_deref(),
            Some("abc123")
        );
        assert_eq!(
            session_token(&headers(&["theme=dark", "quads_session=def456"])).as_deref(),
            Some("def456")
        );
    }

    #[test]
    fn a_request_without_the_session_cookie_has_no_token() {
        assert_eq!(session_token(&headers(&[])), None);
        assert_eq!(
            session_token(&headers(&["quads_sessionx=abc; session=abc"])),
            None
        );
    }
}
