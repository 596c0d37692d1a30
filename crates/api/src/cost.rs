//! What a request may cost: the size of its answer, estimated before it
//! runs ([`AnswerBudget`]), and the time it may take ([`timed_out`]). The
//! HTTP handler checks both around the executor: the estimate on the parsed
//! document, the time as one deadline for the whole batch. Neither is a
//! schema extension: with any extension at all, async-graphql builds
//! resolve information and boxes a future for every field of every answer
//! (about a tenth of a timetable request's instructions), for hooks Quads
//! does not use.
//!
//! The estimate walks the query against the schema: every field costs the
//! bytes its value typically takes in the answer (a table below for long
//! texts, [`SCALAR_BYTES`] otherwise), and a list multiplies its items by
//! its size — the `limit` argument of a paged query (its default if not
//! given), the typical size of the lists listed below, and
//! [`UNKNOWN_LIST_SIZE`] for any other list, so a new list field is counted
//! generously until it is listed here. A query whose estimate exceeds the
//! budget is refused with `VALIDATION` before anything is executed. Texts
//! people write are bounded (`domain::text`), so an answer can exceed its
//! estimate only by a small factor, never by the size of a page.

use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::registry::{MetaType, Registry};
use async_graphql::{ErrorExtensions, Request, ServerError, Value, Variables};
use std::collections::HashSet;
use std::time::Duration;

/// Bytes a scalar field typically takes in an answer (its key, its value,
/// punctuation) unless listed in [`TEXT_BYTES`].
pub const SCALAR_BYTES: u64 = 50;
/// Bytes an object adds around its fields.
pub const OBJECT_BYTES: u64 = 20;
/// Items assumed in a list that has no `limit` and is not in
/// [`LIST_SIZES`].
pub const UNKNOWN_LIST_SIZE: u64 = 50;

/// Texts typically longer than [`SCALAR_BYTES`], with their typical size
/// (each is bounded in `domain::text`).
const TEXT_BYTES: &[(&str, &str, u64)] = &[
    ("User", "email", 60),
    ("OutboxMessage", "subject", 100),
    ("OutboxMessage", "lastError", 300),
    ("Material", "title", 100),
    ("Material", "url", 150),
    ("Review", "theme", 100),
    ("Review", "publishedReportUrl", 150),
    ("Focus", "theme", 100),
    ("Focus", "keyQuestions", 200),
    ("Focus", "scope", 1_000),
    ("ReviewEvent", "reason", 300),
    ("ReviewEvent", "reportUrl", 150),
    ("Conflict", "description", 150),
    ("Conflict", "dismissalReason", 300),
    ("CommandCheck", "forbiddenReason", 150),
    ("UnmetGuard", "message", 150),
    ("Task", "detail", 150),
    ("Framework", "about", 600),
    ("Framework", "gradingRules", 130),
    ("QualityIndicator", "title", 80),
    ("SelfEvaluationIndicator", "title", 80),
    ("SelfEvaluationIndicator", "evidence", 2_000),
    ("SelfEvaluationIndicator", "strengths", 800),
    ("SelfEvaluationIndicator", "areasForImprovement", 800),
    ("SelfEvaluationIndicator", "answers", 500),
    ("Attachment", "fileName", 80),
    ("Attachment", "summary", 300),
    ("ComparisonIndicator", "title", 80),
    ("ComparisonIndicator", "selfEvidence", 2_000),
    ("ComparisonIndicator", "teamEvidence", 2_000),
    ("QuadComparisonIndicator", "title", 80),
    ("QuadComparisonIndicator", "keyAreaTitle", 80),
    ("IndicatorDistribution", "title", 80),
    ("NationalDistribution", "reason", 300),
    ("Finding", "text", 400),
    ("FindingChange", "text", 400),
    ("FollowUpArea", "text", 400),
    ("FollowUpArea", "noActionReason", 300),
    ("FollowUpAction", "areaText", 400),
    ("FollowUpAction", "description", 300),
    ("FollowUpNote", "text", 400),
    ("FollowUpSession", "notes", 400),
    ("FollowUpAttachment", "fileName", 80),
    ("FollowUpAttachment", "summary", 300),
    ("PublishedReportSummary", "snippet", 260),
    ("PublishedReportSummary", "externalUrl", 150),
    ("PublishedReportSummary", "focusTheme", 100),
    ("PublishedReportSummary", "programmeName", 60),
    ("SurveyStatement", "text", 150),
    ("SurveyForm", "reviewName", 60),
    ("SurveyResults", "comments", 400),
    ("InsightReview", "theme", 100),
    ("RiskFlag", "message", 150),
    ("OverdueAction", "description", 300),
    ("ThemeGroup", "key", 60),
    ("ThemeGroup", "label", 100),
    ("ThemeItem", "text", 400),
    ("ThemeItem", "theme", 100),
    ("ThemeItem", "programmeName", 60),
];

/// Lists without a `limit`, with the number of items they typically hold
/// (or always, for reference data).
const LIST_SIZES: &[(&str, &str, u64)] = &[
    ("QueryRoot", "authorities", 32),
    ("PublishedReportSummary", "hostNames", 2),
    ("PublishedReportFilters", "themes", 100),
    ("PublishedReportFilters", "authorities", 32),
    ("PublishedReportFilters", "years", 10),
    ("QueryRoot", "regionalImprovementCollaboratives", 10),
    ("QueryRoot", "organisations", 40),
    ("QueryRoot", "frameworks", 5),
    ("QueryRoot", "programmes", 20),
    ("QueryRoot", "quads", 40),
    ("Quad", "authorities", 4),
    ("Review", "hosts", 2),
    ("Review", "team", 10),
    ("Review", "conflicts", 5),
    ("Review", "history", 30),
    ("Review", "availableCommands", 16),
    ("Review", "materials", 10),
    ("Programme", "phases", 4),
    ("Programme", "materials", 10),
    ("CommandCheck", "unmet", 5),
    ("Focus", "keyQuestions", 5),
    ("Focus", "signOffs", 3),
    ("User", "roles", 2),
    ("User", "tasks", 20),
    ("Framework", "gradingRules", 2),
    ("Framework", "questions", 3),
    ("Framework", "scale", 6),
    ("Framework", "keyAreas", 6),
    ("KeyArea", "qualityIndicators", 7),
    ("ProgrammeDashboard", "byState", 12),
    ("ProgrammeDashboard", "byPhase", 4),
    ("ProgrammeDashboard", "byMonth", 12),
    ("ProgrammeDashboard", "upcomingVisits", 10),
    ("ProgrammeDashboard", "atRisk", 20),
    ("ProgrammeDashboard", "overdueActions", 10),
    ("ProgrammeDashboard", "impactMeasures", 10),
    ("InsightReview", "hosts", 2),
    ("ReviewAtRisk", "reasons", 2),
    ("OverdueActionsByAuthority", "actions", 5),
    ("CollaborationNetwork", "authorities", 32),
    ("CollaborationNetwork", "matrix", 32),
    ("CollaborationNetwork", "edges", 100),
    ("ThemesAcrossReports", "groups", 30),
    ("ThemeGroup", "items", 20),
    ("ThemeItem", "indicators", 3),
    ("ThemeItem", "hostNames", 2),
    ("QualityIndicator", "themes", 3),
    ("QueryRoot", "selfEvaluations", 1),
    ("SelfEvaluation", "indicators", 20),
    ("VisitPlan", "days", 3),
    ("VisitPlan", "sessions", 15),
    ("VisitPlan", "contacts", 10),
    ("VisitPlan", "places", 5),
    ("VisitPlan", "workingDays", 22),
    ("VisitPlan", "daysOff", 5),
    ("VisitPlan", "assignable", 10),
    ("VisitSession", "audiences", 2),
    ("VisitSession", "members", 3),
    ("QueryRoot", "blackoutDates", 10),
    ("VisitAgenda", "days", 3),
    ("VisitAgenda", "team", 10),
    ("AgendaDay", "sessions", 5),
    ("ReviewFindings", "findings", 60),
    ("ReviewFindings", "indicators", 25),
    ("ReviewFindings", "sessions", 15),
    ("Finding", "indicators", 3),
    ("Finding", "attachments", 2),
    ("Finding", "history", 4),
    ("FindingChange", "relatedFindingIds", 1),
    ("AgendaSession", "meets", 2),
    ("AgendaSession", "team", 3),
    ("SelfEvaluation", "documents", 3),
    ("SelfEvaluationIndicator", "documents", 2),
    ("SelfEvaluationIndicator", "answers", 3),
    ("SelfEvaluationIndicator", "themes", 3),
    ("QueryRoot", "selfEvaluationComparison", 1),
    ("SelfEvaluationComparison", "indicators", 20),
    ("QuadComparison", "authorities", 4),
    ("QuadComparison", "indicators", 20),
    ("QuadComparisonIndicator", "grades", 4),
    ("NationalDistribution", "indicators", 20),
    ("IndicatorDistribution", "counts", 6),
    ("FollowUp", "areas", 5),
    ("FollowUp", "actions", 15),
    ("FollowUp", "sessions", 2),
    ("FollowUp", "impactMeasures", 5),
    ("FollowUp", "possibleOwners", 10),
    ("FollowUp", "unmetToBegin", 2),
    ("FollowUp", "unmetToClose", 2),
    ("FollowUpArea", "indicators", 2),
    ("FollowUpAction", "notes", 4),
    ("FollowUpNote", "attachments", 1),
    ("PublishedReport", "impactMeasures", 5),
    ("SurveySettings", "statements", 8),
    ("SurveyForm", "statements", 8),
    ("SurveyResults", "statements", 8),
    ("SurveyResults", "byOrganisationType", 5),
    ("SurveyResults", "comments", 20),
    ("SurveyStatementResult", "counts", 5),
    ("QueryRoot", "programmeSurveys", 20),
];

/// The limits every GraphQL request runs under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestLimits {
    /// Fields a query may select, counted by async-graphql (work done by
    /// resolvers, list sizes aside).
    pub max_complexity: usize,
    /// The most bytes an answer may be estimated to hold.
    pub max_response_bytes: u64,
    /// How long an operation may run before it is ended with `TIMEOUT`.
    pub timeout: Duration,
}

impl Default for RequestLimits {
    fn default() -> Self {
        Self {
            max_complexity: 2_000,
            max_response_bytes: 1024 * 1024,
            timeout: Duration::from_secs(10),
        }
    }
}

fn coded(message: String, code: &'static str) -> ServerError {
    async_graphql::Error::new(message)
        .extend_with(|_, e| e.set("code", code))
        .into_server_error(async_graphql::Pos::default())
}

/// The answer budget: refuses, before it runs, a request whose answer is
/// estimated over [`RequestLimits::max_response_bytes`] (its share of it,
/// in a batch).
pub struct AnswerBudget {
    registry: Registry,
    max_response_bytes: u64,
}

impl AnswerBudget {
    /// The budget for the schema's types (`crate::schema::registry`).
    pub fn new(registry: Registry, max_response_bytes: u64) -> Self {
        Self {
            registry,
            max_response_bytes,
        }
    }

    /// Checks `request`, one of `share` operations in its batch. A query
    /// that does not parse is left to the executor, which says where.
    pub fn check(&self, request: &mut Request, share: usize) -> Result<(), ServerError> {
        let variables = request.variables.clone();
        let Ok(doc) = request.parsed_query() else {
            return Ok(());
        };
        let budget = self.max_response_bytes / share.max(1) as u64;
        let estimate = estimate_bytes(&self.registry, doc, &variables);
        if estimate > budget {
            return Err(coded(
                format!(
                    "This query could return about {} kB; the most one request may ask for is {} kB. Ask for fewer fields, fewer aliases or smaller pages.",
                    estimate.div_ceil(1024),
                    budget / 1024
                ),
                "VALIDATION",
            ));
        }
        Ok(())
    }
}

/// The error of a request stopped after `timeout`.
pub fn timed_out(timeout: Duration) -> ServerError {
    tracing::warn!(?timeout, "a GraphQL request ran out of time");
    coded(
        format!(
            "The request took longer than {} ms and was stopped; reload to see whether a change went through before trying again.",
            timeout.as_millis()
        ),
        "TIMEOUT",
    )
}

/// The most bytes any operation of `doc` can answer with.
pub fn estimate_bytes(registry: &Registry, doc: &ExecutableDocument, variables: &Variables) -> u64 {
    let walker = Walker {
        registry,
        doc,
        variables,
    };
    doc.operations
        .iter()
        .map(|(_, op)| {
            let root = match op.node.ty {
                async_graphql::parser::types::OperationType::Query => {
                    Some(registry.query_type.as_str())
                }
                async_graphql::parser::types::OperationType::Mutation => {
                    registry.mutation_type.as_deref()
                }
                async_graphql::parser::types::OperationType::Subscription => {
                    registry.subscription_type.as_deref()
                }
            };
            let mut spreads = HashSet::new();
            walker.set(
                root.unwrap_or_default(),
                &op.node.selection_set.node,
                None,
                &mut spreads,
                0,
            )
        })
        .max()
        .unwrap_or(0)
}

struct Walker<'a> {
    registry: &'a Registry,
    doc: &'a ExecutableDocument,
    variables: &'a Variables,
}

/// Deeper than any accepted query (depth and nesting are bounded before).
const MAX_WALK: usize = 64;

impl Walker<'_> {
    fn set(
        &self,
        type_name: &str,
        set: &SelectionSet,
        page: Option<u64>,
        spreads: &mut HashSet<String>,
        depth: usize,
    ) -> u64 {
        if depth > MAX_WALK {
            return u64::MAX;
        }
        let mut total = OBJECT_BYTES;
        for item in &set.items {
            let cost = match &item.node {
                Selection::Field(field) => self.field(type_name, &field.node, page, spreads, depth),
                Selection::FragmentSpread(spread) => {
                    let name = spread.node.fragment_name.node.to_string();
                    match self.doc.fragments.get(&spread.node.fragment_name.node) {
                        // A cycle is refused by validation; count it once here.
                        Some(fragment) if spreads.insert(name.clone()) => {
                            let cost = self.set(
                                &fragment.node.type_condition.node.on.node,
                                &fragment.node.selection_set.node,
                                page,
                                spreads,
                                depth + 1,
                            );
                            spreads.remove(&name);
                            cost
                        }
                        _ => 0,
                    }
                }
                Selection::InlineFragment(inline) => {
                    let on = inline
                        .node
                        .type_condition
                        .as_ref()
                        .map_or(type_name, |c| c.node.on.node.as_str());
                    self.set(
                        on,
                        &inline.node.selection_set.node,
                        page,
                        spreads,
                        depth + 1,
                    )
                }
            };
            total = total.saturating_add(cost);
        }
        total
    }

    fn field(
        &self,
        type_name: &str,
        field: &async_graphql::parser::types::Field,
        page: Option<u64>,
        spreads: &mut HashSet<String>,
        depth: usize,
    ) -> u64 {
        let name = field.name.node.as_str();
        let meta = match self.registry.types.get(type_name) {
            Some(MetaType::Object { fields, .. }) | Some(MetaType::Interface { fields, .. }) => {
                fields.get(name)
            }
            _ => None,
        };
        let Some(meta) = meta else {
            // __typename, or a field validation will refuse.
            return SCALAR_BYTES;
        };
        let lists = meta.ty.matches('[').count() as u32;
        let base: String = meta
            .ty
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        // A paged query's `limit` sizes the list of its page.
        let limit = meta.args.get("limit").map(|arg| {
            let given = field
                .arguments
                .iter()
                .find(|(n, _)| n.node == "limit")
                .map(|(_, v)| &v.node);
            let value = given.and_then(|v| {
                v.clone()
                    .into_const_with(|var| self.variables.get(&var).cloned().ok_or(()))
                    .ok()
                    .and_then(|c| number(&c))
            });
            value
                .or_else(|| arg.default_value.as_deref().and_then(|d| d.parse().ok()))
                .unwrap_or(UNKNOWN_LIST_SIZE)
        });
        let child = if field.selection_set.node.items.is_empty() {
            TEXT_BYTES
                .iter()
                .find(|(t, f, _)| *t == type_name && *f == name)
                .map_or(SCALAR_BYTES, |(_, _, bytes)| *bytes)
        } else {
            self.set(&base, &field.selection_set.node, limit, spreads, depth + 1)
        };
        let size = page.filter(|_| name == "items").unwrap_or_else(|| {
            LIST_SIZES
                .iter()
                .find(|(t, f, _)| *t == type_name && *f == name)
                .map_or(UNKNOWN_LIST_SIZE, |(_, _, n)| *n)
        });
        let mut cost = child;
        for _ in 0..lists {
            cost = cost.saturating_mul(size);
        }
        cost.saturating_add(name.len() as u64)
    }
}

fn number(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_i64().map(|n| n.max(0) as u64),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether this answer budget refuses the query as too large, as one
    /// of `share` operations of a batch.
    fn refused_in(query: &str, variables: serde_json::Value, budget: u64, share: usize) -> bool {
        let budget = AnswerBudget::new(crate::schema::registry(), budget);
        let mut request = Request::new(query).variables(Variables::from_json(variables));
        budget
            .check(&mut request, share)
            .is_err_and(|e| e.message.contains("could return about"))
    }

    async fn refused(query: &str, variables: serde_json::Value, budget: u64) -> bool {
        refused_in(query, variables, budget, 1)
    }

    #[tokio::test]
    async fn a_page_is_counted_by_its_limit_given_or_by_default() {
        let q = |limit: u64| format!("{{ reviews(limit: {limit}) {{ items {{ id }} }} }}");
        let budget = 10_000;
        assert!(!refused(&q(50), serde_json::json!({}), budget).await);
        assert!(refused(&q(200), serde_json::json!({}), budget).await);
        let by_variable = "query($n: Int!) { reviews(limit: $n) { items { id } } }";
        assert!(refused(by_variable, serde_json::json!({ "n": 200 }), budget).await);
        assert!(!refused(by_variable, serde_json::json!({ "n": 10 }), budget).await);
        assert!(
            !refused(
                "{ reviews { items { id } } }",
                serde_json::json!({}),
                budget
            )
            .await
        );
    }

    #[tokio::test]
    async fn aliases_fragments_and_long_texts_add_up() {
        let one = "{ authorities { name } }";
        let budget = 3_000;
        assert!(!refused(one, serde_json::json!({}), budget).await);
        let two =
            "{ a: authorities { name } b: authorities { ...F } } fragment F on Authority { name }";
        assert!(refused(two, serde_json::json!({}), budget).await);
        // A scope is typically a kilobyte: 200 of them are 200 kB.
        let scopes = "{ reviews(limit: 200) { items { focus { scope } } } }";
        assert!(refused(scopes, serde_json::json!({}), 150 * 1024).await);
    }

    #[test]
    fn a_batch_shares_the_budget() {
        let one = "{ authorities { name } }";
        assert!(!refused_in(one, serde_json::json!({}), 3_000, 1));
        assert!(refused_in(one, serde_json::json!({}), 3_000, 2));
    }

    /// The operations the frontend sends (from its generated documents),
    /// each with every fragment, pages at their largest (200).
    fn frontend_operations() -> Vec<(String, String)> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../frontend/src/gql/gql.ts");
        let text = std::fs::read_to_string(path).expect("frontend/src/gql/gql.ts");
        let docs: Vec<String> = text
            .lines()
            .filter_map(|l| l.trim().strip_suffix(',').or(Some(l.trim())))
            .filter_map(|l| l.split_once("\": typeof types."))
            .filter_map(|(key, _)| serde_json::from_str(&format!("{key}\"")).ok())
            .collect();
        let fragments: String = docs
            .iter()
            .filter(|d| d.trim_start().starts_with("fragment"))
            .cloned()
            .collect();
        docs.iter()
            .filter(|d| !d.trim_start().starts_with("fragment"))
            .map(|d| {
                let name = d.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                (name, format!("{d}\n{fragments}"))
            })
            .collect()
    }

    #[tokio::test]
    async fn every_query_the_frontend_sends_fits_the_default_budget() {
        let operations = frontend_operations();
        assert!(operations.len() > 20, "found {}", operations.len());
        for (name, query) in operations {
            assert!(
                async_graphql::parser::parse_query(&query).is_ok(),
                "{name} does not parse"
            );
            let budget = RequestLimits::default().max_response_bytes;
            assert!(
                !refused(&query, serde_json::json!({ "limit": 200 }), budget).await,
                "{name} is estimated over the budget"
            );
            assert!(
                refused(&query, serde_json::json!({ "limit": 200 }), 10).await,
                "{name} is not estimated at all"
            );
        }
    }
}
