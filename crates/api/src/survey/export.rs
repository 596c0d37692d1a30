//! The aggregated counts of a cut as CSV: one row per statement, counts
//! only (no percentages, comments or organisation types), for whoever may
//! see the cut's results.

use super::use_cases;
use crate::auth::Viewer;
use crate::error::ApiResult;
use crate::review::history::{csv_writer, defuse};
use crate::ApiContext;
use domain::survey::Answer;
use store::survey::Cut;
use uuid::Uuid;

/// The header row.
pub const COLUMNS: [&str; 8] = [
    "position",
    "statement",
    "strongly_agree",
    "agree",
    "disagree",
    "strongly_disagree",
    "dont_know",
    "answers",
];

/// A CSV download.
pub struct Export {
    pub file_name: String,
    pub csv: String,
}

pub async fn csv(
    app: &ApiContext,
    viewer: &Viewer,
    programme_id: Uuid,
    phase: Option<i32>,
    review_id: Option<Uuid>,
) -> ApiResult<Export> {
    let results = use_cases::results(app, viewer, programme_id, phase, review_id).await?;
    let file_name = match results.cut {
        Cut::Programme(_) => format!("survey-results-{programme_id}.csv"),
        Cut::Phase(_, p) => format!("survey-results-{programme_id}-phase-{p}.csv"),
        Cut::Review(r) => format!("survey-results-{programme_id}-review-{r}.csv"),
    };
    let write = || -> Result<Vec<u8>, Box<dyn std::error::Error>> {
        let mut out = csv_writer(&COLUMNS)?;
        for (s, tally) in results.statements.iter().zip(&results.results.statements) {
            out.write_field(s.position.to_string())?;
            out.write_field(defuse(&s.text))?;
            for a in Answer::ALL {
                out.write_field(tally.counts[a.index()].to_string())?;
            }
            out.write_record([tally.counts.iter().sum::<u32>().to_string()])?;
        }
        Ok(out.into_inner()?)
    };
    // Writing to memory does no I/O, so it cannot fail.
    let csv = String::from_utf8(write().unwrap_or_default()).unwrap_or_default();
    Ok(Export { file_name, csv })
}
