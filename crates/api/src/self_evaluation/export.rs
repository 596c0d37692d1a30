//! A host's self-evaluation as CSV, one row per indicator, for whoever may
//! read it (the same use case and rights as `selfEvaluations`), served by
//! `GET /reviews/{id}/self-evaluations/{authority}/export.csv`. Every text
//! cell is defused against spreadsheet formulas (see
//! `review::history::defuse`) and quoted.

use super::{use_cases, SelfEvaluationView};
use crate::auth::{sign_in_required, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::review::history::{csv_writer, defuse};
use crate::ApiContext;
use uuid::Uuid;

/// The CSV's columns, in order.
pub const COLUMNS: [&str; 10] = [
    "number",
    "title",
    "grade",
    "grade_label",
    "evidence",
    "strengths",
    "areas_for_improvement",
    "answers",
    "last_edited_by",
    "last_edited_at",
];

/// A CSV download: its file name and text.
pub struct Export {
    pub file_name: String,
    pub csv: String,
}

/// The self-evaluation of `authority_id` on `review_id`, for those who may
/// read it; NOT_FOUND when that authority does not host the review.
pub async fn csv(
    app: &ApiContext,
    viewer: &Viewer,
    review_id: Uuid,
    authority_id: Uuid,
) -> ApiResult<Export> {
    let user = viewer
        .user
        .as_ref()
        .ok_or_else(|| sign_in_required(viewer))?;
    let own = use_cases::read(app, user, review_id)
        .await?
        .into_iter()
        .find(|s| s.authority_id == authority_id)
        .ok_or_else(|| ApiError::NotFound("That authority does not host this review.".into()))?;
    Ok(Export {
        file_name: format!("self-evaluation-{review_id}-{authority_id}.csv"),
        csv: to_csv(&own),
    })
}

/// The answers as one cell: each question followed by its answer, a blank
/// line between them; unanswered questions left out.
fn answers_cell(questions: &[String], answers: &[String]) -> String {
    answers
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.trim().is_empty())
        .map(|(i, a)| match questions.get(i) {
            Some(q) => format!("{q}\n{a}"),
            None => a.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// RFC 4180 CSV with the [`COLUMNS`] header: every cell quoted but the
/// grade, every text defused.
pub fn to_csv(own: &SelfEvaluationView) -> String {
    let framework = own.framework.as_deref();
    let label = |grade: Option<u8>| -> String {
        grade
            .and_then(|g| framework?.scale.iter().find(|l| l.level == g))
            .map(|l| l.label.clone())
            .unwrap_or_default()
    };
    let questions = framework.map(|f| f.questions.as_slice()).unwrap_or(&[]);
    let write = || -> Result<Vec<u8>, Box<dyn std::error::Error>> {
        let mut out = csv_writer(&COLUMNS)?;
        for i in &own.indicators {
            let content = i.entry.as_ref().map(|e| &e.content);
            let grade = content.and_then(|c| c.grade);
            let text = |s: Option<&String>| defuse(s.map(String::as_str).unwrap_or(""));
            out.write_field(defuse(&i.number))?;
            out.write_field(defuse(&i.title))?;
            out.write_field(grade.map(|g| g.to_string()).unwrap_or_default())?;
            out.write_field(defuse(&label(grade)))?;
            out.write_field(text(content.map(|c| &c.evidence)))?;
            out.write_field(text(content.map(|c| &c.strengths)))?;
            out.write_field(text(content.map(|c| &c.areas_for_improvement)))?;
            out.write_field(defuse(&answers_cell(
                questions,
                content.map(|c| c.answers.as_slice()).unwrap_or(&[]),
            )))?;
            out.write_field(defuse(
                i.last_edited_by
                    .as_ref()
                    .map(|p| p.name.as_str())
                    .unwrap_or(""),
            ))?;
            out.write_record([i
                .entry
                .as_ref()
                .filter(|e| e.version > 0)
                .map(|e| e.updated_at.to_rfc3339())
                .unwrap_or_default()])?;
        }
        Ok(out.into_inner()?)
    };
    // Writing to memory does no I/O, so it cannot fail.
    String::from_utf8(write().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::self_evaluation::{IndicatorView, PersonName};
    use domain::self_evaluation::{EntryContent, Perspective};
    use std::sync::Arc;

    /// The shipped illustrative framework (17 indicators, three questions).
    fn framework() -> domain::Framework {
        domain::Framework::from_json(include_str!(
            "../../../../data/frameworks/authority-illustrative.json"
        ))
        .expect("the shipped framework")
    }

    fn indicator(number: &str, title: &str, content: Option<EntryContent>) -> IndicatorView {
        let at = chrono::DateTime::parse_from_rfc3339("2025-01-02T03:04:05Z")
            .unwrap()
            .to_utc();
        IndicatorView {
            key_area_number: "1".into(),
            key_area_title: "Outcomes".into(),
            number: number.into(),
            title: title.into(),
            themes: Vec::new(),
            last_edited_by: content.as_ref().map(|_| PersonName {
                id: Uuid::nil(),
                name: "@Lindsay Lead".into(),
            }),
            entry: content.map(|content| store::self_evaluation::Entry {
                id: Uuid::nil(),
                self_evaluation_id: Uuid::nil(),
                perspective: Perspective::Host,
                indicator: number.into(),
                content,
                version: 2,
                updated_by: Some(Uuid::nil()),
                updated_at: at,
            }),
            graded: true,
            documents: Vec::new(),
        }
    }

    fn view(indicators: Vec<IndicatorView>) -> SelfEvaluationView {
        SelfEvaluationView {
            review_id: Uuid::nil(),
            authority_id: Uuid::nil(),
            authority_name: "Fife".into(),
            stored: None,
            framework: Some(Arc::new(framework())),
            mode: domain::lifecycle::SelfEvaluationMode::Rubric,
            graded: true,
            can_edit: false,
            indicators,
            documents: Vec::new(),
            submitted_by: None,
        }
    }

    fn read(csv: &str) -> Vec<Vec<String>> {
        csv::Reader::from_reader(csv.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn one_row_per_indicator_with_the_grade_its_label_and_who_last_edited_it() {
        let csv = to_csv(&view(vec![
            indicator(
                "1.1",
                "Improvements in performance",
                Some(EntryContent {
                    grade: Some(4),
                    evidence: "Attainment data, 2019-24".into(),
                    strengths: "Senior phase".into(),
                    areas_for_improvement: "Broad general education".into(),
                    answers: vec!["Well".into(), "".into()],
                }),
            ),
            indicator("1.2", "Fulfilment of statutory duties", None),
        ]));
        assert!(csv.starts_with("number,title,grade,grade_label,evidence,strengths,areas_for_improvement,answers,last_edited_by,last_edited_at\r\n"), "{csv}");
        let rows = read(&csv);
        assert_eq!(rows.len(), 2);
        assert_eq!(
            rows[0],
            [
                "1.1",
                "Improvements in performance",
                "4",
                "good",
                "Attainment data, 2019-24",
                "Senior phase",
                "Broad general education",
                "How are we doing?\nWell",
                "'@Lindsay Lead",
                "2025-01-02T03:04:05+00:00"
            ]
        );
        assert_eq!(
            rows[1],
            [
                "1.2",
                "Fulfilment of statutory duties",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                ""
            ]
        );
    }

    #[test]
    fn a_cell_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
        for (typed, cell) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("fine", "fine"),
        ] {
            let csv = to_csv(&view(vec![indicator(
                "1.1",
                "Improvements in performance",
                Some(EntryContent {
                    evidence: typed.into(),
                    ..EntryContent::default()
                }),
            )]));
            assert_eq!(read(&csv)[0][4], cell, "{typed:?}");
        }
    }
}
