//! Reference data in the API: authorities, organisations and frameworks.
//! Public: anyone may read them.

use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use async_graphql::{Context, Enum, Object, SimpleObject};
use domain::framework::{self as fw};
use domain::text::{Text, LOOKUP_KEY};
use domain::{GssCode, Organisation as DomainOrganisation, OrganisationKind as DomainKind};
use store::reference::{self, AuthorityFilter};
use uuid::Uuid;

/// What an organisation is.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::OrganisationKind")]
pub enum OrganisationKind {
    LocalAuthority,
    Ades,
    EducationScotland,
    HmInspectors,
    Partner,
}

/// A local authority (council), the education authority for its area.
#[derive(Clone)]
pub struct Authority(pub DomainOrganisation);

#[Object]
impl Authority {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The council area's GSS code, e.g. S12000036.
    async fn gss_code(&self) -> &str {
        self.0
            .gss_code
            .as_ref()
            .map(GssCode::as_str)
            .unwrap_or_default()
    }
    /// The Regional Improvement Collaborative it belonged to (historical:
    /// RIC funding ended in April 2025).
    async fn ric(&self) -> Option<&str> {
        self.0.ric.as_deref()
    }
    /// LGBF family group for children's services: 1 (least deprived) to 4.
    async fn lgbf_family_group(&self) -> Option<i32> {
        self.0.lgbf_family_group
    }
}

/// An organisation people belong to: an authority or a national body.
pub struct Organisation(pub DomainOrganisation);

#[Object]
impl Organisation {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn kind(&self) -> OrganisationKind {
        self.0.kind.into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn short_name(&self) -> Option<&str> {
        self.0.short_name.as_deref()
    }
    /// The authority, when this organisation is one.
    async fn authority(&self) -> Option<Authority> {
        (self.0.kind == DomainKind::LocalAuthority).then(|| Authority(self.0.clone()))
    }
}

/// One level of the six-point scale.
#[derive(SimpleObject)]
pub struct ScaleLevel {
    pub level: i32,
    pub label: String,
    pub meaning: String,
}

/// A quality indicator; themes are never graded.
#[derive(SimpleObject)]
pub struct QualityIndicator {
    pub number: String,
    pub title: String,
    pub themes: Vec<String>,
}

#[derive(SimpleObject)]
pub struct KeyArea {
    pub number: String,
    pub title: String,
    pub quality_indicators: Vec<QualityIndicator>,
}

/// A versioned self-evaluation framework (immutable once loaded).
pub struct Framework(pub fw::Framework);

#[Object]
impl Framework {
    async fn id(&self) -> &str {
        &self.0.id
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn publisher(&self) -> Option<&str> {
        self.0.publisher.as_deref()
    }
    async fn year(&self) -> Option<i32> {
        self.0.year
    }
    /// What the framework is for, e.g. `school` or `local_authority`.
    async fn applies_to(&self) -> &str {
        &self.0.applies_to
    }
    async fn about(&self) -> &str {
        &self.0.about
    }
    /// `optional` or `required`: whether every indicator must be graded.
    async fn grading(&self) -> &str {
        match self.0.grading {
            fw::Grading::Optional => "optional",
            fw::Grading::Required => "required",
        }
    }
    async fn grading_rules(&self) -> &[String] {
        &self.0.grading_rules
    }
    /// The framework's self-evaluation questions.
    async fn questions(&self) -> &[String] {
        &self.0.questions
    }
    /// The six-point scale, from 6 (excellent) down to 1 (unsatisfactory).
    async fn scale(&self) -> Vec<ScaleLevel> {
        self.0
            .scale
            .iter()
            .map(|s| ScaleLevel {
                level: i32::from(s.level),
                label: s.label.clone(),
                meaning: s.meaning.clone(),
            })
            .collect()
    }
    async fn key_areas(&self) -> Vec<KeyArea> {
        self.0
            .key_areas
            .iter()
            .map(|k| KeyArea {
                number: k.number.clone(),
                title: k.title.clone(),
                quality_indicators: k
                    .quality_indicators
                    .iter()
                    .map(|q| QualityIndicator {
                        number: q.number.clone(),
                        title: q.title.clone(),
                        themes: q.themes.clone(),
                    })
                    .collect(),
            })
            .collect()
    }
}

#[derive(Default)]
pub struct ReferenceQuery;

#[Object]
impl ReferenceQuery {
    /// The 32 local authorities by name, optionally filtered by Regional
    /// Improvement Collaborative and LGBF family group.
    async fn authorities(
        &self,
        ctx: &Context<'_>,
        ric: Option<String>,
        lgbf_family_group: Option<i32>,
    ) -> ApiResult<Vec<Authority>> {
        if let Some(g) = lgbf_family_group {
            if !(1..=4).contains(&g) {
                return Err(ApiError::validation(
                    "lgbfFamilyGroup",
                    "An LGBF family group is 1, 2, 3 or 4.",
                ));
            }
        }
        if let Some(ric) = &ric {
            Text {
                field: "ric",
                ..LOOKUP_KEY
            }
            .check(ric)?;
        }
        let store = &ctx.data::<ApiContext>()?.store;
        let filter = AuthorityFilter {
            ric,
            lgbf_family_group,
        };
        let list = reference::authorities(store.conn(), &filter).await?;
        Ok(list.into_iter().map(Authority).collect())
    }

    /// One authority by GSS code.
    async fn authority(&self, ctx: &Context<'_>, gss_code: String) -> ApiResult<Authority> {
        let code = GssCode::parse(&gss_code)
            .map_err(|e| ApiError::validation("gssCode", e.to_string()))?;
        let store = &ctx.data::<ApiContext>()?.store;
        let found = reference::authority_by_gss_code(store.conn(), &code).await?;
        Ok(Authority(found))
    }

    /// The Regional Improvement Collaboratives authorities belonged to.
    async fn regional_improvement_collaboratives(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<String>> {
        let store = &ctx.data::<ApiContext>()?.store;
        Ok(reference::rics(store.conn()).await?)
    }

    /// Every organisation: national bodies, then authorities.
    async fn organisations(&self, ctx: &Context<'_>) -> ApiResult<Vec<Organisation>> {
        let store = &ctx.data::<ApiContext>()?.store;
        let list = reference::organisations(store.conn()).await?;
        Ok(list.into_iter().map(Organisation).collect())
    }

    /// Every framework, each version listed.
    async fn frameworks(&self, ctx: &Context<'_>) -> ApiResult<Vec<Framework>> {
        let store = &ctx.data::<ApiContext>()?.store;
        let list = reference::frameworks(store.conn()).await?;
        Ok(list.into_iter().map(Framework).collect())
    }

    /// One framework; its latest version when `version` is left out.
    async fn framework(
        &self,
        ctx: &Context<'_>,
        id: String,
        version: Option<i32>,
    ) -> ApiResult<Framework> {
        LOOKUP_KEY.check(&id)?;
        let store = &ctx.data::<ApiContext>()?.store;
        let found = reference::framework(store.conn(), &id, version).await?;
        Ok(Framework(found))
    }
}
