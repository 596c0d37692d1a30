//! The self-evaluation stage in the demonstration, so a newcomer sees it
//! filled in: a Quads review whose host lead (`lead2@`) submitted a graded
//! rubric, and a Collaborative Improvement review whose host lead
//! (`lead3@`) submitted its Standards and Quality report as evidence. Both
//! reach "Self-evaluation submitted" through the domain's commands, as in
//! the API.

use super::{month, Demo, DemoFocus, TeamAccounts};
use anyhow::anyhow;
use chrono::Utc;
use domain::identity::{Role, User};
use domain::lifecycle::{self as lc, Actor, Command, ProgrammeKind};
use domain::programme::{Phase, ProgrammeSettings};
use domain::self_evaluation::{EntryContent, Perspective};
use domain::{Organisation, OrganisationKind};
use store::programme::{self as programmes, ProgrammeSpec};
use store::review::{self as reviews, Review};
use store::{Store, TransactionTrait};
use uuid::Uuid;

/// The framework the demonstration's Quads programme is made on.
pub(super) const FRAMEWORK: &str = "authority-illustrative";

/// The demonstration's Collaborative Improvement programme with an open
/// review.
pub const CI_DEMO: &str = "Collaborative Improvement 2025-26";

/// The rubric review's peers are new accounts; HM Inspectors and
/// Education Scotland are the Edinburgh team's.
pub(super) const RUBRIC_TEAM: TeamAccounts = TeamAccounts {
    first_peer: 4,
    first_other: 1,
};

/// Grades the demonstration's rubric gives, in turn.
const GRADES: [u8; 5] = [5, 4, 4, 3, 5];

impl Demo<'_> {
    /// Takes a review of another quad to a submitted rubric: its host
    /// lead (`lead_email`), focus agreed, team formed (`accounts`), every
    /// indicator graded with evidence, then submitted by the host lead.
    /// Returns the host authority and its lead.
    pub(super) async fn submitted_rubric(
        &self,
        review: Review,
        members: &[Organisation],
        lead_email: &str,
        accounts: &TeamAccounts,
        focus: &DemoFocus,
    ) -> anyhow::Result<(Organisation, User)> {
        let (host, lead) = self.host_lead(&review, members, lead_email).await?;
        let review = self.agree_focus(review, &lead.email, focus).await?;
        self.form_team(review.clone(), members, accounts).await?;
        let framework = store::reference::framework(self.txn, FRAMEWORK, Some(1)).await?;
        let se = store::self_evaluation::ensure(
            self.txn,
            review.id,
            host.id,
            Some((FRAMEWORK, 1)),
            self.now,
        )
        .await?;
        for (i, qi) in framework.indicators().enumerate() {
            let content = EntryContent {
                grade: Some(GRADES[i % GRADES.len()]),
                evidence: format!(
                    "{}: attainment and inclusion data 2021-24, the authority's quality \
                     assurance visits and what headteachers said at the autumn conference.",
                    qi.title
                ),
                strengths: "A shared understanding of priorities across schools.".into(),
                areas_for_improvement: "Tracking the impact of interventions over time.".into(),
                answers: Vec::new(),
            };
            store::self_evaluation::save_entry(
                self.txn,
                se.id,
                Perspective::Host,
                &qi.number,
                0,
                &content,
                lead.id,
                self.now,
            )
            .await?;
        }
        self.submit(review.id, host.id, &lead).await?;
        Ok((host, lead))
    }

    /// The host authority of `review` and its host lead, a demo account
    /// `email` made when missing.
    async fn host_lead(
        &self,
        review: &Review,
        members: &[Organisation],
        email: &str,
    ) -> anyhow::Result<(Organisation, User)> {
        let host_id = reviews::hosts_of(self.txn, &[review.id])
            .await?
            .remove(&review.id)
            .and_then(|h| h.first().copied())
            .ok_or_else(|| anyhow!("the demo review has no host"))?;
        let host = members
            .iter()
            .find(|m| m.id == host_id)
            .cloned()
            .ok_or_else(|| anyhow!("the demo review's host is not loaded"))?;
        let lead = match store::identity::user_by_email(self.txn, email).await? {
            Some((u, _)) => u,
            None => {
                store::identity::create_user(
                    self.txn,
                    store::identity::NewUser {
                        email: email.into(),
                        name: format!("Host lead, {}", host.name),
                        organisation_id: host.id,
                        roles: vec![Role::AuthorityUser],
                        lead: true,
                        password_hash: Some(super::demo_password_hash().await?),
                    },
                    self.now,
                )
                .await?
            }
        };
        Ok((host, lead))
    }

    /// `submitSelfEvaluation` by the host lead, as the API makes it.
    async fn submit(&self, review_id: Uuid, host: Uuid, lead: &User) -> anyhow::Result<()> {
        let review = reviews::review(self.txn, review_id).await?;
        let facts = reviews::facts(self.txn, &review, self.programme).await?;
        let actor = Actor {
            user_id: lead.id,
            host_lead_of: vec![host],
            host_user: true,
            ..Actor::default()
        };
        let decided = lc::decide_command(
            &facts,
            &Command::SubmitSelfEvaluation,
            &actor,
            self.now,
            self.now.date_naive(),
        )
        .map_err(|r| anyhow!("demo submitSelfEvaluation: {r:?}"))?;
        reviews::apply_event(self.txn, &review, &decided).await?;
        store::self_evaluation::mark_submitted(self.txn, review.id, lead.id, self.now).await?;
        Ok(())
    }
}

/// A Collaborative Improvement programme with one review, of Highland, at
/// "Self-evaluation submitted": its Standards and Quality report attached
/// with a summary. Leaves an existing programme of that name alone.
pub async fn create_ci_demo(store: &Store) -> anyhow::Result<bool> {
    let db = store.conn();
    if programmes::programme_by_name(db, CI_DEMO).await?.is_some() {
        return Ok(false);
    }
    let organisations = store::reference::organisations(db).await?;
    let named = |name: &str| {
        organisations
            .iter()
            .find(|o| o.name == name && o.kind == OrganisationKind::LocalAuthority)
            .cloned()
            .ok_or_else(|| anyhow!("{name} is not loaded"))
    };
    // The host and the authorities of the Edinburgh team's first two peers.
    let members = vec![
        named("Highland")?,
        named("Aberdeen City")?,
        named("Aberdeenshire")?,
    ];
    let officer = store::identity::user_by_email(db, "officer@demo.quads.scot")
        .await?
        .ok_or_else(|| anyhow!("the demo users are missing"))?
        .0;
    let now = Utc::now();
    let txn = db.begin().await?;
    let mut settings = ProgrammeSettings::defaults_for(ProgrammeKind::Ci);
    settings.rules.team_size_min = 6;
    let programme = programmes::create_programme(
        &txn,
        &ProgrammeSpec {
            name: CI_DEMO.into(),
            phases: vec![Phase {
                number: 1,
                from: month("2025-08"),
                to: month("2026-06"),
            }],
            settings,
        },
        now,
    )
    .await?;
    let demo = Demo {
        txn: &txn,
        programme: &programme,
        now,
        officer_actor: Actor {
            user_id: officer.id,
            programme_officer: true,
            ..Actor::default()
        },
        officer,
    };
    let host = &members[0];
    let request = lc::ScheduleRequest {
        kind: ProgrammeKind::Ci,
        placement: lc::Placement {
            programme_id: programme.id,
            quad_id: None,
            hosts: vec![lc::AuthorityRef {
                authority_id: host.id,
                name: host.name.clone(),
            }],
            slot: lc::Slot {
                phase: 1,
                month: month("2026-05"),
            },
            theme: Some("Raising attainment in the senior phase".into()),
        },
        quad_members: Vec::new(),
    };
    let decided = lc::decide_schedule(&request, &demo.officer_actor, now)
        .map_err(|r| anyhow!("demo schedule: {}", super::refusal_text(&r)))?;
    let review = reviews::insert_review(&txn, &decided).await?;
    let (host, lead) = demo
        .host_lead(&review, &members, "lead3@demo.quads.scot")
        .await?;
    let review = demo
        .agree_focus(review, &lead.email, &super::SENIOR_PHASE)
        .await?;
    demo.form_team(review.clone(), &members, &super::EDINBURGH_TEAM)
        .await?;
    let se = store::self_evaluation::ensure(&txn, review.id, host.id, None, now).await?;
    store::attachment::add(
        &txn,
        store::attachment::NewAttachment {
            id: Uuid::now_v7(),
            owner: store::self_evaluation::documents_owner(se.id),
            file_name: "highland-standards-and-quality-report-2025.txt".into(),
            content_type: "text/plain".into(),
            summary: Some(
                "Standards and Quality report 2024-25: attainment in the senior phase, \
                 attendance and the authority's improvement priorities."
                    .into(),
            ),
            uploaded_by: Some(lead.id),
            content: "Highland Council\nStandards and Quality report 2024-25\n\n\
                      A demonstration document: the authority's own evaluation of its \
                      education service.\n"
                .as_bytes()
                .to_vec(),
        },
        now,
    )
    .await?;
    demo.submit(review.id, host.id, &lead).await?;
    store::reminders::reschedule_programme(&txn, programme.id, now).await?;
    txn.commit().await?;
    Ok(true)
}
