//! A published report in the demonstration: the last review of the other
//! quad (Shetland Islands with the reference data; host lead `lead6@`,
//! team `peer13@` to `peer15@` with `team1@` and `team2@`), its focus "Raising attainment in literacy", taken through
//! its visit and agreed findings to a draft report, the host's
//! factual-accuracy check (a comment accepted), every approval and
//! publication, then corrected once, so its public page lists a superseded
//! version 1 and the latest version 2. Every change goes through the
//! domain and the API's own building blocks, and joins the history.
//!
//! [`Demo::published_report`] takes any review to publication and
//! [`Demo::corrected_report`] publishes a correction of it; later
//! demonstrations (a follow-up) build on them.

use super::findings::FindingSketch;
use super::{Demo, DemoFocus, TeamAccounts};
use anyhow::anyhow;
use api::report::use_cases as report_api;
use domain::findings::FindingKind;
use domain::identity::User;
use domain::lifecycle::{Actor, Command, Refusal, ReviewState};
use domain::report::{
    self as rp, Approval, Comment, CommentStatus, Draft, ItemKind, ReportEvent, SectionKey,
};
use domain::Organisation;
use store::report as stored;
use store::review::{self as reviews, Review};
use uuid::Uuid;

/// The published review's peers are new accounts (`peer13@` onwards).
const PUBLISHED_TEAM: TeamAccounts = TeamAccounts {
    first_peer: 13,
    first_other: 1,
};

/// The published report's focus: the theme a reader searches for.
pub(super) const LITERACY: DemoFocus = DemoFocus {
    theme: "Raising attainment in literacy",
    key_questions: &[
        "How well does the authority support its schools to raise attainment in reading and writing, particularly for learners affected by poverty?",
        "How well do the authority's schools use data to close the literacy attainment gap between P1 and S3?",
    ],
    scope: Some("Primary schools and the broad general education in secondary schools"),
};

/// The visit's findings, every strength and area for improvement agreed
/// (indicators by index: 0 is 1.1, 2 is 2.1, 7 is 3.2, 8 is 3.3, 10 is
/// 4.2, 11 is 4.3).
const LITERACY_FINDINGS: [FindingSketch; 6] = [
    (
        1,
        FindingKind::Strength,
        "The authority's literacy strategy is well understood by headteachers, who describe a shared approach to reading for pleasure and to the teaching of phonics.",
        &[0, 10],
        true,
    ),
    (
        2,
        FindingKind::Strength,
        "Attainment in reading at P4 and P7 has risen for three years, and the gap between learners from the most and least deprived areas has narrowed in reading.",
        &[0, 2],
        true,
    ),
    (
        3,
        FindingKind::Strength,
        "Partnerships with the library service and community learning and development bring families into literacy activities.",
        &[11],
        true,
    ),
    (
        1,
        FindingKind::AreaForImprovement,
        "Attainment in writing has not improved at the same rate as reading, particularly for boys in the upper primary stages.",
        &[0, 2],
        true,
    ),
    (
        2,
        FindingKind::AreaForImprovement,
        "Schools do not yet use tracking data consistently to plan and evaluate literacy interventions for care-experienced learners.",
        &[7, 8],
        true,
    ),
    (
        4,
        FindingKind::Evidence,
        "Focus group with eight class teachers: all used the authority's writing moderation materials, fewer than half had taken part in moderation beyond their own school.",
        &[10],
        false,
    ),
];

const NEXT_STEPS: &str = "The authority will include the two areas for improvement in its next \
    education improvement plan, with actions owned by its quality improvement officers, and \
    report progress to the Education Committee.";

/// The host lead's factual-accuracy comment on the second strength, and
/// the team lead's answer and change.
const COMMENT: &str = "Reading attainment has risen for four years, not three: the 2020-21 \
    figures were the first of the rise.";
const REPLY: &str = "Accepted: the strength now says four years.";
const CORRECTED_STRENGTH: &str = "Attainment in reading at P4 and P7 has risen for four years, \
    and the gap between learners from the most and least deprived areas has narrowed in reading.";

/// The correction: its note and the area for improvement it rewords.
const CORRECTION_NOTE: &str = "The first area for improvement named the upper primary stages; \
    the evidence was from P5 to P7 only.";
const CORRECTED_AREA: &str = "Attainment in writing has not improved at the same rate as \
    reading, particularly for boys from P5 to P7.";

/// A report the demonstration published: where anyone reads it.
pub(super) struct PublishedDemo {
    pub review_id: Uuid,
    pub slug: String,
    /// The team lead, as an actor on the review.
    pub team_lead: Actor,
    /// The host lead, as an actor on the review.
    pub host_lead: Actor,
}

fn refused(what: &str, r: Refusal) -> anyhow::Error {
    anyhow!("demo {what}: {}", super::refusal_text(&r))
}

impl Demo<'_> {
    /// The other quad's last review: published, then corrected.
    pub(super) async fn published_and_corrected(
        &self,
        review: Review,
        members: &[Organisation],
    ) -> anyhow::Result<Uuid> {
        let published = self
            .published_report(
                review,
                members,
                "lead6@demo.quads.scot",
                &PUBLISHED_TEAM,
                &LITERACY,
                &LITERACY_FINDINGS,
            )
            .await?;
        tracing::info!(slug = %published.slug, "demo report published");
        self.corrected_report(&published, CORRECTION_NOTE, |draft| {
            let item = draft
                .items_of(ItemKind::AreaForImprovement)
                .first()
                .map(|i| (*i).clone())
                .ok_or_else(|| anyhow!("the demo report has no area for improvement"))?;
            Ok((item.id, CORRECTED_AREA))
        })
        .await?;
        Ok(published.review_id)
    }

    /// Takes a scheduled `review` to "Report published": its focus
    /// agreed, team formed (`accounts`), rubric submitted by its host lead
    /// (`lead_email`), visit planned and started, `findings` recorded and
    /// agreed, the visit completed, the report drafted from them (next
    /// steps written), shared with the host, a factual-accuracy comment by
    /// the host lead accepted with its change, approved by the host lead and
    /// the programme officer, and published as version 1.
    pub(super) async fn published_report(
        &self,
        review: Review,
        members: &[Organisation],
        lead_email: &str,
        accounts: &TeamAccounts,
        focus: &DemoFocus,
        findings: &[FindingSketch],
    ) -> anyhow::Result<PublishedDemo> {
        let review_id = review.id;
        let (host, lead) = self
            .planned_visit(review, members, lead_email, accounts, focus)
            .await?;
        let host_lead = host_lead_actor(&lead, host.id);
        let (team, team_lead) = self.start_visit(review_id).await?;
        self.record_findings(review_id, &team, &team_lead, findings)
            .await?;
        let review = reviews::review(self.txn, review_id).await?;
        let review = self
            .apply_as(review, Command::CompleteVisit, &team_lead)
            .await?;

        // draftReport by the team lead builds the draft, as in the API.
        let facts = reviews::facts(self.txn, &review, self.programme).await?;
        let host_names: Vec<String> = facts.hosts.iter().map(|h| h.name.clone()).collect();
        self.apply_as(review.clone(), Command::DraftReport, &team_lead)
            .await?;
        report_api::create_first_draft(
            self.txn,
            &review,
            &self.programme.name,
            &host_names,
            self.now,
        )
        .await?;

        self.edit(review_id, &team_lead, |draft| {
            draft.set_section(SectionKey::NextSteps, NEXT_STEPS.into());
            Ok(())
        })
        .await?;
        self.share(review_id, &team_lead).await?;

        // The host lead's comment on the second strength, accepted.
        let comment_id = Uuid::now_v7();
        self.report_change(review_id, &host_lead, None, |state, draft| {
            rp::authorise_comment(state, draft, &host_lead).map_err(|r| refused("comment", r))?;
            let item = draft
                .items_of(ItemKind::Strength)
                .get(1)
                .map(|i| i.id)
                .ok_or_else(|| anyhow!("the demo report has no second strength"))?;
            rp::check_comment_target(draft, SectionKey::Strengths, Some(item))
                .map_err(|r| anyhow!("demo comment: {r:?}"))?;
            draft.comments.push(Comment {
                id: comment_id,
                section_key: SectionKey::Strengths,
                item_id: Some(item),
                author_id: host_lead.user_id,
                text: COMMENT.into(),
                created_at: self.now,
                status: CommentStatus::Open,
                reply: None,
                answered_by: None,
                answered_at: None,
            });
            Ok(())
        })
        .await?;
        self.edit(review_id, &team_lead, |draft| {
            let item = draft
                .items_of(ItemKind::Strength)
                .get(1)
                .map(|i| (*i).clone())
                .ok_or_else(|| anyhow!("the demo report has no second strength"))?;
            self.reword(draft, item.id, CORRECTED_STRENGTH)
        })
        .await?;
        let answered = ReportEvent::CommentAnswered {
            comment_id,
            accepted: true,
            reply: REPLY.into(),
        };
        self.report_change(review_id, &team_lead, Some(answered), |state, draft| {
            rp::authorise_answer(state, draft, &team_lead, comment_id)
                .map_err(|r| refused("answer", r))?;
            if let Some(c) = draft.comments.iter_mut().find(|c| c.id == comment_id) {
                c.status = CommentStatus::Accepted;
                c.reply = Some(REPLY.into());
                c.answered_by = Some(team_lead.user_id);
                c.answered_at = Some(self.now);
            }
            Ok(())
        })
        .await?;

        self.approve(review_id, &host_lead).await?;
        self.approve(review_id, &self.officer_actor).await?;
        let review = reviews::review(self.txn, review_id).await?;
        self.apply(review.clone(), Command::PublishReport).await?;
        let draft = stored::draft(self.txn, review_id)
            .await?
            .ok_or_else(|| anyhow!("the demo report has no draft"))?
            .draft;
        let slug = report_api::publish_first_version(
            self.txn,
            &review,
            &self.programme.name,
            &host_names,
            &draft,
            self.officer.id,
            self.now,
        )
        .await?;
        Ok(PublishedDemo {
            review_id,
            slug,
            team_lead,
            host_lead,
        })
    }

    /// A correction of a published report: opened by the programme officer
    /// with `note`, the item `change` names reworded by the team lead,
    /// shared with the host, approved by the host lead and the programme
    /// officer, and published by the team lead as the next version.
    pub(super) async fn corrected_report(
        &self,
        published: &PublishedDemo,
        note: &str,
        change: impl FnOnce(&Draft) -> anyhow::Result<(Uuid, &'static str)>,
    ) -> anyhow::Result<()> {
        let review_id = published.review_id;
        let latest = stored::published_of(self.txn, review_id)
            .await?
            .pop()
            .ok_or_else(|| anyhow!("the demo report is not published"))?;
        let note = rp::CHANGE_NOTE
            .parse(note)
            .map_err(|(_, m)| anyhow!("demo change note: {m}"))?;
        let opened = ReportEvent::CorrectionOpened {
            change_note: note.clone(),
        };
        self.report_change(
            review_id,
            &self.officer_actor,
            Some(opened),
            |state, draft| {
                rp::authorise_open_correction(state, draft, &self.officer_actor)
                    .map_err(|r| refused("correction", r))?;
                draft.open_correction(&latest.snapshot, note);
                Ok(())
            },
        )
        .await?;
        self.edit(review_id, &published.team_lead, |draft| {
            let (item, text) = change(draft)?;
            self.reword(draft, item, text)
        })
        .await?;
        self.share(review_id, &published.team_lead).await?;
        self.approve(review_id, &published.host_lead).await?;
        self.approve(review_id, &self.officer_actor).await?;

        let review = reviews::review(self.txn, review_id).await?;
        let facts = reviews::facts(self.txn, &review, self.programme).await?;
        let hosts: Vec<(Uuid, String, bool)> = facts
            .hosts
            .iter()
            .map(|h| (h.authority_id, h.name.clone(), h.has_lead_user))
            .collect();
        let stored = stored::draft(self.txn, review_id)
            .await?
            .ok_or_else(|| anyhow!("the demo report has no draft"))?;
        let lead = &published.team_lead;
        rp::authorise_publish_correction(facts.state, &stored.draft, lead, &hosts)
            .map_err(|r| refused("publishReportCorrection", r))?;
        let mut draft = stored.draft.clone();
        let host_names: Vec<String> = facts.hosts.iter().map(|h| h.name.clone()).collect();
        let event = report_api::publish_correction_version(
            self.txn,
            &review,
            &self.programme.name,
            &host_names,
            &mut draft,
            lead.user_id,
            self.now,
        )
        .await?
        .ok_or_else(|| anyhow!("the demo report has no published version"))?;
        self.save(&review, &stored, &draft, lead, Some(event)).await
    }

    /// An edit of the draft by a team member, as `updateReportSection` and
    /// `updateReportItem` make it.
    async fn edit(
        &self,
        review_id: Uuid,
        editor: &Actor,
        change: impl FnOnce(&mut Draft) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.report_change(review_id, editor, None, |state, draft| {
            rp::authorise_edit(state, draft, editor).map_err(|r| refused("edit", r))?;
            change(draft)
        })
        .await
    }

    /// An item's text replaced (its indicators and findings kept), checked
    /// as `updateReportItem` checks it.
    fn reword(&self, draft: &mut Draft, item_id: Uuid, text: &str) -> anyhow::Result<()> {
        let item = draft
            .items
            .iter()
            .find(|i| i.id == item_id)
            .cloned()
            .ok_or_else(|| anyhow!("demo item {item_id} is not in the draft"))?;
        let content = rp::check_item(
            item.kind,
            text,
            &item.indicators,
            &item.finding_ids,
            &item.indicators,
            &item.finding_ids,
        )
        .map_err(|r| anyhow!("demo item: {r:?}"))?;
        draft.update_item(item_id, content);
        Ok(())
    }

    /// `shareReportDraft` by the team lead.
    async fn share(&self, review_id: Uuid, lead: &Actor) -> anyhow::Result<()> {
        let stored = stored::draft(self.txn, review_id)
            .await?
            .ok_or_else(|| anyhow!("the demo report has no draft"))?;
        let event = ReportEvent::Shared {
            draft_version: stored.draft.draft_version,
        };
        self.report_change(review_id, lead, Some(event), |state, draft| {
            rp::authorise_share(state, draft, lead).map_err(|r| refused("share", r))?;
            draft.shared_with_host_at = Some(self.now);
            Ok(())
        })
        .await
    }

    /// `approveReport` by a host lead or the programme officer, of the
    /// current draft version.
    async fn approve(&self, review_id: Uuid, actor: &Actor) -> anyhow::Result<()> {
        let review = reviews::review(self.txn, review_id).await?;
        let facts = reviews::facts(self.txn, &review, self.programme).await?;
        let host_ids: Vec<Uuid> = facts.hosts.iter().map(|h| h.authority_id).collect();
        let stored = stored::draft(self.txn, review_id)
            .await?
            .ok_or_else(|| anyhow!("the demo report has no draft"))?;
        rp::authorise_approve(facts.state, &stored.draft, actor, &host_ids)
            .map_err(|r| refused("approveReport", r))?;
        let mut draft = stored.draft.clone();
        let version = draft.draft_version;
        let mut event = None;
        for (role, authority) in rp::approval_roles(actor, &host_ids) {
            draft.approvals.push(Approval {
                by: actor.user_id,
                role,
                authority_id: authority,
                draft_version: version,
                at: self.now,
            });
            event.get_or_insert(ReportEvent::Approved {
                draft_version: version,
                role,
                authority_name: authority.and_then(|id| {
                    facts
                        .hosts
                        .iter()
                        .find(|h| h.authority_id == id)
                        .map(|h| h.name.clone())
                }),
            });
        }
        self.save(&review, &stored, &draft, actor, event).await
    }

    /// A change of the draft by `actor`: `change` authorises and makes it
    /// on the draft as stored (given the review's state); the draft is
    /// written claiming its revision, with `event` in the history.
    async fn report_change(
        &self,
        review_id: Uuid,
        actor: &Actor,
        event: Option<ReportEvent>,
        change: impl FnOnce(ReviewState, &mut Draft) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let review = reviews::review(self.txn, review_id).await?;
        let stored = stored::draft(self.txn, review_id)
            .await?
            .ok_or_else(|| anyhow!("the demo report has no draft"))?;
        let mut draft = stored.draft.clone();
        change(review.state, &mut draft)?;
        self.save(&review, &stored, &draft, actor, event).await
    }

    async fn save(
        &self,
        review: &Review,
        stored: &stored::StoredDraft,
        draft: &Draft,
        actor: &Actor,
        event: Option<ReportEvent>,
    ) -> anyhow::Result<()> {
        stored::save_draft(self.txn, stored, draft, self.now).await?;
        if let Some(change) = event {
            let decided = rp::decide_report_event(actor, change, self.now);
            reviews::record_event(self.txn, review, &decided).await?;
        }
        Ok(())
    }
}

/// The host lead of `authority`, as an actor on its review.
fn host_lead_actor(lead: &User, authority: Uuid) -> Actor {
    Actor {
        user_id: lead.id,
        host_lead_of: vec![authority],
        host_user: true,
        ..Actor::default()
    }
}
