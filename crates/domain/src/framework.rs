//! Frameworks: versioned libraries of key areas, quality indicators, themes,
//! questions and the six-point scale. Loaded from files and never edited in
//! place once loaded: the same id and version must always mean the same
//! content.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashSet;

/// One level of the six-point scale (6 excellent … 1 unsatisfactory).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScaleLevel {
    pub level: u8,
    pub label: String,
    pub meaning: String,
}

/// A quality indicator; themes (where the framework has them) are never graded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QualityIndicator {
    pub number: String,
    pub title: String,
    #[serde(default)]
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyArea {
    pub number: String,
    pub title: String,
    pub quality_indicators: Vec<QualityIndicator>,
}

/// Whether every indicator must be graded before a self-evaluation is submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grading {
    Optional,
    Required,
}

/// A framework as its data file states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub year: Option<i32>,
    pub version: i32,
    pub applies_to: String,
    #[serde(default)]
    pub about: String,
    pub scale: Vec<ScaleLevel>,
    #[serde(default)]
    pub grading_rules: Vec<String>,
    pub grading: Grading,
    #[serde(default)]
    pub questions: Vec<String>,
    pub key_areas: Vec<KeyArea>,
}

/// Longest framework id (it is a lookup key in requests too).
pub const MAX_ID_CHARS: usize = 100;

/// Why a framework file cannot be loaded; `field` is a path into the file
/// such as `key_areas[1].quality_indicators[0].number`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameworkError {
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error(
        "{field}: differs from the already-loaded framework {id} version {version}; \
         a changed framework must be loaded as a new version"
    )]
    ChangedUnderSameVersion {
        id: String,
        version: i32,
        field: String,
    },
}

impl Framework {
    /// Parses and validates a framework document.
    pub fn from_json(text: &str) -> Result<Self, FrameworkError> {
        let framework: Framework =
            serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text))
                .map_err(|e| FrameworkError::Invalid {
                    field: json_error_field(e.path(), e.inner()),
                    message: e.inner().to_string(),
                })?;
        framework.validate()?;
        Ok(framework)
    }

    fn validate(&self) -> Result<(), FrameworkError> {
        let invalid = |field: String, message: &str| {
            Err(FrameworkError::Invalid {
                field,
                message: message.to_string(),
            })
        };
        let id_ok = !self.id.is_empty()
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return invalid(
                "id".into(),
                "must be lower-case letters, digits and hyphens",
            );
        }
        if self.version < 1 {
            return invalid("version".into(), "must be 1 or more");
        }
        if self.id.chars().count() > MAX_ID_CHARS {
            return invalid(
                "id".into(),
                &format!("must be at most {MAX_ID_CHARS} characters"),
            );
        }
        if self.name.trim().is_empty() {
            return invalid("name".into(), "must not be empty");
        }
        if self.applies_to.trim().is_empty() {
            return invalid(
                "applies_to".into(),
                "must say what the framework is for, e.g. local_authority",
            );
        }
        for (i, q) in self.questions.iter().enumerate() {
            if q.trim().is_empty() {
                return invalid(format!("questions[{i}]"), "must not be empty");
            }
        }
        let levels: Vec<u8> = self.scale.iter().map(|s| s.level).collect();
        if levels != [6, 5, 4, 3, 2, 1] {
            return invalid("scale".into(), "must list the six levels from 6 down to 1");
        }
        for (i, level) in self.scale.iter().enumerate() {
            if level.label.trim().is_empty() {
                return invalid(format!("scale[{i}].label"), "must not be empty");
            }
        }
        if self.key_areas.is_empty() {
            return invalid("key_areas".into(), "must list at least one key area");
        }
        let mut seen = HashSet::new();
        let mut areas = HashSet::new();
        for (k, area) in self.key_areas.iter().enumerate() {
            if area.number.trim().is_empty() || area.title.trim().is_empty() {
                return invalid(format!("key_areas[{k}]"), "needs a number and a title");
            }
            if !areas.insert(area.number.trim()) {
                return invalid(
                    format!("key_areas[{k}].number"),
                    "repeats a key area number",
                );
            }
            if area.quality_indicators.is_empty() {
                return invalid(
                    format!("key_areas[{k}].quality_indicators"),
                    "must list at least one quality indicator",
                );
            }
            for (q, qi) in area.quality_indicators.iter().enumerate() {
                let field = format!("key_areas[{k}].quality_indicators[{q}]");
                if qi.number.trim().is_empty() || qi.title.trim().is_empty() {
                    return invalid(field, "needs a number and a title");
                }
                if !seen.insert(qi.number.clone()) {
                    return invalid(format!("{field}.number"), "repeats an indicator number");
                }
            }
        }
        Ok(())
    }

    /// Every quality indicator in framework order.
    pub fn indicators(&self) -> impl Iterator<Item = &QualityIndicator> {
        self.key_areas
            .iter()
            .flat_map(|a| a.quality_indicators.iter())
    }

    /// Checks that `self` may be loaded where `stored` already is: identical
    /// content is a no-op (Ok), anything else names the first differing field.
    pub fn check_same_as(&self, stored: &Framework) -> Result<(), FrameworkError> {
        let a = serde_json::to_value(self).unwrap_or(Value::Null);
        let b = serde_json::to_value(stored).unwrap_or(Value::Null);
        match first_difference(&a, &b, String::new()) {
            None => Ok(()),
            Some(field) => Err(FrameworkError::ChangedUnderSameVersion {
                id: self.id.clone(),
                version: self.version,
                field,
            }),
        }
    }
}

/// The path of the first place where two JSON values differ.
fn first_difference(a: &Value, b: &Value, path: String) -> Option<String> {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter().find_map(|k| {
                let (va, vb) = (
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                );
                first_difference(va, vb, join(k))
            })
        }
        (Value::Array(x), Value::Array(y)) => {
            let common = x
                .iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (va, vb))| first_difference(va, vb, format!("{path}[{i}]")));
            common.or_else(|| (x.len() != y.len()).then(|| path.clone()))
        }
        _ if a == b => None,
        _ => Some(if path.is_empty() {
            "(document)".into()
        } else {
            path
        }),
    }
}

/// Where in the file a parse error is: the path to it
/// (`key_areas[0].quality_indicators[1]`), ending in the field a
/// "missing field" or "unknown field" error names; a line and column when
/// the text is not JSON at all.
fn json_error_field(path: &serde_path_to_error::Path, e: &serde_json::Error) -> String {
    let text = e.to_string();
    let named = ["missing field `", "unknown field `"]
        .iter()
        .find_map(|lead| {
            let rest = &text[text.find(lead)? + lead.len()..];
            Some(rest[..rest.find('`')?].to_string())
        });
    let at = path.to_string();
    match (at.as_str(), named) {
        (".", Some(name)) => name,
        (".", None) if e.is_syntax() || e.is_eof() => {
            format!("line {} column {}", e.line(), e.column())
        }
        (".", None) => "(document)".into(),
        (at, Some(name)) if !at.ends_with(&name) => format!("{at}.{name}"),
        (at, _) => at.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> String {
        r#"{
          "id": "hgios4", "name": "How good is our school?", "version": 1,
          "applies_to": "school", "grading": "optional",
          "scale": [
            {"level": 6, "label": "excellent", "meaning": "outstanding"},
            {"level": 5, "label": "very good", "meaning": "major strengths"},
            {"level": 4, "label": "good", "meaning": "important strengths"},
            {"level": 3, "label": "satisfactory", "meaning": "just outweigh"},
            {"level": 2, "label": "weak", "meaning": "important weaknesses"},
            {"level": 1, "label": "unsatisfactory", "meaning": "major weaknesses"}
          ],
          "key_areas": [
            {"number": "1", "title": "Leadership", "quality_indicators": [
              {"number": "1.1", "title": "Self-evaluation"},
              {"number": "1.2", "title": "Leadership of learning", "themes": ["a"]}
            ]}
          ]
        }"#
        .to_string()
    }

    #[test]
    fn a_well_formed_framework_parses_with_its_indicators_in_order() {
        let f = Framework::from_json(&sample()).unwrap();
        let numbers: Vec<_> = f.indicators().map(|q| q.number.as_str()).collect();
        assert_eq!(numbers, ["1.1", "1.2"]);
        assert_eq!(f.grading, Grading::Optional);
    }

    #[test]
    fn a_missing_field_is_named() {
        let text = sample().replace(r#""applies_to": "school","#, "");
        let err = Framework::from_json(&text).unwrap_err();
        assert!(matches!(err, FrameworkError::Invalid { ref field, .. } if field == "applies_to"));
    }

    #[test]
    fn a_scale_without_six_levels_is_refused() {
        let text = sample().replace(
            r#"{"level": 1, "label": "unsatisfactory", "meaning": "major weaknesses"}"#,
            r#"{"level": 0, "label": "x", "meaning": "y"}"#,
        );
        let err = Framework::from_json(&text).unwrap_err();
        assert!(matches!(err, FrameworkError::Invalid { ref field, .. } if field == "scale"));
    }

    #[test]
    fn a_repeated_indicator_number_is_refused_naming_where() {
        let text = sample().replace(r#""number": "1.2""#, r#""number": "1.1""#);
        let err = Framework::from_json(&text).unwrap_err();
        assert_eq!(
            err,
            FrameworkError::Invalid {
                field: "key_areas[0].quality_indicators[1].number".into(),
                message: "repeats an indicator number".into()
            }
        );
    }

    /// The sample with one edit, and the field its refusal names.
    fn refused_field(edit: impl FnOnce(&mut Value)) -> String {
        let mut doc: Value = serde_json::from_str(&sample()).unwrap();
        edit(&mut doc);
        match Framework::from_json(&doc.to_string()) {
            Err(FrameworkError::Invalid { field, .. }) => field,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn missing_indicators_and_repeated_key_areas_are_refused_naming_where() {
        assert_eq!(
            refused_field(|d| d["key_areas"] = serde_json::json!([])),
            "key_areas"
        );
        assert_eq!(
            refused_field(|d| d["key_areas"][0]["quality_indicators"] = serde_json::json!([])),
            "key_areas[0].quality_indicators"
        );
        assert_eq!(
            refused_field(|d| d["key_areas"][0]["quality_indicators"][1]
                .as_object_mut()
                .unwrap()
                .remove("title")
                .map(|_| ())
                .unwrap_or(())),
            "key_areas[0].quality_indicators[1].title"
        );
        assert_eq!(
            refused_field(|d| {
                let again = serde_json::json!({"number": "1", "title": "Again",
                    "quality_indicators": [{"number": "2.1", "title": "T"}]});
                d["key_areas"].as_array_mut().unwrap().push(again);
            }),
            "key_areas[1].number"
        );
    }

    #[test]
    fn a_bad_scale_an_empty_question_or_purpose_and_a_long_id_are_refused_naming_the_field() {
        assert_eq!(
            refused_field(|d| d["scale"][2]["level"] = serde_json::json!(7)),
            "scale"
        );
        assert_eq!(
            refused_field(|d| d["scale"][0]["label"] = serde_json::json!(" ")),
            "scale[0].label"
        );
        assert_eq!(
            refused_field(|d| d["questions"] = serde_json::json!(["How are we doing?", " "])),
            "questions[1]"
        );
        assert_eq!(
            refused_field(|d| d["applies_to"] = serde_json::json!("")),
            "applies_to"
        );
        assert_eq!(
            refused_field(|d| d["id"] = serde_json::json!("x".repeat(MAX_ID_CHARS + 1))),
            "id"
        );
        assert_eq!(
            refused_field(|d| d["version"] = serde_json::json!(0)),
            "version"
        );
        assert_eq!(
            refused_field(|d| d["grading"] = serde_json::json!("sometimes")),
            "grading"
        );
    }

    #[test]
    fn the_same_content_again_is_accepted_and_a_change_names_the_field() {
        let stored = Framework::from_json(&sample()).unwrap();
        assert!(Framework::from_json(&sample())
            .unwrap()
            .check_same_as(&stored)
            .is_ok());

        let changed =
            Framework::from_json(&sample().replace("Leadership of learning", "Learning")).unwrap();
        match changed.check_same_as(&stored) {
            Err(FrameworkError::ChangedUnderSameVersion { field, .. }) => {
                assert_eq!(field, "key_areas[0].quality_indicators[1].title")
            }
            other => panic!("expected a change to be refused, got {other:?}"),
        }
    }

    #[test]
    fn an_added_indicator_under_the_same_version_is_a_change() {
        let stored = Framework::from_json(&sample()).unwrap();
        let text = sample().replace(
            r#"{"number": "1.1", "title": "Self-evaluation"},"#,
            r#"{"number": "1.1", "title": "Self-evaluation"}, {"number": "1.3", "title": "New"},"#,
        );
        let err = Framework::from_json(&text)
            .unwrap()
            .check_same_as(&stored)
            .unwrap_err();
        assert!(
            matches!(err, FrameworkError::ChangedUnderSameVersion { ref field, .. } if field.starts_with("key_areas[0].quality_indicators"))
        );
    }
}
