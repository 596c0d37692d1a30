//! Building the first draft from the agreed findings, the focus and the
//! visit sessions; the public address's slug.

use super::{Draft, Item, ItemKind, Section, SectionKey};
use crate::visit::{Audience, SessionKind};
use uuid::Uuid;

/// An agreed finding the draft is built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingSource {
    pub id: Uuid,
    pub kind: ItemKind,
    pub text: String,
    pub indicators: Vec<String>,
}

/// A visit session: only what it was and whom it met (never names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSource {
    pub kind: SessionKind,
    pub audiences: Vec<Audience>,
}

/// What the draft is built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSource {
    pub host_names: Vec<String>,
    pub programme_name: String,
    /// e.g. "March 2025".
    pub month_label: String,
    pub theme: Option<String>,
    pub key_questions: Vec<String>,
    pub sessions: Vec<SessionSource>,
    /// Agreed strengths and areas for improvement, in their order.
    pub findings: Vec<FindingSource>,
    /// The number of visit days.
    pub visit_days: usize,
}

fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The first draft, at draft version 1. `new_id` gives each item its
/// stable id.
pub fn build_draft(source: &DraftSource, mut new_id: impl FnMut() -> Uuid) -> Draft {
    let hosts = and_list(&source.host_names);
    let context = format!(
        "{hosts} hosted a review of the {} programme in {}.",
        source.programme_name, source.month_label
    );
    let mut focus = match &source.theme {
        Some(theme) => format!("The review's focus: {theme}."),
        None => String::new(),
    };
    let questions: Vec<&String> = source
        .key_questions
        .iter()
        .filter(|q| !q.trim().is_empty())
        .collect();
    if !questions.is_empty() {
        if !focus.is_empty() {
            focus.push_str("\n\n");
        }
        focus.push_str("Key questions:");
        for q in questions {
            focus.push_str("\n- ");
            focus.push_str(q.trim());
        }
    }
    let mut did = if source.sessions.is_empty() {
        format!(
            "The team spent {} with the authority.",
            counted(source.visit_days, "day", "days")
        )
    } else {
        format!(
            "Over {}, the team held {}.",
            counted(source.visit_days, "day", "days"),
            counted(source.sessions.len(), "session", "sessions")
        )
    };
    let kinds = [
        SessionKind::FocusGroup,
        SessionKind::Meeting,
        SessionKind::Observation,
        SessionKind::TeamDeliberation,
        SessionKind::Feedback,
    ];
    let by_kind: Vec<String> = kinds
        .iter()
        .filter_map(|k| {
            let n = source.sessions.iter().filter(|s| s.kind == *k).count();
            (n > 0).then(|| format!("{}: {n}", k.label()))
        })
        .collect();
    if !by_kind.is_empty() {
        did.push_str(&format!("\n\nSessions by kind: {}.", by_kind.join("; ")));
    }
    let audiences = [
        Audience::Headteachers,
        Audience::Practitioners,
        Audience::Partners,
        Audience::YoungPeople,
        Audience::Parents,
        Audience::Officers,
    ];
    let met: Vec<String> = audiences
        .iter()
        .filter_map(|a| {
            let n = source
                .sessions
                .iter()
                .filter(|s| s.audiences.contains(a))
                .count();
            (n > 0).then(|| format!("{} ({})", a.label(), counted(n, "session", "sessions")))
        })
        .collect();
    if !met.is_empty() {
        did.push_str(&format!("\n\nThe team met {}.", and_list(&met)));
    }
    let text = |key: SectionKey| match key {
        SectionKey::Context => context.clone(),
        SectionKey::Focus => focus.clone(),
        SectionKey::WhatTheTeamDid => did.clone(),
        SectionKey::Strengths | SectionKey::AreasForImprovement | SectionKey::NextSteps => {
            String::new()
        }
    };
    let sections = <SectionKey as strum::VariantArray>::VARIANTS
        .iter()
        .map(|key| Section {
            key: *key,
            text: text(*key),
        })
        .collect();
    let mut items = Vec::new();
    for kind in [ItemKind::Strength, ItemKind::AreaForImprovement] {
        for f in source.findings.iter().filter(|f| f.kind == kind) {
            items.push(Item {
                id: new_id(),
                kind,
                text: f.text.clone(),
                indicators: f.indicators.clone(),
                finding_ids: vec![f.id],
            });
        }
    }
    Draft {
        draft_version: 1,
        sections,
        items,
        comments: Vec::new(),
        approvals: Vec::new(),
        shared_with_host_at: None,
        correction_open: false,
        change_note: None,
    }
}

/// The readable address: host authority names and the target month, e.g.
/// `city-of-edinburgh-council-2025-03`.
pub fn slug_for(host_names: &[String], year: i32, month: u32) -> String {
    let mut slug = String::new();
    for name in host_names {
        let mut last_dash = true;
        for c in name.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
                last_dash = false;
            } else if !last_dash {
                slug.push('-');
                last_dash = true;
            }
        }
        if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(150).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("review-{year:04}-{month:02}")
    } else {
        format!("{slug}-{year:04}-{month:02}")
    }
}
