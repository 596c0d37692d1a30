//! What a programme sets, after its kind's defaults, with the checks on
//! it; its name; and what it does about authorities reviewing each other.

use super::Invalid;
use crate::lifecycle::{ProgrammeKind, ProgrammeRules};
use serde::{Deserialize, Serialize};

/// What a CI or Quads programme does about authorities reviewing each
/// other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Reciprocity {
    /// A reviewing B while B reviews A in the same phase is a conflict to
    /// resolve (CI).
    Flag,
    /// The authorities of a quad review each other (Quads).
    Expected,
}

impl Reciprocity {
    pub fn as_str(self) -> &'static str {
        match self {
            Reciprocity::Flag => "FLAG",
            Reciprocity::Expected => "EXPECTED",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "FLAG" => Some(Self::Flag),
            "EXPECTED" => Some(Self::Expected),
            _ => None,
        }
    }
}

/// Everything a programme sets, after its kind's defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeSettings {
    /// What the lifecycle's guards apply.
    pub rules: ProgrammeRules,
    /// Every required indicator must be graded.
    pub grading_required: bool,
    /// The framework, by id and version.
    pub framework: Option<(String, i32)>,
    /// The report is published.
    pub public_report_required: bool,
    pub reciprocity: Reciprocity,
}

impl ProgrammeSettings {
    /// The kind's defaults (domain.md): CI evidence only, reciprocity
    /// flagged; Quads a graded rubric, reciprocity expected.
    /// Both a three-day visit, a team of 6–12 and a public report.
    pub fn defaults_for(kind: ProgrammeKind) -> Self {
        ProgrammeSettings {
            rules: ProgrammeRules::defaults_for(kind),
            grading_required: kind == ProgrammeKind::Quads,
            // Chosen per programme from the loaded frameworks.
            framework: None,
            public_report_required: true,
            reciprocity: match kind {
                ProgrammeKind::Ci => Reciprocity::Flag,
                ProgrammeKind::Quads => Reciprocity::Expected,
            },
        }
    }

    /// Team bounds that make sense and a visit of one to ten days.
    pub fn check(&self) -> Result<(), Invalid> {
        let r = &self.rules;
        if r.team_size_min < 2 {
            return Err(("teamSizeMin", "A team needs at least two members".into()));
        }
        if r.team_size_max < r.team_size_min {
            return Err((
                "teamSizeMax",
                format!(
                    "The largest team ({}) is smaller than the smallest ({})",
                    r.team_size_max, r.team_size_min
                ),
            ));
        }
        if r.team_size_max > 30 {
            return Err((
                "teamSizeMax",
                "A team of more than 30 is not a review team".into(),
            ));
        }
        if !(1..=10).contains(&r.visit_length_days) {
            return Err((
                "visitLengthDays",
                "A visit lasts from 1 to 10 working days".into(),
            ));
        }
        if let Some((id, version)) = &self.framework {
            if id.trim().is_empty() || *version < 1 {
                return Err((
                    "framework",
                    "Name the framework by id and a version of 1 or more".into(),
                ));
            }
        }
        Ok(())
    }
}

/// A programme's name: not blank, at most 200 characters.
pub fn parse_programme_name(raw: &str) -> Result<String, Invalid> {
    crate::text::PROGRAMME_NAME.parse_collapsed(raw)
}
