//! Findings in the demonstration: the second review of the other quad
//! (host lead `lead5@`, team `peer10@` to `peer12@` with `team1@` and
//! `team2@`), its visit planned and started by its team lead, with findings
//! recorded by several members, some agreed by the team lead (a strength
//! and an area for improvement, so the visit can be completed) and some
//! still drafts. Every change goes through the domain and joins the
//! histories, as in the API.

use super::{Demo, TeamAccounts};
use anyhow::anyhow;
use domain::findings::{self as fd, FindingChangeKind, FindingEvent, FindingKind, FindingStatus};
use domain::lifecycle::{self as lc, Actor, Command, TeamRole};
use domain::Organisation;
use store::review::{self as reviews, Review};
use uuid::Uuid;

/// The review's peers are new accounts (`peer10@` onwards).
const IN_VISIT_TEAM: TeamAccounts = TeamAccounts {
    first_peer: 10,
    first_other: 1,
};

/// The findings: who records them (the team's index, the lead first),
/// kind, text, indicators (first indicators of the framework, by index),
/// and whether the team lead agrees them.
pub(super) type FindingSketch = (usize, FindingKind, &'static str, &'static [usize], bool);

const FINDINGS: [FindingSketch; 6] = [
    (
        1,
        FindingKind::Strength,
        "Headteachers describe a shared, well-understood approach to self-evaluation, led by the authority's quality improvement officers.",
        &[0, 1],
        true,
    ),
    (
        2,
        FindingKind::AreaForImprovement,
        "Attendance data is collected well but not yet used to plan support for the young people who need it most.",
        &[2],
        true,
    ),
    (
        3,
        FindingKind::Evidence,
        "Focus group with six headteachers: all could name the authority's three priorities.",
        &[0],
        false,
    ),
    (
        1,
        FindingKind::AreaForImprovement,
        "Parents are not yet routinely involved in evaluating the authority's work.",
        &[],
        false,
    ),
    (
        4,
        FindingKind::Strength,
        "Professional learning for new teachers is well planned and valued by them.",
        &[1],
        false,
    ),
    (
        0,
        FindingKind::Strength,
        "Senior leaders are visible in schools and trusted by staff.",
        &[0],
        false,
    ),
];

fn member(user_id: Uuid, role: TeamRole) -> Actor {
    Actor {
        user_id,
        team_role: Some(role),
        ..Actor::default()
    }
}

impl Demo<'_> {
    /// Takes `review` to a planned visit, starts it (as its team lead) and
    /// records its findings.
    pub(super) async fn visit_with_findings(
        &self,
        review: Review,
        members: &[Organisation],
    ) -> anyhow::Result<()> {
        let review_id = review.id;
        self.planned_visit(
            review,
            members,
            "lead5@demo.quads.scot",
            &IN_VISIT_TEAM,
            &super::SENIOR_PHASE,
        )
        .await?;
        let (team, lead) = self.start_visit(review_id).await?;
        self.record_findings(review_id, &team, &lead, &FINDINGS)
            .await
    }

    /// `startVisit` by the team lead; returns the accepted team (the lead
    /// first) and the lead as an actor. The demo's review months are past:
    /// the visit starts at once.
    pub(super) async fn start_visit(&self, review_id: Uuid) -> anyhow::Result<(Vec<Uuid>, Actor)> {
        let team = self.accepted_team(review_id).await?;
        let lead = member(
            *team.first().ok_or_else(|| anyhow!("no team lead"))?,
            TeamRole::Lead,
        );
        let review = reviews::review(self.txn, review_id).await?;
        self.apply_as(review, Command::StartVisit, &lead).await?;
        Ok((team, lead))
    }

    /// Records `findings` as the team's members (`team`, the lead first),
    /// the team lead (`lead`) agreeing those the sketch marks.
    pub(super) async fn record_findings(
        &self,
        review_id: Uuid,
        team: &[Uuid],
        lead: &Actor,
        findings: &[FindingSketch],
    ) -> anyhow::Result<()> {
        let framework = match self.programme.settings.framework.clone() {
            Some((id, version)) => store::reference::framework(self.txn, &id, Some(version))
                .await?
                .indicators()
                .map(|q| q.number.clone())
                .collect(),
            None => Vec::new(),
        };
        for &(who, kind, text, indicators, agreed) in findings {
            let author = *team.get(who).ok_or_else(|| anyhow!("no member {who}"))?;
            let role = if who == 0 {
                TeamRole::Lead
            } else {
                TeamRole::Member
            };
            let facts = self.findings_facts(review_id).await?;
            fd::authorise_record(facts.state, &member(author, role))
                .map_err(|r| anyhow!("demo finding: {r:?}"))?;
            let numbers: Vec<String> = indicators
                .iter()
                .filter_map(|i| framework.get(*i).cloned())
                .collect();
            let content = fd::check_content(
                &fd::FindingInput {
                    kind,
                    text,
                    indicators: &numbers,
                    session_id: None,
                },
                &framework,
                &[],
            )
            .map_err(|r| anyhow!("demo finding: {r:?}"))?;
            let (row, _) = store::findings::record(
                self.txn,
                store::findings::NewFinding {
                    review_id,
                    author_id: author,
                    idempotency_key: Uuid::now_v7(),
                    content: &content,
                },
                self.now,
            )
            .await?;
            if agreed {
                let finding = store::findings::from_row(row)?;
                fd::authorise_agree(facts.state, lead, &finding.as_ref())
                    .map_err(|r| anyhow!("demo agreement: {r:?}"))?;
                store::findings::set_status(
                    self.txn,
                    &finding,
                    finding.version,
                    FindingStatus::Agreed,
                    FindingChangeKind::Agreed,
                    lead.user_id,
                    self.now,
                )
                .await?;
                let review = reviews::review(self.txn, review_id).await?;
                let decided = fd::decide_finding_event(
                    &facts,
                    lead,
                    FindingEvent::Agreed {
                        finding_id: finding.id,
                        kind,
                        text: content.text.clone(),
                    },
                    self.now,
                )
                .map_err(|r| anyhow!("demo agreement: {r:?}"))?;
                reviews::record_event(self.txn, &review, &decided).await?;
            }
        }
        Ok(())
    }

    async fn findings_facts(&self, review_id: Uuid) -> anyhow::Result<lc::ReviewFacts> {
        let review = reviews::review(self.txn, review_id).await?;
        Ok(reviews::facts(self.txn, &review, self.programme).await?)
    }
}
