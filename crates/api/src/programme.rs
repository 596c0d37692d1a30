//! Programmes, their phases, rules and materials, and quads. The timetable
//! is public; materials are for signed-in people; changes are for
//! programme officers.

use crate::auth::{require_programme_officer, require_user};
use crate::error::{ApiError, ApiResult};
use crate::loaders::{one, OrganisationKey};
use crate::month::MonthScalar;
use crate::reference::Authority;
use crate::ApiContext;
use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::lifecycle as lc;
use domain::programme::{self as pr, Phase as DomainPhase, ProgrammeSettings};
use store::programme::{self as programmes, ProgrammeSpec};
use uuid::Uuid;

mod use_cases;

pub use use_cases::{material_file, upload_material};

/// The kind of programme; it sets the defaults of the rules.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::ProgrammeKind")]
pub enum ProgrammeKind {
    /// Collaborative Improvement (2021–24).
    Ci,
    /// Quads (2024–): four authorities reviewing each other.
    Quads,
}

/// What a submitted self-evaluation must contain.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::lifecycle::SelfEvaluationMode")]
pub enum SelfEvaluationMode {
    /// Every required quality indicator graded with evidence.
    Rubric,
    /// At least one self-evaluation document attached.
    EvidenceOnly,
}

/// What the programme does about authorities reviewing each other.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::programme::Reciprocity")]
pub enum Reciprocity {
    /// A reviewing B while B reviews A in the same phase is flagged as a
    /// conflict (CI).
    Flag,
    /// The quad's authorities review each other (Quads).
    Expected,
}

/// A numbered run of months.
#[derive(SimpleObject)]
pub struct Phase {
    pub number: i32,
    /// First month.
    pub from: MonthScalar,
    /// Last month.
    pub to: MonthScalar,
}

/// A programme's rules, after its kind's defaults.
#[derive(SimpleObject)]
pub struct ProgrammeRules {
    pub team_size_min: i32,
    pub team_size_max: i32,
    pub hmi_required: bool,
    /// Working days.
    pub visit_length_days: i32,
    pub self_evaluation_mode: SelfEvaluationMode,
    pub grading_required: bool,
    pub framework_id: Option<String>,
    pub framework_version: Option<i32>,
    pub public_report_required: bool,
    pub reciprocity: Reciprocity,
}

/// Pre-reading or guidance for a programme's participants.
#[derive(SimpleObject)]
pub struct Material {
    pub id: Uuid,
    pub title: String,
    pub url: String,
    pub created_at: DateTime<Utc>,
}

impl From<programmes::Material> for Material {
    fn from(m: programmes::Material) -> Self {
        Material {
            id: m.id,
            title: m.title,
            url: m.url,
            created_at: m.created_at,
        }
    }
}

/// A programme of reviews, e.g. "Collaborative Improvement 2021-2024".
pub struct Programme(pub programmes::Programme);

#[Object]
impl Programme {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn kind(&self) -> ProgrammeKind {
        self.0.kind().into()
    }
    /// Changes with every edit; pass it back to `updateProgramme`.
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn phases(&self) -> Vec<Phase> {
        self.0
            .phases
            .iter()
            .map(|p| Phase {
                number: p.number as i32,
                from: p.from.into(),
                to: p.to.into(),
            })
            .collect()
    }
    async fn rules(&self) -> ProgrammeRules {
        let s = &self.0.settings;
        ProgrammeRules {
            team_size_min: s.rules.team_size_min as i32,
            team_size_max: s.rules.team_size_max as i32,
            hmi_required: s.rules.hmi_required,
            visit_length_days: s.rules.visit_length_days as i32,
            self_evaluation_mode: s.rules.self_evaluation_mode.into(),
            grading_required: s.grading_required,
            framework_id: s.framework.as_ref().map(|f| f.0.clone()),
            framework_version: s.framework.as_ref().map(|f| f.1),
            public_report_required: s.public_report_required,
            reciprocity: s.reciprocity.into(),
        }
    }
    /// Pre-reading and guidance (signed-in people).
    async fn materials(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<Material>>> {
        require_user(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        Ok(Some(
            programmes::materials_of(app.store.conn(), self.0.id)
                .await?
                .into_iter()
                .map(Material::from)
                .collect(),
        ))
    }
}

/// Four authorities for a session.
pub struct Quad(pub programmes::Quad);

#[Object]
impl Quad {
    async fn id(&self) -> Uuid {
        self.0.id
    }
    /// The school session, e.g. 2024-25.
    async fn session(&self) -> &str {
        &self.0.session
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn authorities(&self, ctx: &Context<'_>) -> ApiResult<Vec<Authority>> {
        let mut list = Vec::with_capacity(self.0.members.len());
        for id in &self.0.members {
            list.push(Authority(one(ctx, OrganisationKey(*id)).await?));
        }
        list.sort_by(|a, b| a.0.name.cmp(&b.0.name));
        Ok(list)
    }
}

/// One phase as entered.
#[derive(InputObject)]
pub struct PhaseInput {
    pub number: i32,
    /// First month.
    pub from: MonthScalar,
    /// Last month.
    pub to: MonthScalar,
}

/// Rules to change from the kind's defaults; leave a field out to keep
/// the default.
#[derive(InputObject, Default)]
pub struct ProgrammeRulesInput {
    pub team_size_min: Option<i32>,
    pub team_size_max: Option<i32>,
    pub hmi_required: Option<bool>,
    pub visit_length_days: Option<i32>,
    pub self_evaluation_mode: Option<SelfEvaluationMode>,
    pub grading_required: Option<bool>,
    pub framework_id: Option<String>,
    pub framework_version: Option<i32>,
    pub public_report_required: Option<bool>,
    pub reciprocity: Option<Reciprocity>,
}

/// A programme as entered.
#[derive(InputObject)]
pub struct ProgrammeInput {
    pub name: String,
    pub kind: ProgrammeKind,
    pub phases: Vec<PhaseInput>,
    pub rules: Option<ProgrammeRulesInput>,
}

fn invalid((field, message): pr::Invalid) -> ApiError {
    ApiError::validation(field, message)
}

fn count(value: i32, field: &'static str) -> ApiResult<u32> {
    u32::try_from(value).map_err(|_| ApiError::validation(field, "Enter a number of 0 or more"))
}

impl ProgrammeInput {
    /// Parses and validates the whole programme; nothing is written when
    /// any part is refused.
    fn parse(self) -> ApiResult<ProgrammeSpec> {
        let name = pr::parse_programme_name(&self.name).map_err(invalid)?;
        let mut phases = Vec::with_capacity(self.phases.len());
        for p in &self.phases {
            phases.push(DomainPhase {
                number: count(p.number, "phases")?,
                from: p.from.0,
                to: p.to.0,
            });
        }
        pr::check_phases(&phases).map_err(invalid)?;
        let kind: lc::ProgrammeKind = self.kind.into();
        let mut s = ProgrammeSettings::defaults_for(kind);
        let r = self.rules.unwrap_or_default();
        if let Some(v) = r.team_size_min {
            s.rules.team_size_min = count(v, "teamSizeMin")?;
        }
        if let Some(v) = r.team_size_max {
            s.rules.team_size_max = count(v, "teamSizeMax")?;
        }
        if let Some(v) = r.hmi_required {
            s.rules.hmi_required = v;
        }
        if let Some(v) = r.visit_length_days {
            s.rules.visit_length_days = count(v, "visitLengthDays")?;
        }
        if let Some(v) = r.self_evaluation_mode {
            s.rules.self_evaluation_mode = v.into();
        }
        if let Some(v) = r.grading_required {
            s.grading_required = v;
        }
        if let Some(v) = r.public_report_required {
            s.public_report_required = v;
        }
        if let Some(v) = r.reciprocity {
            s.reciprocity = v.into();
        }
        s.framework = match (r.framework_id, r.framework_version) {
            (None, None) => None,
            (Some(id), Some(version)) => {
                let key = domain::text::Text {
                    field: "frameworkId",
                    ..domain::text::LOOKUP_KEY
                };
                Some((key.parse(&id)?, version))
            }
            _ => {
                return Err(ApiError::validation(
                    "framework",
                    "Give both the framework's id and its version, or neither",
                ))
            }
        };
        s.check().map_err(invalid)?;
        Ok(ProgrammeSpec {
            name,
            phases,
            settings: s,
        })
    }
}

/// A material as entered: a title and a link.
#[derive(InputObject)]
pub struct MaterialInput {
    pub title: String,
    pub url: String,
}

/// A quad as entered.
#[derive(InputObject)]
pub struct QuadInput {
    /// e.g. 2024-25
    pub session: String,
    pub name: String,
    /// Exactly four local authorities.
    pub authority_ids: Vec<Uuid>,
}

/// A quad's new name and authorities; its session stays.
#[derive(InputObject)]
pub struct QuadUpdateInput {
    pub name: String,
    /// Exactly four local authorities.
    pub authority_ids: Vec<Uuid>,
}

#[derive(Default)]
pub struct ProgrammeQuery;

#[Object]
impl ProgrammeQuery {
    /// Every programme, oldest first (public: the timetable is published).
    async fn programmes(&self, ctx: &Context<'_>) -> ApiResult<Vec<Programme>> {
        let app = ctx.data::<ApiContext>()?;
        Ok(programmes::programmes(app.store.conn())
            .await?
            .into_iter()
            .map(Programme)
            .collect())
    }

    /// One programme (public).
    async fn programme(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<Programme> {
        let app = ctx.data::<ApiContext>()?;
        Ok(Programme(
            programmes::programme(app.store.conn(), id).await?,
        ))
    }

    /// Quads, optionally of one session (public).
    async fn quads(&self, ctx: &Context<'_>, session: Option<String>) -> ApiResult<Vec<Quad>> {
        let app = ctx.data::<ApiContext>()?;
        if let Some(session) = &session {
            domain::text::Text {
                field: "session",
                ..domain::text::LOOKUP_KEY
            }
            .check(session)?;
        }
        Ok(
            programmes::quads(app.store.conn(), session.as_deref().map(str::trim))
                .await?
                .into_iter()
                .map(Quad)
                .collect(),
        )
    }
}

#[derive(Default)]
pub struct ProgrammeMutation;

#[Object]
impl ProgrammeMutation {
    /// Creates a programme; rules not given take the kind's defaults
    /// (programme officers).
    async fn create_programme(
        &self,
        ctx: &Context<'_>,
        input: ProgrammeInput,
    ) -> ApiResult<Programme> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let spec = input.parse()?;
        Ok(Programme(
            use_cases::create_programme(app, officer, spec).await?,
        ))
    }

    /// Replaces a programme's name, phases and rules if it is still at
    /// `version` (programme officers); a stale version is a CONFLICT.
    async fn update_programme(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        version: i32,
        input: ProgrammeInput,
    ) -> ApiResult<Programme> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let spec = input.parse()?;
        Ok(Programme(
            use_cases::update_programme(app, officer, id, version, spec).await?,
        ))
    }

    /// Attaches a pre-reading or guidance link to a programme (programme
    /// officers).
    async fn add_material(
        &self,
        ctx: &Context<'_>,
        programme_id: Uuid,
        input: MaterialInput,
    ) -> ApiResult<Material> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let (title, url) = pr::parse_material(&input.title, &input.url).map_err(invalid)?;
        Ok(
            use_cases::add_material(app, officer, programme_id, title, url)
                .await?
                .into(),
        )
    }

    /// Removes a material (programme officers).
    async fn remove_material(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<bool> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        use_cases::remove_material(app, officer, id).await?;
        Ok(true)
    }

    /// Creates a quad of four authorities for a session; an authority is in
    /// one quad per session (programme officers).
    async fn create_quad(&self, ctx: &Context<'_>, input: QuadInput) -> ApiResult<Quad> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let session = pr::Session::parse(&input.session).map_err(invalid)?;
        let name = domain::text::QUAD_NAME.parse(&input.name)?;
        let quad =
            use_cases::create_quad(app, officer, &session, &name, &input.authority_ids).await?;
        Ok(Quad(quad))
    }

    /// Renames a quad and changes its four authorities (programme
    /// officers), while none of its reviews is past SCHEDULED and every
    /// scheduled review's host stays in it; refused with GUARD_FAILED
    /// naming each review in the way. An authority is still in one quad
    /// per session.
    async fn update_quad(
        &self,
        ctx: &Context<'_>,
        id: Uuid,
        input: QuadUpdateInput,
    ) -> ApiResult<Quad> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        let name = domain::text::QUAD_NAME.parse(&input.name)?;
        let quad = use_cases::update_quad(app, officer, id, &name, &input.authority_ids).await?;
        Ok(Quad(quad))
    }

    /// Dissolves a quad (programme officers): only one that no review names,
    /// so its authorities are free for another quad that session; refused
    /// with GUARD_FAILED naming each review in the way (a review past
    /// SCHEDULED, or a scheduled one to withdraw first). Returns the id.
    async fn dissolve_quad(&self, ctx: &Context<'_>, id: Uuid) -> ApiResult<Uuid> {
        let officer = require_programme_officer(ctx)?;
        let app = ctx.data::<ApiContext>()?;
        use_cases::dissolve_quad(app, officer, id).await?;
        Ok(id)
    }
}
