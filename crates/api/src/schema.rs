//! The schema: the query and mutation roots merged from each area, with the
//! limits every request runs under.

use crate::cost::RequestLimits;
use crate::findings::{FindingsMutation, FindingsQuery};
use crate::follow_up::{FollowUpMutation, FollowUpQuery};
use crate::identity::{IdentityMutation, IdentityQuery};
use crate::insight::{InsightMutation, InsightQuery};
use crate::limits::MAX_DEPTH;
use crate::outbox::{OutboxMutation, OutboxQuery};
use crate::programme::{ProgrammeMutation, ProgrammeQuery};
use crate::reference::ReferenceQuery;
use crate::reminders::{ReminderMutation, ReminderQuery};
use crate::report::{ReportMutation, ReportQuery};
use crate::review::{CommandMutation, ReviewMutation, ReviewQuery};
use crate::self_evaluation::{SelfEvaluationMutation, SelfEvaluationQuery};
use crate::survey::{SurveyMutation, SurveyQuery};
use crate::visit::{VisitMutation, VisitQuery};
use crate::ApiContext;
use async_graphql::registry::Registry;
use async_graphql::{EmptySubscription, MergedObject, OutputType, Schema};

#[derive(MergedObject, Default)]
pub struct QueryRoot(
    ReferenceQuery,
    IdentityQuery,
    OutboxQuery,
    ProgrammeQuery,
    ReviewQuery,
    SelfEvaluationQuery,
    VisitQuery,
    FindingsQuery,
    ReportQuery,
    FollowUpQuery,
    ReminderQuery,
    SurveyQuery,
    InsightQuery,
);

#[derive(MergedObject, Default)]
pub struct MutationRoot(
    IdentityMutation,
    OutboxMutation,
    ProgrammeMutation,
    ReviewMutation,
    CommandMutation,
    SelfEvaluationMutation,
    VisitMutation,
    FindingsMutation,
    ReportMutation,
    FollowUpMutation,
    ReminderMutation,
    SurveyMutation,
    InsightMutation,
);

pub type QuadsSchema = Schema<QueryRoot, MutationRoot, EmptySubscription>;

/// How the schema is built: introspection and field suggestions only in
/// development mode, and the limits every request runs under.
#[derive(Debug, Clone, Copy, Default)]
pub struct SchemaOptions {
    pub development: bool,
    pub limits: RequestLimits,
}

pub fn build_schema(context: Option<ApiContext>, options: SchemaOptions) -> QuadsSchema {
    let mut builder = Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        EmptySubscription,
    )
    .limit_depth(MAX_DEPTH)
    .limit_complexity(options.limits.max_complexity)
    .limit_recursive_depth(32)
    .limit_directives(10);
    if !options.development {
        builder = builder.disable_introspection().disable_suggestions();
    }
    if let Some(context) = context {
        builder = builder.data(context);
    }
    builder.finish()
}

/// The schema's types, for estimating answers (`cost::AnswerBudget`): the
/// roots and every type they reach, as the schema registers them
/// (introspection's own types aside).
pub fn registry() -> Registry {
    let mut registry = Registry {
        types: Default::default(),
        directives: Default::default(),
        implements: Default::default(),
        query_type: QueryRoot::type_name().into_owned(),
        mutation_type: Some(MutationRoot::type_name().into_owned()),
        subscription_type: None,
        introspection_mode: Default::default(),
        enable_federation: false,
        federation_subscription: false,
        ignore_name_conflicts: Default::default(),
        enable_suggestions: false,
    };
    QueryRoot::create_type_info(&mut registry);
    MutationRoot::create_type_info(&mut registry);
    registry
}

/// The SDL of the schema, as committed in `schema.graphql`.
pub fn sdl() -> String {
    build_schema(
        None,
        SchemaOptions {
            development: true,
            ..SchemaOptions::default()
        },
    )
    .sdl()
}
