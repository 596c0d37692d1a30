//! The review queries: the timetable (`reviews`, filtered and paged) and
//! one `review`.

use super::{ReviewState, ReviewView};
use crate::error::{ApiError, ApiResult};
use crate::month::MonthScalar;
use crate::ApiContext;
use async_graphql::{Context, InputObject, Object, SimpleObject};
use store::review::{self as reviews, ReviewFilter};
use uuid::Uuid;

/// One page of reviews.
#[derive(SimpleObject)]
pub struct ReviewPage {
    pub items: Vec<ReviewView>,
    pub total: i64,
}

/// Which reviews to list; every field is optional.
#[derive(InputObject, Default)]
pub struct ReviewFilterInput {
    pub programme_id: Option<Uuid>,
    pub phase: Option<i32>,
    pub states: Option<Vec<ReviewState>>,
    pub host_id: Option<Uuid>,
    /// Part of the theme, any case.
    pub theme: Option<String>,
    /// The first month, inclusive.
    pub month_from: Option<MonthScalar>,
    /// The last month, inclusive.
    pub month_to: Option<MonthScalar>,
}

impl TryFrom<ReviewFilterInput> for ReviewFilter {
    type Error = ApiError;
    fn try_from(f: ReviewFilterInput) -> ApiResult<Self> {
        let filter = ReviewFilter {
            programme_id: f.programme_id,
            phase: f
                .phase
                .map(|p| {
                    u32::try_from(p)
                        .map_err(|_| ApiError::validation("phase", "Enter a phase number"))
                })
                .transpose()?,
            states: f
                .states
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            host_id: f.host_id,
            theme: domain::text::THEME_FILTER.parse_optional(f.theme.as_deref())?,
            month_from: f.month_from.map(|m| m.0),
            month_to: f.month_to.map(|m| m.0),
        };
        if let (Some(a), Some(b)) = (filter.month_from, filter.month_to) {
            if a > b {
                return Err(ApiError::validation(
                    "monthTo",
                    "The range ends before it starts",
                ));
            }
        }
        Ok(filter)
    }
}

#[derive(Default)]
pub struct ReviewQuery;

#[Object]
impl ReviewQuery {
    /// Reviews by month, filtered and paged (public: the timetable).
    async fn reviews(
        &self,
        ctx: &Context<'_>,
        filter: Option<ReviewFilterInput>,
        #[graphql(default = 0)] offset: i32,
        #[graphql(default = 50)] limit: i32,
    ) -> ApiResult<ReviewPage> {
        if offset < 0 {
            return Err(ApiError::validation("offset", "Offset must be 0 or more"));
        }
        if !(1..=200).contains(&limit) {
            return Err(ApiError::validation("limit", "Limit must be from 1 to 200"));
        }
        let filter = ReviewFilter::try_from(filter.unwrap_or_default())?;
        let app = ctx.data::<ApiContext>()?;
        let look_ahead = ctx.look_ahead();
        // No count unless the total is asked for.
        let with_total = look_ahead.field("total").exists();
        let (items, total) = reviews::reviews_page(
            app.store.conn(),
            &filter,
            offset as u64,
            limit as u64,
            with_total,
        )
        .await?;
        let signed_in = crate::auth::viewer(ctx).user.is_some();
        let wanted = crate::loaders::Wanted::of(look_ahead.field("items"), signed_in);
        crate::loaders::prime_reviews(ctx, &items, wanted).await?;
        Ok(ReviewPage {
            items: items.into_iter().map(ReviewView::new).collect(),
            total: total.unwrap_or(0) as i64,
        })
    }

    /// One review (public fields for anyone; the rest as the review
    /// allows).
    async fn review(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<ReviewView> {
        let app = ctx.data::<ApiContext>()?;
        let review = reviews::review(app.store.conn(), id).await?;
        // Everything the page asks for, read up front in a fixed order.
        let signed_in = crate::auth::viewer(ctx).user.is_some();
        let wanted = crate::loaders::Wanted::of(ctx.look_ahead(), signed_in);
        crate::loaders::prime_reviews(ctx, std::slice::from_ref(&review), wanted).await?;
        Ok(ReviewView::new(review))
    }
}
