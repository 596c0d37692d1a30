//! Open data (public, docs/open-data.md): a programme's timetable and the
//! published reports as CSV and JSON, and the Atom feed of published
//! versions. The server's routes call these and turn [`OpenDataError`]
//! into 404 or 400 with its sentence; bad input is never an internal
//! error.

use crate::review::history::defuse;
use crate::ApiContext;
use chrono::{DateTime, SecondsFormat, Utc};
use domain::report::ItemKind;
use domain::Organisation;
use serde::Serialize;
use store::insight::{Hosts, PublishedFilter};
use store::review::Review;
use store::StoreError;
use uuid::Uuid;

/// Why a download cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenDataError {
    /// 404: an unknown programme.
    NotFound(String),
    /// 400: a malformed or unknown parameter, named.
    BadRequest(String),
    /// 500: the database failed (logged; the answer says nothing more).
    Internal(String),
}

impl From<StoreError> for OpenDataError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound { .. } => OpenDataError::NotFound("No such programme.".into()),
            other => OpenDataError::Internal(format!("{other:?}")),
        }
    }
}

/// A file to download.
#[derive(Debug, Clone)]
pub struct Download {
    pub file_name: String,
    pub body: String,
}

/// The most entries the feed holds.
pub const FEED_ENTRIES: u64 = 100;

/// The feed's own id (stable across deployments and restarts).
pub const FEED_ID: &str = "urn:uuid:6f1d6a2e-6b1a-4c39-9a53-2f5e8e0c2301";

fn base(app: &ApiContext) -> &str {
    app.public_url.trim_end_matches('/')
}

/// The public page of a report's latest version.
pub fn report_url(public_url: &str, slug: &str) -> String {
    format!("{}/reports/{slug}", public_url.trim_end_matches('/'))
}

/// The public page of one version.
pub fn version_url(public_url: &str, slug: &str, version: i32) -> String {
    format!(
        "{}/reports/{slug}/versions/{version}",
        public_url.trim_end_matches('/')
    )
}

fn names(hosts: &Hosts, review: Uuid) -> Vec<&Organisation> {
    hosts
        .get(&review)
        .map(|h| h.iter().collect())
        .unwrap_or_default()
}

fn joined(list: &[&Organisation], f: impl Fn(&Organisation) -> String) -> String {
    list.iter().map(|o| f(o)).collect::<Vec<_>>().join("; ")
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[derive(Serialize)]
struct HostJson {
    id: Uuid,
    name: String,
    gss_code: Option<String>,
}

fn host_json(o: &Organisation) -> HostJson {
    HostJson {
        id: o.id,
        name: o.name.clone(),
        gss_code: o.gss_code.as_ref().map(|g| g.as_str().to_owned()),
    }
}

fn gss(o: &Organisation) -> String {
    o.gss_code
        .as_ref()
        .map(|g| g.as_str().to_owned())
        .unwrap_or_default()
}

/// The CSV of `rows` under `columns`: RFC 4180 (CRLF), every text cell
/// defused against spreadsheet formulas and quoted, numbers bare.
fn csv_of(columns: &[&str], rows: Vec<Vec<Cell>>) -> Result<String, OpenDataError> {
    let fail = |e: &dyn std::fmt::Display| OpenDataError::Internal(format!("csv: {e}"));
    let mut w = crate::review::history::csv_writer(columns).map_err(|e| fail(&e))?;
    for row in rows {
        let cells: Vec<String> = row
            .into_iter()
            .map(|c| match c {
                Cell::Text(t) => defuse(&t),
                Cell::Number(n) => n.to_string(),
            })
            .collect();
        w.write_record(&cells).map_err(|e| fail(&e))?;
    }
    let bytes = w.into_inner().map_err(|e| fail(&e))?;
    String::from_utf8(bytes).map_err(|e| fail(&e))
}

enum Cell {
    Text(String),
    Number(i64),
}

fn t(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// The timetable's CSV columns, in order (docs/open-data.md).
pub const TIMETABLE_COLUMNS: &[&str] = &[
    "review_id",
    "programme_id",
    "programme_name",
    "phase",
    "target_month",
    "state",
    "state_label",
    "theme",
    "host_names",
    "host_gss_codes",
    "quad_name",
    "imported",
    "report_url",
];

/// The reports' CSV columns, in order (docs/open-data.md).
pub const REPORT_COLUMNS: &[&str] = &[
    "review_id",
    "slug",
    "version",
    "first_published_at",
    "published_at",
    "programme_id",
    "programme_name",
    "phase",
    "target_month",
    "theme",
    "host_names",
    "host_gss_codes",
    "strengths",
    "areas_for_improvement",
    "report_url",
    "pdf_url",
];

#[derive(Serialize)]
struct TimetableRow {
    review_id: Uuid,
    phase: u32,
    target_month: String,
    state: &'static str,
    state_label: &'static str,
    theme: Option<String>,
    hosts: Vec<HostJson>,
    quad_name: Option<String>,
    imported: bool,
    report_url: Option<String>,
}

#[derive(Serialize)]
struct ProgrammeJson {
    id: Uuid,
    name: String,
}

#[derive(Serialize)]
struct TimetableJson {
    programme: ProgrammeJson,
    generated_at: String,
    reviews: Vec<TimetableRow>,
}

/// The format of a download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

fn first_host(hosts: &Hosts, r: &Review) -> String {
    hosts
        .get(&r.id)
        .and_then(|h| h.first())
        .map(|o| o.name.clone())
        .unwrap_or_default()
}

/// A programme's timetable (what the public `reviews` query shows), by
/// target month then first host's name. `id` as it came in the address.
pub async fn timetable(
    app: &ApiContext,
    id: &str,
    format: Format,
) -> Result<Download, OpenDataError> {
    let not_found = || OpenDataError::NotFound("No such programme.".into());
    let id = Uuid::parse_str(id).map_err(|_| not_found())?;
    let db = app.store.conn();
    let programme = store::programme::programme(db, id).await?;
    let mut data = store::insight::timetable(db, id).await?;
    let hosts = &data.hosts;
    data.reviews.sort_by(|a, b| {
        a.target_month
            .cmp(&b.target_month)
            .then(first_host(hosts, a).cmp(&first_host(hosts, b)))
            .then(a.id.cmp(&b.id))
    });
    let url_of = |r: &Review| -> Option<String> {
        match data.latest.get(&r.id) {
            Some((slug, _)) => Some(report_url(base(app), slug)),
            None => r.report_url.clone(),
        }
    };
    let stem = format!("programme-{id}-timetable");
    match format {
        Format::Csv => {
            let rows = data
                .reviews
                .iter()
                .map(|r| {
                    let h = names(hosts, r.id);
                    vec![
                        t(r.id.to_string()),
                        t(programme.id.to_string()),
                        t(programme.name.clone()),
                        Cell::Number(r.phase.into()),
                        t(r.target_month.to_string()),
                        t(r.state.as_str()),
                        t(r.state.label()),
                        t(r.theme.clone().unwrap_or_default()),
                        t(joined(&h, |o| o.name.clone())),
                        t(joined(&h, gss)),
                        t(r.quad_id
                            .and_then(|q| data.quad_names.get(&q).cloned())
                            .unwrap_or_default()),
                        t(if r.imported { "true" } else { "false" }),
                        t(url_of(r).unwrap_or_default()),
                    ]
                })
                .collect();
            Ok(Download {
                file_name: format!("{stem}.csv"),
                body: csv_of(TIMETABLE_COLUMNS, rows)?,
            })
        }
        Format::Json => {
            let value = TimetableJson {
                programme: ProgrammeJson {
                    id: programme.id,
                    name: programme.name.clone(),
                },
                generated_at: rfc3339(app.clock.now()),
                reviews: data
                    .reviews
                    .iter()
                    .map(|r| TimetableRow {
                        review_id: r.id,
                        phase: r.phase,
                        target_month: r.target_month.to_string(),
                        state: r.state.as_str(),
                        state_label: r.state.label(),
                        theme: r.theme.clone(),
                        hosts: names(hosts, r.id).into_iter().map(host_json).collect(),
                        quad_name: r.quad_id.and_then(|q| data.quad_names.get(&q).cloned()),
                        imported: r.imported,
                        report_url: url_of(r),
                    })
                    .collect(),
            };
            Ok(Download {
                file_name: format!("{stem}.json"),
                body: serde_json::to_string_pretty(&value)
                    .map_err(|e| OpenDataError::Internal(e.to_string()))?,
            })
        }
    }
}

/// The reports' filter from the query string's pairs: `programme`,
/// `authority` (UUIDs) and `year` (2000-2100), each at most once; anything
/// else is refused naming it.
pub fn parse_reports_filter(pairs: &[(String, String)]) -> Result<PublishedFilter, OpenDataError> {
    let mut filter = PublishedFilter::default();
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in pairs {
        let bad = |m: &str| OpenDataError::BadRequest(format!("{key}: {m}"));
        if seen.contains(&key.as_str()) {
            return Err(bad("give it only once"));
        }
        match key.as_str() {
            "programme" => {
                filter.programme_id = Some(
                    Uuid::parse_str(value.trim())
                        .map_err(|_| bad("enter a programme's id (a UUID)"))?,
                );
            }
            "authority" => {
                filter.authority = Some(
                    Uuid::parse_str(value.trim())
                        .map_err(|_| bad("enter an authority's id (a UUID)"))?,
                );
            }
            "year" => {
                let year: i32 = value
                    .trim()
                    .parse()
                    .ok()
                    .filter(|y| super::themes::YEARS.contains(y))
                    .ok_or_else(|| bad("enter a year from 2000 to 2100"))?;
                filter.year = Some(year);
            }
            _ => {
                let shown: String = key.chars().take(40).collect();
                return Err(OpenDataError::BadRequest(format!(
                    "Unknown parameter: {shown} (use programme, authority or year)"
                )));
            }
        }
        seen.push(key.as_str());
    }
    Ok(filter)
}

#[derive(Serialize)]
struct ItemJson {
    text: String,
    indicators: Vec<String>,
}

#[derive(Serialize)]
struct ReportJson {
    review_id: Uuid,
    slug: String,
    version: i32,
    first_published_at: String,
    published_at: String,
    programme: ProgrammeJson,
    phase: u32,
    target_month: String,
    theme: Option<String>,
    hosts: Vec<HostJson>,
    strengths: Vec<ItemJson>,
    areas_for_improvement: Vec<ItemJson>,
    report_url: String,
    pdf_url: String,
}

#[derive(Serialize)]
struct ReportsJson {
    generated_at: String,
    reports: Vec<ReportJson>,
}

/// The latest version of every report published here (the filter's), newest
/// first publication first.
pub async fn reports(
    app: &ApiContext,
    filter: &PublishedFilter,
    format: Format,
) -> Result<Download, OpenDataError> {
    let db = app.store.conn();
    if let Some(p) = filter.programme_id {
        store::programme::programme(db, p).await?;
    }
    let data = store::insight::published_reports(db, filter, true).await?;
    let pdf = |slug: &str, version: i32| {
        format!(
            "{}{}",
            base(app),
            crate::report::public::pdf_path(slug, version)
        )
    };
    let items = |v: &store::insight::PublishedVersion, kind: ItemKind| -> Vec<ItemJson> {
        v.snapshot
            .as_ref()
            .map(|s| {
                s.items
                    .iter()
                    .filter(|i| i.kind == kind)
                    .map(|i| ItemJson {
                        text: i.text.clone(),
                        indicators: i.indicators.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let first = |r: &Review, v: &store::insight::PublishedVersion| {
        rfc3339(
            data.first_published
                .get(&r.id)
                .copied()
                .unwrap_or(v.published_at),
        )
    };
    let programme_name = |r: &Review| {
        data.programme_names
            .get(&r.programme_id)
            .cloned()
            .unwrap_or_default()
    };
    match format {
        Format::Csv => {
            let rows = data
                .reports
                .iter()
                .map(|(r, v)| {
                    let h = names(&data.hosts, r.id);
                    vec![
                        t(r.id.to_string()),
                        t(v.slug.clone()),
                        Cell::Number(v.version.into()),
                        t(first(r, v)),
                        t(rfc3339(v.published_at)),
                        t(r.programme_id.to_string()),
                        t(programme_name(r)),
                        Cell::Number(r.phase.into()),
                        t(r.target_month.to_string()),
                        t(r.theme.clone().unwrap_or_default()),
                        t(joined(&h, |o| o.name.clone())),
                        t(joined(&h, gss)),
                        Cell::Number(items(v, ItemKind::Strength).len() as i64),
                        Cell::Number(items(v, ItemKind::AreaForImprovement).len() as i64),
                        t(report_url(base(app), &v.slug)),
                        t(pdf(&v.slug, v.version)),
                    ]
                })
                .collect();
            Ok(Download {
                file_name: "published-reports.csv".into(),
                body: csv_of(REPORT_COLUMNS, rows)?,
            })
        }
        Format::Json => {
            let value = ReportsJson {
                generated_at: rfc3339(app.clock.now()),
                reports: data
                    .reports
                    .iter()
                    .map(|(r, v)| ReportJson {
                        review_id: r.id,
                        slug: v.slug.clone(),
                        version: v.version,
                        first_published_at: first(r, v),
                        published_at: rfc3339(v.published_at),
                        programme: ProgrammeJson {
                            id: r.programme_id,
                            name: programme_name(r),
                        },
                        phase: r.phase,
                        target_month: r.target_month.to_string(),
                        theme: r.theme.clone(),
                        hosts: names(&data.hosts, r.id)
                            .into_iter()
                            .map(host_json)
                            .collect(),
                        strengths: items(v, ItemKind::Strength),
                        areas_for_improvement: items(v, ItemKind::AreaForImprovement),
                        report_url: report_url(base(app), &v.slug),
                        pdf_url: pdf(&v.slug, v.version),
                    })
                    .collect(),
            };
            Ok(Download {
                file_name: "published-reports.json".into(),
                body: serde_json::to_string_pretty(&value)
                    .map_err(|e| OpenDataError::Internal(e.to_string()))?,
            })
        }
    }
}

/// Text for XML element content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow are left out.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The Atom feed (RFC 4287) of the newest published versions: each
/// version an entry, first publications and corrections alike.
pub async fn feed(app: &ApiContext) -> Result<String, OpenDataError> {
    let (entries, hosts, programmes) =
        store::insight::newest_versions(app.store.conn(), FEED_ENTRIES).await?;
    let base = base(app);
    let updated = entries
        .iter()
        .map(|(_, v)| v.published_at)
        .max()
        .unwrap_or_else(|| app.clock.now());
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n");
    x.push_str(&format!("  <id>{FEED_ID}</id>\n"));
    x.push_str("  <title>Quads: published reports and corrections</title>\n");
    x.push_str(
        "  <subtitle>Every report published by the Quads collaborative improvement programmes, and every correction, as each version is published.</subtitle>\n",
    );
    x.push_str(&format!("  <updated>{}</updated>\n", rfc3339(updated)));
    x.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml_escape(&format!("{base}/reports/feed.atom"))
    ));
    x.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml_escape(&format!("{base}/reports"))
    ));
    x.push_str("  <author><name>Quads</name></author>\n");
    x.push_str("  <generator>Quads</generator>\n");
    for (review, v) in &entries {
        let host_names = names(&hosts, review.id)
            .iter()
            .map(|o| o.name.clone())
            .collect::<Vec<_>>()
            .join(", ");
        let subject = review.theme.clone().unwrap_or_else(|| "Review".into());
        let title = if v.version == 1 {
            format!("{host_names}: {subject}")
        } else {
            format!("{host_names}: {subject} (corrected, version {})", v.version)
        };
        let summary = match (&v.change_note, v.version) {
            (Some(note), n) if n > 1 => format!("Correction: {note}"),
            (None, n) if n > 1 => "A corrected version of the report.".to_owned(),
            _ => format!("Report published ({}).", review.target_month.label()),
        };
        let programme = programmes
            .get(&review.programme_id)
            .cloned()
            .unwrap_or_else(|| "Quads".into());
        x.push_str("  <entry>\n");
        x.push_str(&format!("    <id>urn:uuid:{}</id>\n", v.id));
        x.push_str(&format!("    <title>{}</title>\n", xml_escape(&title)));
        x.push_str(&format!(
            "    <updated>{}</updated>\n",
            rfc3339(v.published_at)
        ));
        x.push_str(&format!(
            "    <published>{}</published>\n",
            rfc3339(v.published_at)
        ));
        x.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_escape(&version_url(base, &v.slug, v.version))
        ));
        x.push_str(&format!(
            "    <author><name>{}</name></author>\n",
            xml_escape(&programme)
        ));
        if let Some(theme) = &review.theme {
            x.push_str(&format!("    <category term=\"{}\"/>\n", xml_escape(theme)));
        }
        x.push_str(&format!(
            "    <summary>{}</summary>\n",
            xml_escape(&summary)
        ));
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    Ok(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn a_good_filter_parses_and_an_empty_one_selects_everything() {
        let id = Uuid::now_v7();
        let f = parse_reports_filter(&pairs(&[("programme", &id.to_string()), ("year", "2025")]))
            .unwrap();
        assert_eq!(f.programme_id, Some(id));
        assert_eq!(f.year, Some(2025));
        assert!(parse_reports_filter(&[]).unwrap().programme_id.is_none());
    }

    #[test]
    fn a_malformed_or_unknown_parameter_is_refused_naming_it() {
        for (query, said) in [
            (
                vec![("year", "twenty")],
                "year: enter a year from 2000 to 2100",
            ),
            (
                vec![("year", "1999")],
                "year: enter a year from 2000 to 2100",
            ),
            (
                vec![("programme", "abc")],
                "programme: enter a programme's id",
            ),
            (
                vec![("authority", "")],
                "authority: enter an authority's id",
            ),
            (vec![("colour", "red")], "Unknown parameter: colour"),
            (
                vec![("year", "2024"), ("year", "2025")],
                "year: give it only once",
            ),
        ] {
            match parse_reports_filter(&pairs(&query)) {
                Err(OpenDataError::BadRequest(m)) => assert!(m.starts_with(said), "{m}"),
                other => panic!("{query:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn xml_text_is_escaped_and_control_characters_are_left_out() {
        assert_eq!(
            xml_escape("A & B <c> \"d\" 'e'\u{1}"),
            "A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;"
        );
    }
}
