//! Published reports for committees and the public (issue 19,
//! PUBLIC-REPORTS-CONTRACT.md): the PDF made at publication and the draft
//! PDF for the review's private audience, and the public index with its
//! full-text search.

use super::pdf::{self, PdfItem, PdfReport, PdfSection};
use super::types::*;
use crate::auth::SessionUser;
use crate::error::{ApiError, ApiResult};
use crate::review::refusal;
use crate::review::use_cases::{load, Loaded};
use crate::ApiContext;
use chrono::{DateTime, Datelike, Utc};
use domain::report::search::{self, Search};
use domain::report::{self as rp, ItemKind, SectionKey, Snapshot};
use store::report as stored;
use store::report_index::{self as index, IndexFilter};
use store::review::Review;
use store::sea_orm::ConnectionTrait;
use store::StoreError;
use uuid::Uuid;

/// The public address of a version's PDF.
pub fn pdf_path(slug: &str, version: i32) -> String {
    format!("/reports/{slug}/versions/{version}/report.pdf")
}

/// The address of a review's draft PDF.
pub fn draft_pdf_path(review_id: Uuid) -> String {
    format!("/reviews/{review_id}/report/draft.pdf")
}

/// What a report shows besides its sections: from the review.
pub struct Heading<'a> {
    pub host_names: Vec<String>,
    pub programme_name: &'a str,
    pub month_label: String,
    pub theme: Option<&'a str>,
    pub key_questions: &'a [String],
}

impl<'a> Heading<'a> {
    pub fn new(review: &'a Review, programme_name: &'a str, host_names: &[String]) -> Self {
        Heading {
            host_names: host_names.to_vec(),
            programme_name,
            month_label: review.target_month.label(),
            theme: review.theme.as_deref(),
            key_questions: &review.key_questions,
        }
    }

    fn of(loaded: &'a Loaded) -> Self {
        let names: Vec<String> = loaded.facts.hosts.iter().map(|h| h.name.clone()).collect();
        Self::new(&loaded.review, &loaded.programme.name, &names)
    }

    fn hosts(&self) -> String {
        match self.host_names.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    }

    /// The search document of a version with this heading.
    pub fn search_body(&self, snapshot: &Snapshot) -> String {
        search::search_body(
            &self.host_names,
            self.programme_name,
            self.theme,
            self.key_questions,
            snapshot,
        )
    }
}

fn date_label(at: DateTime<Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::London)
        .format("%-d %B %Y")
        .to_string()
}

/// The PDF of a report: `version_line` says which version (or draft).
pub fn render(
    heading: &Heading<'_>,
    snapshot: &Snapshot,
    version_line: String,
    draft: bool,
) -> ApiResult<Vec<u8>> {
    let mut facts = vec![
        format!("Programme: {}", heading.programme_name),
        format!("Review month: {}", heading.month_label),
    ];
    if let Some(theme) = heading.theme.filter(|t| !t.trim().is_empty()) {
        facts.push(format!("Focus theme: {theme}"));
    }
    facts.push(version_line);
    let sections = rp::SECTIONS
        .iter()
        .map(|key| {
            let kind = match key {
                SectionKey::Strengths => Some(ItemKind::Strength),
                SectionKey::AreasForImprovement => Some(ItemKind::AreaForImprovement),
                _ => None,
            };
            PdfSection {
                heading: key.title().to_owned(),
                text: snapshot
                    .sections
                    .iter()
                    .find(|s| s.key == *key)
                    .map(|s| s.text.clone())
                    .unwrap_or_default(),
                items: snapshot
                    .items
                    .iter()
                    .filter(|i| Some(i.kind) == kind)
                    .map(|i| PdfItem {
                        text: i.text.clone(),
                        indicators: i.indicators.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    let report = PdfReport {
        title: format!("Report of the review of {}", heading.hosts()),
        facts,
        key_questions: heading
            .key_questions
            .iter()
            .filter(|q| !q.trim().is_empty())
            .cloned()
            .collect(),
        sections,
        draft,
    };
    pdf::render(&report).map_err(ApiError::internal)
}

/// At publication, in its transaction: the version with its PDF (stored
/// with it, never made again) and the review's search document.
pub(crate) async fn publish_version(
    txn: &impl ConnectionTrait,
    heading: &Heading<'_>,
    new: stored::NewVersion<'_>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let line = format!("Version {}, published {}", new.version, date_label(now));
    let bytes = render(heading, new.snapshot, line, false)
        .map_err(|e| StoreError::Db(store::DbErr::Custom(format!("report PDF: {e:?}"))))?;
    let body = heading.search_body(new.snapshot);
    let review_id = new.review_id;
    stored::publish(txn, new, &bytes, now).await?;
    stored::set_search_body(txn, review_id, &body).await?;
    Ok(())
}

/// A PDF to download.
pub struct PdfFile {
    pub file_name: String,
    pub content: Vec<u8>,
}

fn no_such_report() -> ApiError {
    ApiError::NotFound("No such published report or version.".into())
}

/// `GET /reports/{slug}/versions/{version}/report.pdf`: anyone; the PDF
/// stored at that version's publication.
pub async fn published_pdf(app: &ApiContext, slug: &str, version: &str) -> ApiResult<PdfFile> {
    let Ok(version) = version.parse::<i32>() else {
        return Err(no_such_report());
    };
    if slug.chars().count() > 200 {
        return Err(no_such_report());
    }
    let content = stored::pdf_of(app.store.conn(), slug, version)
        .await?
        .ok_or_else(no_such_report)?;
    Ok(PdfFile {
        file_name: format!("{slug}-v{version}.pdf"),
        content,
    })
}

/// `GET /reviews/{id}/report/draft.pdf`: the review's private audience
/// (those who may read `reportDraft`); made on request, DRAFT on every page.
pub async fn draft_pdf(
    app: &ApiContext,
    user: &SessionUser,
    review_id: Uuid,
) -> ApiResult<PdfFile> {
    let txn = app.store.begin().await?;
    let loaded = load(&txn, user, review_id).await?;
    rp::authorise_view(&loaded.actor).map_err(refusal)?;
    let stored = stored::draft(&txn, review_id).await?.ok_or_else(|| {
        ApiError::NotFound(
            "This review has no draft report yet: the team lead drafts it once the visit is \
             completed."
                .into(),
        )
    })?;
    txn.rollback().await.map_err(StoreError::from)?;
    let heading = Heading::of(&loaded);
    let line = format!(
        "Draft version {}, printed {}",
        stored.draft.draft_version,
        date_label(app.clock.now())
    );
    let content = render(&heading, &stored.draft.snapshot(), line, true)?;
    let month = loaded.review.target_month.first_day();
    Ok(PdfFile {
        file_name: format!(
            "{}-draft-v{}.pdf",
            rp::slug_for(&heading.host_names, month.year(), month.month()),
            stored.draft.draft_version
        ),
        content,
    })
}

/// The most rows of one index page.
pub const MAX_INDEX_PAGE: i32 = 100;

/// `publishedReports`'s arguments.
pub struct IndexArgs {
    pub theme: Option<String>,
    pub authority: Option<Uuid>,
    pub year: Option<i32>,
    pub programme_id: Option<Uuid>,
    pub text: Option<String>,
    pub offset: i32,
    pub limit: i32,
}

/// `publishedReports`: anonymous; a constant number of statements.
pub async fn index_page(app: &ApiContext, args: IndexArgs) -> ApiResult<PublishedReportPage> {
    let mut reasons = Vec::new();
    if args.offset < 0 {
        reasons.push((
            "offset".to_owned(),
            "The offset cannot be negative.".to_owned(),
        ));
    }
    if !(1..=MAX_INDEX_PAGE).contains(&args.limit) {
        reasons.push((
            "limit".to_owned(),
            format!("The limit must be from 1 to {MAX_INDEX_PAGE}."),
        ));
    }
    if args.year.is_some_and(|y| !(2000..=2100).contains(&y)) {
        reasons.push((
            "year".to_owned(),
            "The year must be from 2000 to 2100.".to_owned(),
        ));
    }
    if args.theme.as_ref().is_some_and(|t| t.chars().count() > 200) {
        reasons.push((
            "theme".to_owned(),
            "The theme filter is limited to 200 characters.".to_owned(),
        ));
    }
    if !reasons.is_empty() {
        return Err(ApiError::Invalid(reasons));
    }
    let text = args
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let db = app.store.conn();
    let mut filter = IndexFilter {
        theme: args.theme,
        authority: args.authority,
        year: args.year,
        programme_id: args.programme_id,
        only: None,
    };
    let searched: Option<Search> = match text.map(search::parse_search) {
        None => None,
        Some(Err(why)) => {
            return Ok(PublishedReportPage {
                items: Vec::new(),
                total: 0,
                notice: Some(why.message()),
            })
        }
        Some(Ok(s)) => {
            filter.only = Some(stored::search(db, &s).await?);
            Some(s)
        }
    };
    let (page, total) =
        index::index_page(db, &filter, args.offset as u64, args.limit as u64).await?;
    let ids: Vec<Uuid> = page.iter().map(|r| r.id).collect();
    let latest = index::latest_versions(db, &ids, searched.is_some()).await?;
    let mut hosts = store::review::hosts_with_organisations(db, &ids).await?;
    let programme_ids: Vec<Uuid> = page.iter().map(|r| r.programme_id).collect();
    let programmes = index::programme_names(db, &programme_ids).await?;
    let items = page
        .into_iter()
        .map(|review| {
            let last = latest.get(&review.id);
            let snippet = match (&searched, last.and_then(|l| l.snapshot.as_ref())) {
                (Some(s), Some(snapshot)) => s.snippet(
                    review
                        .theme
                        .iter()
                        .map(String::as_str)
                        .chain(review.key_questions.iter().map(String::as_str))
                        .chain(search::report_paragraphs(snapshot)),
                ),
                _ => None,
            };
            PublishedReportSummary {
                review_id: review.id,
                slug: last.map(|l| l.slug.clone()),
                version: last.map(|l| l.version),
                host_names: hosts
                    .remove(&review.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|h| h.authority.name)
                    .collect(),
                programme_name: programmes
                    .get(&review.programme_id)
                    .cloned()
                    .unwrap_or_default(),
                target_month: review.target_month.into(),
                focus_theme: review.theme.clone(),
                published_at: last.map(|l| l.published_at),
                snippet,
                external_url: if last.is_none() {
                    review.report_url.clone()
                } else {
                    None
                },
                imported: review.imported,
                pdf_url: last.map(|l| pdf_path(&l.slug, l.version)),
            }
        })
        .collect();
    Ok(PublishedReportPage {
        items,
        total: total.min(i32::MAX as u64) as i32,
        notice: None,
    })
}

/// `publishedReportFilters`: anonymous; two statements.
pub async fn index_filters(app: &ApiContext) -> ApiResult<PublishedReportFilters> {
    let db = app.store.conn();
    let rows = index::themes_and_months(db).await?;
    let mut themes: Vec<String> = rows
        .iter()
        .filter_map(|(t, _)| t.as_deref().map(str::trim).filter(|t| !t.is_empty()))
        .map(str::to_owned)
        .collect();
    themes.sort_by_key(|t| t.to_lowercase());
    themes.dedup_by_key(|t| t.to_lowercase());
    let mut years: Vec<i32> = rows.iter().map(|(_, m)| m.year()).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let authorities = index::host_authorities(db)
        .await?
        .into_iter()
        .map(|(id, name)| ReportIndexAuthority { id, name })
        .collect();
    Ok(PublishedReportFilters {
        themes,
        authorities,
        years,
    })
}
