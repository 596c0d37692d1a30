//! Comparing self-evaluations through the API (rules in domain
//! `quad_comparison`): `quadComparison(quadId)`, the four authorities'
//! submitted grades per indicator side by side, and
//! `nationalDistribution(frameworkId, version)`, how many authorities gave
//! each grade to each indicator, with no authority named, or why it is
//! hidden.

use crate::reference::Framework;
use async_graphql::SimpleObject;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// One authority of a quad, with the self-evaluation its grades come from.
#[derive(SimpleObject)]
pub struct QuadComparisonAuthority {
    pub authority_id: Uuid,
    pub name: String,
    /// The review whose self-evaluation is compared (the authority's latest
    /// submitted in the quad); none while it has submitted none.
    pub review_id: Option<Uuid>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// The framework version its self-evaluation was made on.
    pub framework_version: Option<i32>,
    /// Its grades are in the comparison: submitted, on the compared
    /// framework version. Grades given on another version are not compared.
    pub compared: bool,
}

/// One authority's grade for one indicator.
#[derive(SimpleObject)]
pub struct QuadGrade {
    pub authority_id: Uuid,
    /// None when not submitted, not compared or not graded.
    pub grade: Option<i32>,
}

/// One indicator with each authority's grade, in the authorities' order.
#[derive(SimpleObject)]
pub struct QuadComparisonIndicator {
    pub key_area_number: String,
    pub key_area_title: String,
    pub number: String,
    pub title: String,
    pub grades: Vec<QuadGrade>,
}

/// A quad's four authorities' submitted self-evaluation grades side by
/// side: for the users of those authorities, the teams of the quad's
/// reviews and programme officers.
#[derive(SimpleObject)]
pub struct QuadComparison {
    pub quad_id: Uuid,
    pub name: String,
    pub session: String,
    /// The framework version compared: the one most of the submitted
    /// self-evaluations were made on (the later on a tie); none until one
    /// is submitted.
    pub framework: Option<Framework>,
    /// The four authorities, by name.
    pub authorities: Vec<QuadComparisonAuthority>,
    /// Every indicator of the compared framework, in its order.
    pub indicators: Vec<QuadComparisonIndicator>,
}

/// How many authorities gave one grade.
#[derive(SimpleObject)]
pub struct GradeCount {
    pub grade: i32,
    /// The level's label on the framework's scale, e.g. "good".
    pub label: String,
    pub authorities: i32,
}

/// One indicator's national distribution.
#[derive(SimpleObject)]
pub struct IndicatorDistribution {
    pub number: String,
    pub title: String,
    /// Every level of the scale, 6 down to 1, zeros included.
    pub counts: Vec<GradeCount>,
    /// Authorities counted that gave this indicator no grade.
    pub ungraded: i32,
}

/// The national distribution of self-evaluation grades on one framework
/// version: each authority's latest submitted self-evaluation on it,
/// counted once, with no authority named. Hidden (with the reason) until at
/// least five counted authorities lie outside the viewer's own quads.
#[derive(SimpleObject)]
pub struct NationalDistribution {
    pub framework: Framework,
    pub hidden: bool,
    /// Why it is hidden, for the page to show.
    pub reason: Option<String>,
    /// Authorities counted; none while hidden.
    pub authorities: Option<i32>,
    /// Per indicator; empty while hidden.
    pub indicators: Vec<IndicatorDistribution>,
}
