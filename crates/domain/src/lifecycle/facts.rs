//! Everything the lifecycle's guards read about one review, for every stage.
//!
//! The store builds a `ReviewFacts` inside the transaction that will apply
//! the decision, so the guards judge the data the transition commits with.
//! Stage data that a later issue will record (self-evaluation, visit,
//! findings, report, follow-up) is an `Option`: `None` means the software
//! does not record that stage's data yet, and the command needing it is
//! refused naming what is missing rather than waved through.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};
use uuid::Uuid;

use super::command::TeamRole;
use super::state::ReviewState;

/// The facts about one review that the guards read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewFacts {
    /// The review's current state.
    pub state: ReviewState,
    /// The state the review left when it was postponed; `resume` returns
    /// there. Set only while `state` is `POSTPONED`.
    pub postponed_from: Option<ReviewState>,
    /// The host authority or authorities (a joint review has several).
    pub hosts: Vec<HostFacts>,
    /// The programme's rules, after its kind's defaults.
    pub rules: ProgrammeRules,
    /// For Quads: the quad's other authorities, each of which must have a
    /// member on the team. Empty for CI reviews.
    pub quad_peers: Vec<AuthorityRef>,
    /// The agreed focus and its programme-level sign-off.
    pub focus: FocusFacts,
    /// Everyone ever invited to the team, declined members included.
    pub members: Vec<MemberFacts>,
    /// Conflicts of interest raised about the team and not yet resolved.
    pub unresolved_conflicts: u32,
    /// The self-evaluation, once the software records it.
    pub self_evaluation: Option<SelfEvaluationFacts>,
    /// The visit plan, once the software records it.
    pub visit: Option<VisitFacts>,
    /// The team's findings, once the software records them.
    pub findings: Option<FindingsFacts>,
    /// The report, once the software records it.
    pub report: Option<ReportFacts>,
    /// Follow-up, once the software records it.
    pub follow_up: Option<FollowUpFacts>,
}

/// An authority, by id and by the name messages use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorityRef {
    /// The organisation's id.
    pub authority_id: Uuid,
    /// Its name, e.g. "City of Edinburgh Council".
    pub name: String,
}

/// One host authority and what its lead has signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostFacts {
    /// The host authority's organisation id.
    pub authority_id: Uuid,
    /// Its name, for messages.
    pub name: String,
    /// The authority has a user named as its host lead.
    pub has_lead_user: bool,
    /// The host lead has signed off the current focus (editing the focus
    /// clears this).
    pub lead_signed_off_focus: bool,
    /// The host lead has approved the current draft of the report.
    pub lead_approved_report: bool,
}

/// The kind of programme, which sets the defaults of its rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProgrammeKind {
    /// Collaborative Improvement (2021–24).
    Ci,
    /// Quads (2024–): four authorities reviewing each other.
    Quads,
}

/// What a submitted self-evaluation must contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SelfEvaluationMode {
    /// Every required quality indicator graded on the scale with evidence
    /// (Quads).
    Rubric,
    /// At least one self-evaluation document attached (CI).
    EvidenceOnly,
}

/// A programme's rules that the guards apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeRules {
    /// CI or Quads.
    pub kind: ProgrammeKind,
    /// Fewest team members, declined invitations not counted.
    pub team_size_min: u32,
    /// Most team members, declined invitations not counted.
    pub team_size_max: u32,
    /// The team must include an HM Inspector.
    pub hmi_required: bool,
    /// Number of visit days.
    pub visit_length_days: u32,
    /// What the self-evaluation must contain.
    pub self_evaluation_mode: SelfEvaluationMode,
}

impl ProgrammeRules {
    /// The defaults of a programme kind: a team of 6–12, no HMI required, a
    /// three-day visit, and the kind's self-evaluation mode.
    pub fn defaults_for(kind: ProgrammeKind) -> Self {
        ProgrammeRules {
            kind,
            team_size_min: 6,
            team_size_max: 12,
            hmi_required: false,
            visit_length_days: 3,
            self_evaluation_mode: match kind {
                ProgrammeKind::Ci => SelfEvaluationMode::EvidenceOnly,
                ProgrammeKind::Quads => SelfEvaluationMode::Rubric,
            },
        }
    }
}

/// The focus: theme, key questions and the programme officer's sign-off
/// (host leads' sign-offs are on [`HostFacts`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FocusFacts {
    /// The aspect of the authority's work under review.
    pub theme: Option<String>,
    /// The key questions; blank ones do not count.
    pub key_questions: Vec<String>,
    /// A programme officer has signed off the current focus.
    pub programme_officer_signed_off: bool,
}

/// Where a team member comes from. Follows from their organisation; never
/// typed in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum Affiliation {
    /// A host authority.
    Host,
    /// ADES.
    Ades,
    /// Education Scotland.
    EducationScotland,
    /// HM Inspectors.
    HmInspectors,
    /// Another local authority.
    PeerAuthority,
    /// A partner organisation.
    Partner,
}

/// Where an invitation to join the team stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum InvitationStatus {
    /// Not answered yet.
    Pending,
    /// Accepted: the person is on the team.
    Accepted,
    /// Declined: no longer counted, kept in the history.
    Declined,
}

/// One person invited to the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberFacts {
    /// The person.
    pub user_id: Uuid,
    /// Their local authority, when they belong to one.
    pub authority_id: Option<Uuid>,
    /// Where they come from.
    pub affiliation: Affiliation,
    /// Lead or member.
    pub role: TeamRole,
    /// Whether they have answered.
    pub invitation: InvitationStatus,
}

/// The self-evaluation as far as `submitSelfEvaluation` needs it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SelfEvaluationFacts {
    /// Required quality indicators (e.g. "1.2") not yet graded with
    /// evidence.
    pub missing_indicators: Vec<String>,
    /// Self-evaluation documents attached (e.g. the S and Q report).
    pub documents_attached: u32,
}

/// The visit plan as far as `startVisit` needs it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VisitFacts {
    /// The visit days; consecutive working days are checked where the
    /// dates are entered, against the authority's calendar.
    pub days: Vec<NaiveDate>,
}

impl VisitFacts {
    /// The earliest visit day, if any is set.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.days.iter().min().copied()
    }
}

/// The team's agreed findings, as far as `completeVisit` and `draftReport`
/// need them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FindingsFacts {
    /// Strengths agreed by the team.
    pub agreed_strengths: u32,
    /// Areas for improvement agreed by the team.
    pub agreed_areas_for_improvement: u32,
}

/// The report as far as `draftReport` and `publishReport` need it (host
/// approvals are on [`HostFacts`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportFacts {
    /// A draft has been built from the agreed findings.
    pub draft_exists: bool,
    /// A programme officer has approved the current draft.
    pub programme_officer_approved: bool,
    /// Factual-accuracy comments not answered yet.
    pub open_comments: u32,
    /// The team lead has shared the current draft with the host.
    pub shared_with_host: bool,
    /// A correction of the published report is open.
    pub correction_open: bool,
}

/// Follow-up as far as `beginFollowUp` and `close` need it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FollowUpFacts {
    /// Published areas for improvement with neither an action nor a
    /// recorded reason why none.
    pub areas_without_action_or_reason: u32,
    /// Follow-up sessions scheduled.
    pub sessions_scheduled: u32,
    /// Actions neither done nor carried into the improvement plan.
    pub actions_open: u32,
    /// Impact measures with a later value, or a recorded reason why none.
    pub impact_measures_with_later_value_or_reason: u32,
    /// The open actions' owners and due dates, for their owners' tasks.
    pub open_actions: Vec<OpenAction>,
}

/// An open action as its owner's task needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenAction {
    /// Who owns it.
    pub owner: Uuid,
    /// When it is due.
    pub due_on: NaiveDate,
}

impl ReviewFacts {
    /// A newly scheduled review with no focus, team or stage data: the
    /// starting point the store fills in.
    pub fn new(hosts: Vec<HostFacts>, rules: ProgrammeRules) -> Self {
        ReviewFacts {
            state: ReviewState::Scheduled,
            postponed_from: None,
            hosts,
            rules,
            quad_peers: Vec::new(),
            focus: FocusFacts::default(),
            members: Vec::new(),
            unresolved_conflicts: 0,
            self_evaluation: None,
            visit: None,
            findings: None,
            report: None,
            follow_up: None,
        }
    }
}

impl Affiliation {
    /// The stored name, e.g. `EDUCATION_SCOTLAND`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::str::FromStr for Affiliation {
    type Err = super::state::UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        super::state::parse_name("affiliation", s)
    }
}

impl InvitationStatus {
    /// The stored name, e.g. `PENDING`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::str::FromStr for InvitationStatus {
    type Err = super::state::UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        super::state::parse_name("invitation status", s)
    }
}
