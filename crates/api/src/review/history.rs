//! A review's history as a download (JSON or CSV), for the same people who
//! may see it in the API.

use crate::auth::{review_cap, Viewer};
use crate::error::{ApiError, ApiResult};
use serde::Serialize;
use store::review as reviews;
use store::Store;
use uuid::Uuid;

/// One step, as exported.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryRow {
    pub sequence: i32,
    pub at: String,
    pub kind: &'static str,
    pub command: Option<&'static str>,
    pub from_state: Option<&'static str>,
    pub to_state: &'static str,
    pub reason: Option<String>,
    pub actor: Option<String>,
    pub actor_email: Option<String>,
    pub report_url: Option<String>,
}

/// The history of a review the viewer may see, oldest first.
pub async fn history(
    store: &Store,
    viewer: &Viewer,
    review_id: Uuid,
) -> ApiResult<Vec<HistoryRow>> {
    let user = viewer
        .user
        .as_ref()
        .ok_or_else(|| ApiError::Unauthenticated("Sign in to continue.".into()))?;
    let db = store.conn();
    let review = reviews::review(db, review_id).await?;
    let hosts = reviews::hosts_of(db, &[review.id])
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    let team = reviews::members_of(db, &[review.id])
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    if review_cap(user, &hosts, &team).is_none() {
        return Err(ApiError::Forbidden(
            "Only the review's team, its host authority's users and programme officers can see its history.".into(),
        ));
    }
    let events = reviews::events_of(db, &[review.id])
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    let actor_ids: Vec<Uuid> = events.iter().filter_map(|e| e.actor_id).collect();
    let actors = store::identity::users_by_ids(db, &actor_ids).await?;
    Ok(events
        .into_iter()
        .map(|e| {
            let actor = e.actor_id.and_then(|id| actors.iter().find(|u| u.id == id));
            HistoryRow {
                sequence: e.seq,
                at: e.at.to_rfc3339(),
                kind: match e.kind {
                    reviews::EventKind::Scheduled => "SCHEDULED",
                    reviews::EventKind::Transitioned => "TRANSITIONED",
                    reviews::EventKind::Imported => "IMPORTED",
                },
                command: e.command.map(|c| c.as_str()),
                from_state: e.from.map(|s| s.as_str()),
                to_state: e.to.as_str(),
                reason: e.reason,
                actor: actor.map(|u| u.name.clone()),
                actor_email: actor.map(|u| u.email.clone()),
                report_url: e.report_url,
            }
        })
        .collect())
}

/// RFC 4180 CSV with a header row, every text cell quoted. A spreadsheet
/// runs a cell as a formula if it starts with `=`, `+`, `-` or `@` (or a
/// tab or carriage return); and a spreadsheet that splits on `;`, tab or
/// `|` (semicolon locales, careless imports) starts a new cell after each
/// of them. So an apostrophe goes before a trigger at the start of a cell
/// and before one following any separator or line break.
pub fn to_csv(rows: &[HistoryRow]) -> String {
    fn is_trigger(c: char) -> bool {
        matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
    }
    fn is_separator(c: char) -> bool {
        matches!(c, ',' | ';' | '\t' | '|' | '\n' | '\r')
    }
    fn defuse(value: &str) -> String {
        let mut out = String::with_capacity(value.len() + 2);
        let mut at_start = true;
        for c in value.chars() {
            if at_start && c == ' ' {
                out.push(c);
                continue;
            }
            if at_start && is_trigger(c) {
                out.push('\'');
            }
            out.push(c);
            at_start = is_separator(c);
        }
        out
    }
    fn cell(value: &str) -> String {
        format!("\"{}\"", defuse(value).replace('"', "\"\""))
    }
    let mut out = String::from(
        "sequence,at,kind,command,from_state,to_state,reason,actor,actor_email,report_url\r\n",
    );
    for r in rows {
        let cells = [
            r.at.clone(),
            r.kind.to_owned(),
            r.command.unwrap_or_default().to_owned(),
            r.from_state.unwrap_or_default().to_owned(),
            r.to_state.to_owned(),
            r.reason.clone().unwrap_or_default(),
            r.actor.clone().unwrap_or_default(),
            r.actor_email.clone().unwrap_or_default(),
            r.report_url.clone().unwrap_or_default(),
        ];
        let cells = std::iter::once(r.sequence.to_string())
            .chain(cells.iter().map(|c| cell(c)))
            .collect::<Vec<_>>();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_and_defuses_formulas() {
        let row = HistoryRow {
            sequence: 1,
            at: "2026-01-01T00:00:00+00:00".into(),
            kind: "TRANSITIONED",
            command: Some("postpone"),
            from_state: Some("SCHEDULED"),
            to_state: "POSTPONED",
            reason: Some("=HYPERLINK(\"x\"), later".into()),
            actor: Some("Morag Officer".into()),
            actor_email: None,
            report_url: None,
        };
        let csv = to_csv(&[row]);
        assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\"), later\""), "{csv}");
        assert!(csv.starts_with("sequence,at,kind"));
        assert!(csv.contains("\r\n1,\"2026-01-01"), "{csv}");
    }

    #[test]
    fn csv_defuses_a_formula_after_a_separator_a_semicolon_locale_splits_on() {
        let row = |reason: &str| HistoryRow {
            sequence: 2,
            at: "2026-01-01T00:00:00+00:00".into(),
            kind: "TRANSITIONED",
            command: Some("postpone"),
            from_state: Some("SCHEDULED"),
            to_state: "POSTPONED",
            reason: Some(reason.into()),
            actor: Some("Morag Officer".into()),
            actor_email: None,
            report_url: None,
        };
        for (reason, defused) in [
            ("Delay;=1+2", "\"Delay;'=1+2\""),
            ("Delay; =1+2", "\"Delay; '=1+2\""),
            ("a|@SUM(A1)", "\"a|'@SUM(A1)\""),
            ("a\t-2+3", "\"a\t'-2+3\""),
            ("line\n+cmd", "\"line\n'+cmd\""),
            ("  =1", "\"  '=1\""),
            ("ok - fine = yes", "\"ok - fine = yes\""),
        ] {
            let csv = to_csv(&[row(reason)]);
            assert!(csv.contains(defused), "{reason:?}: {csv}");
        }
    }
}
