//! The report (issue 18): drafted from the agreed findings, checked by the
//! host for factual accuracy, approved, published as an immutable public
//! version, corrected by new versions.
//!
//! The draft is one document ([`Draft`]): prose sections, structured items
//! (strengths and areas for improvement, each with a stable id linked to
//! its findings and indicators), the host's comments and the approvals of
//! one draft version. Every edit raises the draft version and clears the
//! approvals. Everything here is pure: the store keeps the document, these
//! functions decide who may do what and what the document becomes.

mod build;
mod rights;
pub mod search;

#[cfg(test)]
mod tests;

pub use build::{build_draft, slug_for, DraftSource, FindingSource, SessionSource};
pub use rights::*;

use crate::lifecycle::{Actor, ReviewState};
use crate::programme::Invalid;
use crate::text::Text;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};
use uuid::Uuid;

/// A prose section's text: up to 20000 characters, new lines kept; blank
/// is allowed (next steps start empty).
pub const SECTION_TEXT: Text = Text {
    field: "text",
    label: "section's text",
    max_chars: 20_000,
    multiline: true,
};
/// A strength's or area for improvement's text.
pub const ITEM_TEXT: Text = Text {
    field: "text",
    label: "item's text",
    max_chars: 4000,
    multiline: true,
};
/// A factual-accuracy comment.
pub const COMMENT_TEXT: Text = Text {
    field: "text",
    label: "comment",
    max_chars: 4000,
    multiline: true,
};
/// The team lead's reply to a comment.
pub const REPLY_TEXT: Text = Text {
    field: "reply",
    label: "reply",
    max_chars: 4000,
    multiline: true,
};
/// The programme officer's note opening a correction.
pub const CHANGE_NOTE: Text = Text {
    field: "changeNote",
    label: "change note",
    max_chars: 2000,
    multiline: true,
};
/// The most indicators an item names.
pub const MAX_ITEM_INDICATORS: usize = 20;
/// The most findings an item links.
pub const MAX_ITEM_FINDINGS: usize = 50;
/// The most items of one draft.
pub const MAX_ITEMS: usize = 200;
/// The most comments on one draft.
pub const MAX_COMMENTS: usize = 500;

macro_rules! names {
    ($ty:ty, $what:literal) => {
        impl $ty {
            /// The stored and GraphQL name.
            pub fn as_str(self) -> &'static str {
                self.into()
            }
        }

        impl std::str::FromStr for $ty {
            type Err = crate::lifecycle::UnknownName;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty as VariantArray>::VARIANTS
                    .iter()
                    .copied()
                    .find(|k| k.as_str() == s)
                    .ok_or_else(|| crate::lifecycle::UnknownName::new($what, s))
            }
        }
    };
}

/// A section of the report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum SectionKey {
    Context,
    Focus,
    WhatTheTeamDid,
    Strengths,
    AreasForImprovement,
    NextSteps,
}

/// A structured item's kind.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum ItemKind {
    Strength,
    AreaForImprovement,
}

/// Where a comment stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum CommentStatus {
    Open,
    Accepted,
    Rejected,
}

/// In which capacity someone approved.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum ApprovalRole {
    HostLead,
    ProgrammeOfficer,
}

names!(SectionKey, "report section");
names!(ItemKind, "report item kind");
names!(CommentStatus, "report comment status");
names!(ApprovalRole, "report approval role");

/// Every section, in the report's order.
pub const SECTIONS: &[SectionKey] = <SectionKey as VariantArray>::VARIANTS;

impl SectionKey {
    /// The section's heading.
    pub fn title(self) -> &'static str {
        match self {
            SectionKey::Context => "Context",
            SectionKey::Focus => "Focus and key questions",
            SectionKey::WhatTheTeamDid => "What the team did",
            SectionKey::Strengths => "Strengths",
            SectionKey::AreasForImprovement => "Areas for improvement",
            SectionKey::NextSteps => "Next steps",
        }
    }

    /// The section that holds items of a kind.
    pub fn of_kind(kind: ItemKind) -> SectionKey {
        match kind {
            ItemKind::Strength => SectionKey::Strengths,
            ItemKind::AreaForImprovement => SectionKey::AreasForImprovement,
        }
    }
}

impl ItemKind {
    /// As people read it.
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Strength => "strength",
            ItemKind::AreaForImprovement => "area for improvement",
        }
    }
}

/// A prose section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub key: SectionKey,
    pub text: String,
}

/// A strength or an area for improvement; its id is kept across drafts,
/// versions and corrections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub id: Uuid,
    pub kind: ItemKind,
    pub text: String,
    pub indicators: Vec<String>,
    pub finding_ids: Vec<Uuid>,
}

/// A factual-accuracy comment and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub id: Uuid,
    pub section_key: SectionKey,
    pub item_id: Option<Uuid>,
    pub author_id: Uuid,
    pub text: String,
    pub created_at: DateTime<Utc>,
    pub status: CommentStatus,
    pub reply: Option<String>,
    pub answered_by: Option<Uuid>,
    pub answered_at: Option<DateTime<Utc>>,
}

/// An approval of one draft version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Approval {
    pub by: Uuid,
    pub role: ApprovalRole,
    /// For a host lead: the authority approved for.
    pub authority_id: Option<Uuid>,
    pub draft_version: i32,
    pub at: DateTime<Utc>,
}

/// The report being drafted or corrected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// Raised by every edit.
    pub draft_version: i32,
    /// The prose sections, in [`SectionKey`] order.
    pub sections: Vec<Section>,
    /// Strengths and areas for improvement, each kind in its order.
    pub items: Vec<Item>,
    pub comments: Vec<Comment>,
    /// Approvals (only those of the current draft version count).
    pub approvals: Vec<Approval>,
    pub shared_with_host_at: Option<DateTime<Utc>>,
    /// A correction of a published report is open.
    pub correction_open: bool,
    /// The note opening the current (or last) correction.
    pub change_note: Option<String>,
}

/// The content a published version freezes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    pub sections: Vec<Section>,
    pub items: Vec<Item>,
}

impl Draft {
    /// One section's text.
    pub fn section(&self, key: SectionKey) -> &str {
        self.sections
            .iter()
            .find(|s| s.key == key)
            .map(|s| s.text.as_str())
            .unwrap_or("")
    }

    /// Items of a kind, in order.
    pub fn items_of(&self, kind: ItemKind) -> Vec<&Item> {
        self.items.iter().filter(|i| i.kind == kind).collect()
    }

    /// An item's position among those of its kind (0-based).
    pub fn position(&self, item_id: Uuid) -> Option<usize> {
        let item = self.items.iter().find(|i| i.id == item_id)?;
        self.items_of(item.kind)
            .iter()
            .position(|i| i.id == item_id)
    }

    /// Approvals of the current draft version.
    pub fn current_approvals(&self) -> Vec<&Approval> {
        self.approvals
            .iter()
            .filter(|a| a.draft_version == self.draft_version)
            .collect()
    }

    /// Comments still open.
    pub fn open_comments(&self) -> u32 {
        self.comments
            .iter()
            .filter(|c| c.status == CommentStatus::Open)
            .count() as u32
    }

    /// Whether a host lead has approved the current version for `authority`.
    pub fn host_approved(&self, authority: Uuid) -> bool {
        self.current_approvals()
            .iter()
            .any(|a| a.role == ApprovalRole::HostLead && a.authority_id == Some(authority))
    }

    /// Whether a programme officer has approved the current version.
    pub fn programme_officer_approved(&self) -> bool {
        self.current_approvals()
            .iter()
            .any(|a| a.role == ApprovalRole::ProgrammeOfficer)
    }

    /// The content to publish.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            sections: self.sections.clone(),
            items: self.items.clone(),
        }
    }

    /// An edit: the version goes up and the approvals stop counting (they
    /// are cleared).
    fn edited(&mut self) {
        self.draft_version += 1;
        self.approvals.clear();
    }

    /// Replaces a section's text.
    pub fn set_section(&mut self, key: SectionKey, text: String) {
        match self.sections.iter_mut().find(|s| s.key == key) {
            Some(s) => s.text = text,
            None => self.sections.push(Section { key, text }),
        }
        self.edited();
    }

    /// Adds an item at the end of its kind.
    pub fn add_item(&mut self, item: Item) {
        self.items.push(item);
        self.edited();
    }

    /// Replaces an item's content (its id kept). A change of kind moves it
    /// to the end of the other kind.
    pub fn update_item(&mut self, id: Uuid, content: ItemContent) -> bool {
        let Some(at) = self.items.iter().position(|i| i.id == id) else {
            return false;
        };
        let mut item = self.items.remove(at);
        let kind_changed = item.kind != content.kind;
        item.kind = content.kind;
        item.text = content.text;
        item.indicators = content.indicators;
        item.finding_ids = content.finding_ids;
        if kind_changed {
            self.items.push(item);
        } else {
            self.items.insert(at, item);
        }
        self.edited();
        true
    }

    /// Removes an item.
    pub fn remove_item(&mut self, id: Uuid) -> Option<Item> {
        let at = self.items.iter().position(|i| i.id == id)?;
        let item = self.items.remove(at);
        self.edited();
        Some(item)
    }

    /// Moves an item to `position` among its kind (clamped).
    pub fn move_item(&mut self, id: Uuid, position: usize) -> bool {
        let Some(at) = self.items.iter().position(|i| i.id == id) else {
            return false;
        };
        let item = self.items.remove(at);
        let kind = item.kind;
        let same: Vec<usize> = self
            .items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.kind == kind)
            .map(|(n, _)| n)
            .collect();
        let index = if position >= same.len() {
            same.last().map(|n| n + 1).unwrap_or(self.items.len())
        } else {
            same[position]
        };
        self.items.insert(index, item);
        self.edited();
        true
    }

    /// Opens a correction from the latest published content: comments,
    /// approvals and sharing start again.
    pub fn open_correction(&mut self, published: &Snapshot, note: String) {
        self.sections = published.sections.clone();
        self.items = published.items.clone();
        self.comments.clear();
        self.shared_with_host_at = None;
        self.correction_open = true;
        self.change_note = Some(note);
        self.edited();
    }
}

/// An item's content, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemContent {
    pub kind: ItemKind,
    pub text: String,
    pub indicators: Vec<String>,
    pub finding_ids: Vec<Uuid>,
}

/// Checks an item's content against the review's framework indicators and
/// agreed findings, listing every reason it is refused.
pub fn check_item(
    kind: ItemKind,
    text: &str,
    indicators: &[String],
    finding_ids: &[Uuid],
    framework_indicators: &[String],
    agreed_findings: &[Uuid],
) -> Result<ItemContent, Vec<Invalid>> {
    let mut reasons: Vec<Invalid> = Vec::new();
    let text = ITEM_TEXT.parse(text).map_err(|e| reasons.push(e));
    if indicators.len() > MAX_ITEM_INDICATORS {
        reasons.push((
            "indicators",
            format!("An item names at most {MAX_ITEM_INDICATORS} quality indicators"),
        ));
    } else {
        for raw in indicators {
            let number = raw.trim();
            if !framework_indicators.iter().any(|n| n == number) {
                let shown: String = number.chars().take(20).collect();
                reasons.push((
                    "indicators",
                    format!("“{shown}” is not a quality indicator of this review's framework"),
                ));
            }
        }
    }
    if finding_ids.len() > MAX_ITEM_FINDINGS {
        reasons.push((
            "findingIds",
            format!("An item links at most {MAX_ITEM_FINDINGS} findings"),
        ));
    } else {
        for id in finding_ids {
            if !agreed_findings.contains(id) {
                reasons.push((
                    "findingIds",
                    format!("Finding {id} is not an agreed finding of this review"),
                ));
            }
        }
    }
    match text {
        Ok(text) if reasons.is_empty() => {
            let mut ids: Vec<Uuid> = Vec::new();
            for id in finding_ids {
                if !ids.contains(id) {
                    ids.push(*id);
                }
            }
            Ok(ItemContent {
                kind,
                text,
                indicators: framework_indicators
                    .iter()
                    .filter(|n| indicators.iter().any(|i| i.trim() == n.as_str()))
                    .cloned()
                    .collect(),
                finding_ids: ids,
            })
        }
        _ => Err(reasons),
    }
}

/// Checks a section's new text (blank allowed).
pub fn check_section_text(text: &str) -> Result<String, Invalid> {
    SECTION_TEXT.check(text)?;
    Ok(text.trim().to_owned())
}

/// Checks what a comment points at: the item, if named, must exist and be
/// in the named section.
pub fn check_comment_target(
    draft: &Draft,
    section: SectionKey,
    item_id: Option<Uuid>,
) -> Result<(), Vec<Invalid>> {
    let mut reasons: Vec<Invalid> = Vec::new();
    if let Some(id) = item_id {
        match draft.items.iter().find(|i| i.id == id) {
            None => reasons.push((
                "itemId",
                "That item is no longer in the draft; comment on the section or another item"
                    .into(),
            )),
            Some(item) if SectionKey::of_kind(item.kind) != section => reasons.push((
                "sectionKey",
                format!(
                    "That item is in “{}”, not “{}”",
                    SectionKey::of_kind(item.kind).title(),
                    section.title()
                ),
            )),
            Some(_) => {}
        }
    }
    if draft.comments.len() >= MAX_COMMENTS {
        reasons.push((
            "text",
            format!("A draft takes at most {MAX_COMMENTS} comments"),
        ));
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(reasons)
    }
}

/// The actor's role when approving, for this review's hosts.
pub fn approval_roles(actor: &Actor, host_ids: &[Uuid]) -> Vec<(ApprovalRole, Option<Uuid>)> {
    let mut roles: Vec<(ApprovalRole, Option<Uuid>)> = actor
        .host_lead_of
        .iter()
        .filter(|a| host_ids.contains(a))
        .map(|a| (ApprovalRole::HostLead, Some(*a)))
        .collect();
    if actor.programme_officer {
        roles.push((ApprovalRole::ProgrammeOfficer, None));
    }
    roles
}

/// Whether the state allows a draft to be edited without an open
/// correction.
pub fn drafting(state: ReviewState) -> bool {
    state == ReviewState::ReportDrafted
}

/// Whether a published report may be corrected in this state.
pub fn correctable(state: ReviewState) -> bool {
    matches!(state, ReviewState::ReportPublished | ReviewState::FollowUp)
}
