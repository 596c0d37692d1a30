//! The Quads 2024–25 demonstration that `quads seed --demo` adds: the
//! programme with its guidance, eight quads from the LGBF family groups, a
//! review for each member of the first two quads (one of them postponed),
//! the City of Edinburgh's review taken through an agreed focus to a
//! formed team, and others further, to a published report. Every change
//! goes through the domain, as in the API, so the demo's history shows it.
//!
//! [`create_quads_demo`] reads as the list of steps; each step is a
//! function below it, in the order they run. The self-evaluation stage
//! (a submitted rubric in this programme, an evidence-only review of a
//! Collaborative Improvement programme) is in `demo/self_evaluation.rs`;
//! a review with a planned visit in `demo/visit.rs`; a review in the
//! middle of its visit, with findings, in `demo/findings.rs`; a review
//! whose report is published and corrected in `demo/report.rs`; its
//! participant survey in `demo/survey.rs`.

mod findings;
mod follow_up;
mod report;
mod self_evaluation;
mod survey;
mod visit;
pub use self_evaluation::{create_ci_demo, CI_DEMO};
pub use survey::DEMO_SURVEY_TOKEN;

use super::refusal_text;
use anyhow::anyhow;
use chrono::{DateTime, Utc};
use domain::identity::{Role, User};
use domain::lifecycle::{
    self as lc, Actor, Change, Command, Decided, PersonRef, ProgrammeKind, TeamRole,
};
use domain::programme::{self as pr, Focus, Month, Phase, ProgrammeSettings};
use domain::{Organisation, OrganisationKind};
use store::programme::{self as programmes, Programme, ProgrammeSpec, Quad};
use store::review::{self as reviews, NewMember, Review};
use store::{DatabaseTransaction, Store, TransactionTrait};
use uuid::Uuid;

/// The Quads 2024–25 demonstration programme's name.
pub const QUADS_DEMO: &str = "Quads 2024-25";

/// A review's focus in the demonstration: theme, key questions, scope.
struct DemoFocus {
    theme: &'static str,
    key_questions: &'static [&'static str],
    scope: Option<&'static str>,
}

/// The focus most of the demonstration's reviews agree.
const SENIOR_PHASE: DemoFocus = DemoFocus {
    theme: "Raising attainment in the senior phase",
    key_questions: &["How well does the authority's curriculum offer meet the needs of all learners in S4 to S6?"],
    scope: Some("Secondary schools and their partners"),
};

fn month(s: &str) -> Month {
    Month::parse(s).unwrap_or_else(|_| Month::of(chrono::NaiveDate::default()))
}

/// The demo password, hashed: the team accounts the demonstration makes
/// sign in with it like the other demo users (README, "Demo users").
async fn demo_password_hash() -> anyhow::Result<String> {
    api::secrets::hash_password(crate::accounts::DEMO_PASSWORD.into())
        .await
        .map_err(|e| anyhow!("cannot hash the demo password: {e}"))
}

/// Creates the Quads 2024–25 programme: eight quads from the LGBF family
/// groups, a review for each member of the first two quads, and reviews in
/// several states (the City of Edinburgh's with an agreed focus and a
/// formed team). Leaves an existing programme of that name alone.
pub async fn create_quads_demo(store: &Store) -> anyhow::Result<bool> {
    let db = store.conn();
    if programmes::programme_by_name(db, QUADS_DEMO)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let mut authorities: Vec<Organisation> = store::reference::organisations(db)
        .await?
        .into_iter()
        .filter(|o| o.kind == OrganisationKind::LocalAuthority)
        .collect();
    authorities.sort_by_key(|a| (a.lgbf_family_group.unwrap_or(9), a.name.clone()));
    let officer = store::identity::user_by_email(db, "officer@demo.quads.scot")
        .await?
        .ok_or_else(|| anyhow!("the demo users are missing"))?
        .0;
    let now = Utc::now();
    let txn = store.conn().begin().await?;
    let programme = create_programme(&txn, now).await?;
    store::survey::seed_default_statements(&txn, programme.id).await?;
    let quads = create_quads(&txn, &authorities, now).await?;
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
    let scheduled = demo.schedule_reviews(&quads).await?;
    let (review, members) = scheduled
        .edinburgh
        .ok_or_else(|| anyhow!("City of Edinburgh is not loaded"))?;
    if let Some(other) = scheduled.postponed {
        demo.apply(
            other,
            Command::Postpone {
                reason: "The host asked to move the visit after a national thematic inspection."
                    .into(),
            },
        )
        .await?;
    }
    // The City of Edinburgh's review: focus signed off, a full team.
    let review = demo
        .agree_focus(review, "lead@demo.quads.scot", &SENIOR_PHASE)
        .await?;
    demo.form_team(review, &members, &EDINBURGH_TEAM).await?;
    // Another quad's review, its rubric submitted.
    if let Some((review, members)) = scheduled.rubric {
        demo.submitted_rubric(
            review,
            &members,
            "lead2@demo.quads.scot",
            &self_evaluation::RUBRIC_TEAM,
            &SENIOR_PHASE,
        )
        .await?;
    }
    // A third review of that quad, its visit planned.
    if let Some((review, members)) = scheduled.planned {
        demo.planned_visit(
            review,
            &members,
            "lead4@demo.quads.scot",
            &visit::PLANNED_TEAM,
            &SENIOR_PHASE,
        )
        .await?;
    }
    // The second of that quad, in the middle of its visit, with findings.
    if let Some((review, members)) = scheduled.in_visit {
        demo.visit_with_findings(review, &members).await?;
    }
    // The last of that quad: its report published ten weeks ago, then
    // corrected, and now in follow-up (one action overdue, an impact
    // measure published with the report).
    if let Some((review, members)) = scheduled.published {
        let earlier = Demo {
            txn: &txn,
            programme: &programme,
            now: now - chrono::Duration::weeks(10),
            officer: demo.officer.clone(),
            officer_actor: demo.officer_actor.clone(),
        };
        let review_id = earlier.published_and_corrected(review, &members).await?;
        demo.in_follow_up(review_id, "lead6@demo.quads.scot")
            .await?;
        // Its participant survey: answered by four, one link left to try.
        demo.answered_survey(review_id).await?;
    }
    // The steps write the store directly: plan the reminders as every
    // change does, so the demo users see what is to come.
    store::reminders::reschedule_programme(&txn, programme.id, now).await?;
    txn.commit().await?;
    Ok(true)
}

/// The programme (a team of at least six) and its guidance.
async fn create_programme(
    txn: &DatabaseTransaction,
    now: DateTime<Utc>,
) -> anyhow::Result<Programme> {
    let mut settings = ProgrammeSettings::defaults_for(ProgrammeKind::Quads);
    settings.rules.team_size_min = 6;
    settings.framework = Some((self_evaluation::FRAMEWORK.into(), 1));
    let programme = programmes::create_programme(
        txn,
        &ProgrammeSpec {
            name: QUADS_DEMO.into(),
            phases: vec![Phase {
                number: 1,
                from: month("2024-09"),
                to: month("2025-06"),
            }],
            settings,
        },
        now,
    )
    .await?;
    programmes::add_material(
        txn,
        programme.id,
        "Quads: the process, key terms and expectations".into(),
        "https://www.ades.scot/quads/guidance".into(),
        now,
    )
    .await?;
    Ok(programme)
}

/// A quad of each four authorities in turn (sorted by family group), with
/// its members.
async fn create_quads(
    txn: &DatabaseTransaction,
    authorities: &[Organisation],
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<(Quad, Vec<Organisation>)>> {
    let mut quads = Vec::new();
    for (i, four) in authorities.chunks(4).enumerate() {
        if four.len() != 4 {
            continue;
        }
        let ids: Vec<Uuid> = four.iter().map(|a| a.id).collect();
        let group = four[0].lgbf_family_group.unwrap_or_default();
        let name = format!("Family group {group}, quad {}", i % 2 + 1);
        quads.push((
            programmes::create_quad(txn, "2024-25", &name, &ids, now).await?,
            four.to_vec(),
        ));
    }
    Ok(quads)
}

/// The reviews the demonstration schedules that it takes further (each
/// but the postponed with its quad's members).
#[derive(Default)]
struct Scheduled {
    /// The City of Edinburgh's: focus agreed, team formed.
    edinburgh: Option<(Review, Vec<Organisation>)>,
    postponed: Option<Review>,
    /// The other quad's first: its rubric submitted.
    rubric: Option<(Review, Vec<Organisation>)>,
    /// The other quad's third: its visit planned.
    planned: Option<(Review, Vec<Organisation>)>,
    /// The other quad's second: in its visit, with findings.
    in_visit: Option<(Review, Vec<Organisation>)>,
    /// The other quad's fourth: its report published and corrected.
    published: Option<(Review, Vec<Organisation>)>,
}

/// Which demo accounts a team is made of: `peer{first_peer}@…` onwards for
/// the quad's other authorities, `team{first_other}@…` onwards for HM
/// Inspectors and Education Scotland.
struct TeamAccounts {
    first_peer: usize,
    first_other: usize,
}

const EDINBURGH_TEAM: TeamAccounts = TeamAccounts {
    first_peer: 1,
    first_other: 1,
};

/// What every later step works in: the transaction, the programme, the
/// time the demonstration is made at and the programme officer making it.
struct Demo<'a> {
    txn: &'a DatabaseTransaction,
    programme: &'a Programme,
    now: DateTime<Utc>,
    officer: User,
    officer_actor: Actor,
}

impl Demo<'_> {
    /// Schedules a review for each member of the first two quads. Returns
    /// the City of Edinburgh's (with its quad's members), the first other
    /// review, which the demonstration postpones, and the other quad's
    /// four: the first, whose rubric it submits, the second, in the middle
    /// of its visit with findings, the third, whose visit it plans, and the
    /// fourth, whose report it publishes.
    async fn schedule_reviews(
        &self,
        quads: &[(Quad, Vec<Organisation>)],
    ) -> anyhow::Result<Scheduled> {
        let months = ["2024-10", "2024-11", "2025-01", "2025-02"];
        let themes = [
            Some("Raising attainment in the senior phase"),
            None,
            Some("Inclusion"),
            None,
        ];
        let mut out = Scheduled::default();
        let edinburgh_quad = quads
            .iter()
            .position(|(_, m)| m.iter().any(|a| a.name == "City of Edinburgh"));
        for (q, (quad, members)) in quads.iter().enumerate().take(2) {
            for (i, host) in members.iter().enumerate() {
                let request = lc::ScheduleRequest {
                    kind: ProgrammeKind::Quads,
                    placement: lc::Placement {
                        programme_id: self.programme.id,
                        quad_id: Some(quad.id),
                        hosts: vec![lc::AuthorityRef {
                            authority_id: host.id,
                            name: host.name.clone(),
                        }],
                        slot: lc::Slot {
                            phase: 1,
                            month: month(months[i]),
                        },
                        theme: themes[i].map(str::to_owned),
                    },
                    quad_members: members.iter().map(|m| m.id).collect(),
                };
                let decided = lc::decide_schedule(&request, &self.officer_actor, self.now)
                    .map_err(|r| anyhow!("demo schedule: {}", refusal_text(&r)))?;
                let review = reviews::insert_review(self.txn, &decided).await?;
                let edinburghs = Some(q) == edinburgh_quad;
                if host.name == "City of Edinburgh" {
                    out.edinburgh = Some((review, members.clone()));
                } else if out.postponed.is_none() {
                    out.postponed = Some(review);
                } else if out.rubric.is_none() && !edinburghs {
                    out.rubric = Some((review, members.clone()));
                } else if out.planned.is_none() && !edinburghs && i == 2 {
                    out.planned = Some((review, members.clone()));
                } else if out.in_visit.is_none() && !edinburghs && i == 1 {
                    out.in_visit = Some((review, members.clone()));
                } else if out.published.is_none() && !edinburghs && i == 3 {
                    out.published = Some((review, members.clone()));
                }
            }
        }
        Ok(out)
    }

    /// Sets the review's focus, has the host lead (`lead_email`, when the
    /// demo has one) and the programme officer sign it off, and agrees it.
    async fn agree_focus(
        &self,
        review: Review,
        lead_email: &str,
        focus: &DemoFocus,
    ) -> anyhow::Result<Review> {
        let lead = store::identity::user_by_email(self.txn, lead_email)
            .await?
            .map(|u| u.0);
        let questions: Vec<String> = focus.key_questions.iter().map(|q| q.to_string()).collect();
        let focus =
            Focus::parse(focus.theme, &questions, focus.scope).map_err(|(_, m)| anyhow!(m))?;
        let decided = self
            .change(
                review.id,
                Change::EditFocus(focus),
                self.officer_actor.clone(),
            )
            .await?;
        reviews::set_focus(self.txn, &decided, review.id).await?;
        if let Some(lead) = &lead {
            let lead_actor = Actor {
                user_id: lead.id,
                host_lead_of: vec![lead.organisation_id],
                host_user: true,
                ..Actor::default()
            };
            let decided = self
                .change(review.id, Change::SignOffFocus, lead_actor)
                .await?;
            reviews::add_sign_off(self.txn, &decided, review.id).await?;
        }
        let decided = self
            .change(review.id, Change::SignOffFocus, self.officer_actor.clone())
            .await?;
        reviews::add_sign_off(self.txn, &decided, review.id).await?;
        let review = reviews::review(self.txn, review.id).await?;
        self.apply(review, Command::AgreeFocus).await
    }

    /// Builds the review's team, everyone accepting: the programme officer,
    /// the demo reviewer and a peer reviewer from each other authority of
    /// the quad (the first of them leading), then someone from HM
    /// Inspectors and from Education Scotland so the team meets the size
    /// rule; and forms the team. `accounts` names the peers' and the
    /// others' demo accounts.
    async fn form_team(
        &self,
        review: Review,
        members: &[Organisation],
        accounts: &TeamAccounts,
    ) -> anyhow::Result<()> {
        let mut team = vec![(self.officer.clone(), TeamRole::Member)];
        if let Some((reviewer, _)) =
            store::identity::user_by_email(self.txn, "reviewer@demo.quads.scot").await?
        {
            team.push((reviewer, TeamRole::Member));
        }
        let hosts = reviews::hosts_of(self.txn, &[review.id])
            .await?
            .remove(&review.id)
            .unwrap_or_default();
        for (i, peer) in members
            .iter()
            .filter(|m| !hosts.contains(&m.id))
            .enumerate()
        {
            let user = self
                .demo_user(
                    format!("peer{}@demo.quads.scot", i + accounts.first_peer),
                    format!("Peer reviewer from {}", peer.name),
                    peer.id,
                    Role::AuthorityUser,
                )
                .await?;
            team.push((
                user,
                if i == 0 {
                    TeamRole::Lead
                } else {
                    TeamRole::Member
                },
            ));
        }
        let orgs = store::reference::organisations(self.txn).await?;
        for (i, (user, role)) in team.iter().enumerate() {
            let org = orgs
                .iter()
                .find(|o| o.id == user.organisation_id)
                .ok_or_else(|| anyhow!("{} has no organisation", user.email))?;
            let new = NewMember {
                review_id: review.id,
                user_id: user.id,
                organisation_id: org.id,
                affiliation: pr::affiliation_of(org.kind, org.id, &hosts),
                role: *role,
                first_time: i > 1,
            };
            self.add_accepted_member(user, &new).await?;
        }
        // Two more members so the team meets the size rule.
        let extra = orgs
            .iter()
            .filter(|o| o.kind == OrganisationKind::HmInspectors)
            .chain(
                orgs.iter()
                    .filter(|o| o.kind == OrganisationKind::EducationScotland),
            );
        for (i, org) in extra.enumerate() {
            let user = self
                .demo_user(
                    format!("team{}@demo.quads.scot", i + accounts.first_other),
                    format!(
                        "{} reviewer",
                        org.short_name.clone().unwrap_or_else(|| org.name.clone())
                    ),
                    org.id,
                    Role::Reviewer,
                )
                .await?;
            let new = NewMember {
                review_id: review.id,
                user_id: user.id,
                organisation_id: org.id,
                affiliation: pr::affiliation_of(org.kind, org.id, &[]),
                role: TeamRole::Member,
                first_time: true,
            };
            self.add_accepted_member(&user, &new).await?;
        }
        let review = reviews::review(self.txn, review.id).await?;
        self.apply(review, Command::FormTeam).await?;
        Ok(())
    }

    /// The demo account with this email, made (with the demo password)
    /// when it does not exist yet.
    async fn demo_user(
        &self,
        email: String,
        name: String,
        organisation_id: Uuid,
        role: Role,
    ) -> anyhow::Result<User> {
        Ok(
            match store::identity::user_by_email(self.txn, &email).await? {
                Some((u, _)) => u,
                None => {
                    store::identity::create_user(
                        self.txn,
                        store::identity::NewUser {
                            email,
                            name,
                            organisation_id,
                            roles: vec![role],
                            lead: false,
                            password_hash: Some(demo_password_hash().await?),
                        },
                        self.now,
                    )
                    .await?
                }
            },
        )
    }

    /// Adds `user` to the team as the programme officer, and accepts the
    /// invitation as them.
    async fn add_accepted_member(&self, user: &User, new: &NewMember) -> anyhow::Result<()> {
        let added = self
            .change(
                new.review_id,
                Change::AddMember {
                    person: person(user),
                    role: new.role,
                },
                self.officer_actor.clone(),
            )
            .await?;
        let member = reviews::add_member(self.txn, &added, new).await?;
        let answer = Change::AnswerInvitation {
            invitee: user.id,
            accept: true,
        };
        let answered = self
            .change(new.review_id, answer, member_actor(user.id))
            .await?;
        reviews::answer_invitation(self.txn, &answered, member.id).await?;
        Ok(())
    }

    /// A lifecycle command by the programme officer, as the API makes it;
    /// returns the review after it.
    async fn apply(&self, review: Review, command: Command) -> anyhow::Result<Review> {
        self.apply_as(review, command, &self.officer_actor).await
    }

    /// A lifecycle command by `actor`, as the API makes it; returns the
    /// review after it.
    async fn apply_as(
        &self,
        review: Review,
        command: Command,
        actor: &Actor,
    ) -> anyhow::Result<Review> {
        let facts = reviews::facts(self.txn, &review, self.programme).await?;
        let decided = lc::decide_command(&facts, &command, actor, self.now, self.now.date_naive())
            .map_err(|r| anyhow!("demo {command:?}: {r:?}"))?;
        reviews::apply_event(self.txn, &review, &decided).await?;
        Ok(reviews::review(self.txn, review.id).await?)
    }

    /// A change to the review by `actor`, decided by the domain on the
    /// review as it is now, with its version claimed and its event
    /// recorded; the caller writes the change's own rows.
    async fn change(
        &self,
        review_id: Uuid,
        change: Change,
        actor: Actor,
    ) -> anyhow::Result<Decided> {
        let review = reviews::review(self.txn, review_id).await?;
        let facts = reviews::facts(self.txn, &review, self.programme).await?;
        let decided = lc::decide_change(&facts, &change, &actor, self.now)
            .map_err(|r| anyhow!("demo {change:?}: {r:?}"))?;
        reviews::claim_version(self.txn, &decided, review.id, review.version).await?;
        reviews::record_event(self.txn, &review, &decided).await?;
        Ok(decided)
    }
}

fn person(user: &User) -> PersonRef {
    PersonRef {
        user_id: user.id,
        name: user.name.clone(),
    }
}

/// Someone answering their own invitation.
fn member_actor(user_id: Uuid) -> Actor {
    Actor {
        user_id,
        ..Actor::default()
    }
}
