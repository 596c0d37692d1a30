//! A review's history as a download (JSON or CSV), for the same people who
//! may see it in the API.

use crate::auth::{review_access, Viewer};
use crate::error::ApiResult;
use domain::lifecycle::{EventActor, EventKind, ReviewState};
use serde::Serialize;
use store::review::{self as reviews, EventRecord};
use store::Store;
use uuid::Uuid;

/// One entry, as exported. The fields (and the CSV's columns, in
/// [`COLUMNS`] order) are stable: later stages add kinds and detail, not
/// columns.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryRow {
    pub sequence: i32,
    pub kind: &'static str,
    pub at: String,
    pub actor: Option<String>,
    pub actor_email: Option<String>,
    pub command: Option<&'static str>,
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
    pub reason: Option<String>,
    pub summary: String,
    /// Structured detail of the change (`{}` when nothing more); the CSV
    /// holds it as JSON text.
    pub detail: serde_json::Value,
}

/// The CSV's header, which a test pins.
pub const COLUMNS: [&str; 11] = [
    "sequence",
    "kind",
    "at",
    "actor",
    "actor_email",
    "command",
    "from",
    "to",
    "reason",
    "summary",
    "detail",
];

/// A history entry in a sentence, e.g. "Added Ann Smith as a member".
pub fn summary(e: &EventRecord) -> String {
    let d = &e.detail;
    let text = |key: &str| d[key].as_str().unwrap_or_default().to_owned();
    let role = || match d["role"].as_str() {
        Some("LEAD") => "the team lead",
        _ => "a member",
    };
    let label = |s: ReviewState| format!("“{}”", s.label());
    match e.kind {
        EventKind::Scheduled => "Scheduled".into(),
        EventKind::Imported => format!("Imported at {}", label(e.to)),
        EventKind::Transitioned => match e.from {
            Some(from) => format!("{} to {}", label(from), label(e.to)),
            None => format!("To {}", label(e.to)),
        },
        EventKind::FocusEdited => format!("Edited the focus: “{}”", text("theme")),
        EventKind::FocusSignedOff => match d["as"].as_str() {
            Some("HOST_LEAD") => format!("Signed off the focus for {}", text("authority")),
            _ => "Signed off the focus for the programme".into(),
        },
        EventKind::FocusReopened => "Reopened the focus; its sign-offs were cleared".into(),
        EventKind::MemberInvited => format!(
            "Invited {} as {}{}",
            text("name"),
            role(),
            if d["newAccount"].as_bool() == Some(true) {
                ", with a new account"
            } else {
                ""
            }
        ),
        EventKind::MemberAdded => format!("Added {} as {}", text("name"), role()),
        EventKind::MemberAnswered => if d["accepted"].as_bool() == Some(true) {
            "Accepted the invitation to the team"
        } else {
            "Declined the invitation to the team"
        }
        .into(),
        EventKind::MemberReplaced => format!(
            "Replaced {} with {} as {}",
            text("replacedName"),
            text("name"),
            role()
        ),
        EventKind::ConflictDismissed => "Dismissed a conflict of interest".into(),
        EventKind::VisitPlanned
        | EventKind::VisitChanged
        | EventKind::FindingAgreed
        | EventKind::FindingUnagreed
        | EventKind::FindingsMerged
        | EventKind::FindingReworded
        | EventKind::FindingRemoved
        | EventKind::ReportShared
        | EventKind::ReportCommentAnswered
        | EventKind::ReportApproved
        | EventKind::ReportPublished
        | EventKind::ReportCorrectionOpened
        | EventKind::FollowUpActionAdded
        | EventKind::FollowUpActionUpdated
        | EventKind::FollowUpNoteAdded
        | EventKind::FollowUpNoActionReason
        | EventKind::FollowUpSessionScheduled
        | EventKind::FollowUpSessionCancelled
        | EventKind::FollowUpSessionNotes
        | EventKind::ImpactMeasureRecorded
        | EventKind::ImpactMeasurePublished => text("summary"),
        EventKind::Rescheduled => {
            let month = |key: &str| {
                d[key]
                    .as_str()
                    .and_then(|m| domain::programme::Month::parse(m).ok())
                    .map(|m| m.label())
                    .unwrap_or_default()
            };
            format!(
                "Rescheduled from {} (phase {}) to {} (phase {})",
                month("fromMonth"),
                d["fromPhase"],
                month("toMonth"),
                d["toPhase"]
            )
        }
    }
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
        .ok_or_else(|| crate::auth::sign_in_required(viewer))?;
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
    let access = review_access(user, review.id, &hosts, &team)?;
    let events = reviews::events_of(db, &[access.review_id()])
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    let actor_ids: Vec<Uuid> = events.iter().filter_map(|e| e.actor.user_id()).collect();
    let actors = store::identity::users_by_ids(db, &actor_ids).await?;
    Ok(events
        .into_iter()
        .map(|e| {
            let person = e
                .actor
                .user_id()
                .and_then(|id| actors.iter().find(|u| u.id == id));
            let actor = match e.actor {
                EventActor::Person(_) => person.map(|u| u.name.clone()),
                EventActor::Import => Some(EventActor::IMPORT_LABEL.to_owned()),
            };
            let mut detail = e.detail.clone();
            if let (Some(url), Some(map)) = (&e.report_url, detail.as_object_mut()) {
                map.insert("reportUrl".into(), url.clone().into());
            }
            HistoryRow {
                sequence: e.seq,
                kind: e.kind.as_str(),
                at: e.at.to_rfc3339(),
                actor,
                actor_email: person.map(|u| u.email.clone()),
                command: e.command.map(|c| c.as_str()),
                from: e.from.map(|s| s.as_str()),
                to: e.kind.sets_state().then(|| e.to.as_str()),
                reason: e.reason.clone(),
                summary: summary(&e),
                detail,
            }
        })
        .collect())
}

/// Puts an apostrophe before a spreadsheet formula trigger wherever a
/// spreadsheet could start a cell. A spreadsheet runs a cell as a formula
/// if it starts with `=`, `+`, `-` or `@` (or a tab or carriage return);
/// and a spreadsheet that splits on `;`, tab or `|` (semicolon locales,
/// careless imports) starts a new cell after each of them. So the
/// apostrophe goes before a trigger at the start of a cell (after any
/// spaces) and before one following any separator or line break.
pub(crate) fn defuse(value: &str) -> String {
    fn is_trigger(c: char) -> bool {
        matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
    }
    fn is_separator(c: char) -> bool {
        matches!(c, ',' | ';' | '\t' | '|' | '\n' | '\r')
    }
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

/// An RFC 4180 CSV writer (CRLF line ends) in memory that has written the
/// `columns` header unquoted and quotes every later cell but numbers.
pub(crate) fn csv_writer(
    columns: &[&str],
) -> Result<csv::Writer<Vec<u8>>, Box<dyn std::error::Error>> {
    use csv::{QuoteStyle, Terminator, WriterBuilder};
    let mut header = WriterBuilder::new()
        .terminator(Terminator::CRLF)
        .from_writer(Vec::new());
    header.write_record(columns)?;
    Ok(WriterBuilder::new()
        .terminator(Terminator::CRLF)
        .quote_style(QuoteStyle::NonNumeric)
        .from_writer(header.into_inner()?))
}

/// RFC 4180 CSV (the `csv` crate) with the [`COLUMNS`] header; every cell
/// is [`defuse`]d and quoted, but for numbers (the sequence).
pub fn to_csv(rows: &[HistoryRow]) -> String {
    fn write(rows: &[HistoryRow]) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
        let mut out = csv_writer(&COLUMNS)?;
        for r in rows {
            let text = [
                r.kind.to_owned(),
                r.at.clone(),
                r.actor.clone().unwrap_or_default(),
                r.actor_email.clone().unwrap_or_default(),
                r.command.unwrap_or_default().to_owned(),
                r.from.unwrap_or_default().to_owned(),
                r.to.unwrap_or_default().to_owned(),
                r.reason.clone().unwrap_or_default(),
                r.summary.clone(),
                r.detail.to_string(),
            ]
            .map(|cell| defuse(&cell));
            out.write_field(r.sequence.to_string())?;
            out.write_record(text)?;
        }
        Ok(out.into_inner()?)
    }
    // Writing to memory does no I/O, so it cannot fail.
    let bytes = write(rows).unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> HistoryRow {
        HistoryRow {
            sequence: 1,
            kind: "TRANSITIONED",
            at: "2026-01-01T00:00:00+00:00".into(),
            actor: Some("Morag Officer".into()),
            actor_email: None,
            command: Some("postpone"),
            from: Some("SCHEDULED"),
            to: Some("POSTPONED"),
            reason: Some("=HYPERLINK(\"x\"), later".into()),
            summary: "“Scheduled” to “Postponed”".into(),
            detail: serde_json::json!({}),
        }
    }

    #[test]
    fn csv_quotes_commas_and_defuses_formulas() {
        let csv = to_csv(&[row()]);
        assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\"), later\""), "{csv}");
        assert!(csv.contains("\r\n1,\"TRANSITIONED\""), "{csv}");
    }

    #[test]
    fn csv_defuses_a_formula_after_a_separator_a_semicolon_locale_splits_on() {
        let row = |reason: &str| HistoryRow {
            reason: Some(reason.into()),
            ..row()
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

    #[test]
    fn the_csv_header_is_the_stable_list_of_columns() {
        let csv = to_csv(&[]);
        assert_eq!(
            csv,
            "sequence,kind,at,actor,actor_email,command,from,to,reason,summary,detail\r\n"
        );
    }

    #[test]
    fn the_json_download_has_the_same_fields_as_the_csv_columns() {
        let value = serde_json::to_value(row()).expect("serialises");
        let mut keys: Vec<&str> = value
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut columns = COLUMNS.to_vec();
        keys.sort_unstable();
        columns.sort_unstable();
        assert_eq!(keys, columns);
    }

    #[test]
    fn the_detail_is_one_csv_cell_of_json_text() {
        let mut r = row();
        r.kind = "MEMBER_ADDED";
        r.detail = serde_json::json!({ "name": "Ann Smith", "role": "MEMBER" });
        let csv = to_csv(&[r]);
        let line = csv.lines().nth(1).expect("a data row");
        assert!(
            line.ends_with(r#""{""name"":""Ann Smith"",""role"":""MEMBER""}""#),
            "{line}"
        );
    }

    #[test]
    fn a_csv_reader_reads_every_cell_back_with_an_empty_cell_for_what_is_missing() {
        let mut r = row();
        r.summary = "Line one\nline \"two\", three".into();
        let csv = to_csv(&[r, row()]);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        assert_eq!(reader.headers().unwrap(), COLUMNS.as_slice());
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 2);
        assert_eq!(&records[0][0], "1");
        assert_eq!(&records[0][3], "Morag Officer");
        assert_eq!(&records[0][4], "", "no actor email");
        assert_eq!(&records[0][8], "'=HYPERLINK(\"x\"), later");
        assert_eq!(&records[0][9], "Line one\nline \"two\", three");
        assert_eq!(&records[0][10], "{}");
        assert!(
            csv.contains(",\"\","),
            "an empty text cell is quoted too: {csv}"
        );
    }
}
