//! Themes across reports (public): the strengths and areas for improvement
//! of the latest version of every report published here, grouped by
//! quality indicator or by the review's focus theme. Nothing else is read:
//! not drafts, not findings, not reviews without a published report.

use crate::error::{ApiError, ApiResult};
use crate::month::MonthScalar;
use crate::report::ReportItemKind;
use crate::ApiContext;
use async_graphql::{Enum, SimpleObject};
use chrono::Datelike;
use domain::report::ItemKind;
use std::collections::BTreeMap;
use store::insight::PublishedFilter;
use uuid::Uuid;

/// How the items are grouped.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ThemeGrouping {
    /// By quality indicator code as written on the item (an item with
    /// several is in each; none: key "", label "No quality indicator").
    QualityIndicator,
    /// By the review's focus theme (none: key "", label "No theme").
    FocusTheme,
}

/// A strength or area for improvement of a published report.
#[derive(SimpleObject, Clone)]
pub struct ThemeItem {
    pub kind: ReportItemKind,
    pub text: String,
    pub indicators: Vec<String>,
    pub theme: Option<String>,
    pub host_names: Vec<String>,
    /// The calendar year of the review's target month.
    pub year: i32,
    pub target_month: MonthScalar,
    pub programme_name: String,
    /// The report: its public page is /reports/{slug}/versions/{version}.
    pub slug: String,
    pub version: i32,
}

#[derive(SimpleObject)]
pub struct ThemeGroup {
    pub key: String,
    pub label: String,
    pub strengths: i32,
    pub areas_for_improvement: i32,
    /// Newest target month first, at most `itemsPerGroup`.
    pub items: Vec<ThemeItem>,
    /// Items in the group in all.
    pub total: i32,
}

#[derive(SimpleObject)]
pub struct ThemesAcrossReports {
    pub group_by: ThemeGrouping,
    /// Published reports counted (after the filters).
    pub reports: i32,
    /// By key ascending, the group without a key last.
    pub groups: Vec<ThemeGroup>,
}

pub(super) struct ThemeQuery {
    pub group_by: ThemeGrouping,
    pub kind: Option<ItemKind>,
    pub authority: Option<Uuid>,
    pub year: Option<i32>,
    pub programme_id: Option<Uuid>,
    pub items_per_group: i32,
}

/// The items a group may list (the answer's estimate counts 20).
pub const ITEMS_PER_GROUP: std::ops::RangeInclusive<i32> = 1..=50;

/// The years a filter may name.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

pub(super) async fn themes(app: &ApiContext, q: ThemeQuery) -> ApiResult<ThemesAcrossReports> {
    let mut bad = Vec::new();
    if let Some(y) = q.year {
        if !YEARS.contains(&y) {
            bad.push((
                "year".to_owned(),
                "Enter a year from 2000 to 2100".to_owned(),
            ));
        }
    }
    if !ITEMS_PER_GROUP.contains(&q.items_per_group) {
        bad.push((
            "itemsPerGroup".to_owned(),
            "Enter a number of items from 1 to 50".to_owned(),
        ));
    }
    if !bad.is_empty() {
        return Err(ApiError::Invalid(bad));
    }
    let db = app.store.conn();
    let published = store::insight::published_reports(
        db,
        &PublishedFilter {
            programme_id: q.programme_id,
            authority: q.authority,
            year: q.year,
        },
        true,
    )
    .await?;
    let none_label = match q.group_by {
        ThemeGrouping::QualityIndicator => "No quality indicator",
        ThemeGrouping::FocusTheme => "No theme",
    };
    // key -> items
    let mut groups: BTreeMap<String, Vec<ThemeItem>> = BTreeMap::new();
    for (review, version) in &published.reports {
        let Some(snapshot) = &version.snapshot else {
            continue;
        };
        let host_names: Vec<String> = published
            .hosts
            .get(&review.id)
            .map(|h| h.iter().map(|o| o.name.clone()).collect())
            .unwrap_or_default();
        let programme_name = published
            .programme_names
            .get(&review.programme_id)
            .cloned()
            .unwrap_or_default();
        for item in &snapshot.items {
            if q.kind.is_some_and(|k| k != item.kind) {
                continue;
            }
            let theme_item = ThemeItem {
                kind: item.kind.into(),
                text: item.text.clone(),
                indicators: item.indicators.clone(),
                theme: review.theme.clone(),
                host_names: host_names.clone(),
                year: review.target_month.first_day().year(),
                target_month: review.target_month.into(),
                programme_name: programme_name.clone(),
                slug: version.slug.clone(),
                version: version.version,
            };
            let keys: Vec<String> = match q.group_by {
                ThemeGrouping::QualityIndicator => {
                    let mut k: Vec<String> = item
                        .indicators
                        .iter()
                        .map(|i| i.trim().to_owned())
                        .filter(|i| !i.is_empty())
                        .collect();
                    k.sort();
                    k.dedup();
                    if k.is_empty() {
                        vec![String::new()]
                    } else {
                        k
                    }
                }
                ThemeGrouping::FocusTheme => {
                    vec![review.theme.clone().unwrap_or_default().trim().to_owned()]
                }
            };
            for key in keys {
                groups.entry(key).or_default().push(theme_item.clone());
            }
        }
    }
    let limit = q.items_per_group as usize;
    let mut out: Vec<ThemeGroup> = groups
        .into_iter()
        .map(|(key, mut items)| {
            items.sort_by(|a, b| {
                b.target_month
                    .0
                    .cmp(&a.target_month.0)
                    .then(a.slug.cmp(&b.slug))
                    .then(kind_order(a.kind).cmp(&kind_order(b.kind)))
            });
            let strengths = items
                .iter()
                .filter(|i| i.kind == ReportItemKind::Strength)
                .count() as i32;
            let total = items.len() as i32;
            items.truncate(limit);
            ThemeGroup {
                label: if key.is_empty() {
                    none_label.to_owned()
                } else {
                    key.clone()
                },
                key,
                strengths,
                areas_for_improvement: total - strengths,
                items,
                total,
            }
        })
        .collect();
    // The group without a key last.
    out.sort_by_key(|g| (g.key.is_empty(), g.key.clone()));
    Ok(ThemesAcrossReports {
        group_by: q.group_by,
        reports: published.reports.len() as i32,
        groups: out,
    })
}

fn kind_order(k: ReportItemKind) -> u8 {
    match k {
        ReportItemKind::Strength => 0,
        ReportItemKind::AreaForImprovement => 1,
    }
}
