//! The schema: the query and mutation roots merged from each area, with the
//! limits every request runs under.

use crate::cost::{CostLimits, RequestLimits};
use crate::identity::{IdentityMutation, IdentityQuery};
use crate::limits::MAX_DEPTH;
use crate::outbox::{OutboxMutation, OutboxQuery};
use crate::programme::{ProgrammeMutation, ProgrammeQuery};
use crate::reference::ReferenceQuery;
use crate::review::{CommandMutation, ReviewMutation, ReviewQuery};
use crate::self_evaluation::{SelfEvaluationMutation, SelfEvaluationQuery};
use crate::ApiContext;
use async_graphql::{EmptySubscription, MergedObject, Schema};

#[derive(MergedObject, Default)]
pub struct QueryRoot(
    ReferenceQuery,
    IdentityQuery,
    OutboxQuery,
    ProgrammeQuery,
    ReviewQuery,
    SelfEvaluationQuery,
);

#[derive(MergedObject, Default)]
pub struct MutationRoot(
    IdentityMutation,
    OutboxMutation,
    ProgrammeMutation,
    ReviewMutation,
    CommandMutation,
    SelfEvaluationMutation,
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
    .extension(CostLimits(options.limits))
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
