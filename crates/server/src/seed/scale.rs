//! `quads seed --scale N`: a dataset far beyond Scotland's real volume
//! (about 40 reviews a year), for benchmarks and for the statement-count
//! tests, so that cost growth shows.
//!
//! N reviews spread over ten yearly CI programmes ending with the current
//! academic year: the earlier years' reviews are closed (a few withdrawn),
//! the current year's are spread over the lifecycle. Each review has one
//! host (every seventh two), a focus signed off by each host's lead and a
//! programme officer once agreed, a team of 6–12 (an ADES lead, Education
//! Scotland, sometimes HM Inspectors, peers from other authorities) once
//! formed, a dismissed conflict of interest on every fifth team, and its
//! history of events. The people are made for the run (emails
//! `…@<run>.scale.quads.scot`, no password). Rows are written with
//! multi-row inserts, a programme per transaction.
//!
//! Generation is deterministic for a given N (apart from the run's ids).

use anyhow::{anyhow, Context as _};
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use domain::identity::Role;
use domain::lifecycle::{
    self as lc, Affiliation, CommandKind, EventKind, InvitationStatus, ProgrammeKind, ReviewState,
    TeamRole,
};
use domain::programme::{Month, Phase, ProgrammeSettings};
use domain::{Organisation, OrganisationKind};
use sea_orm::{ActiveValue::Set, EntityTrait, TransactionTrait};
use store::entities::{
    focus_sign_off, review, review_conflict, review_event, review_host, team_member, user,
    user_role,
};
use store::Store;
use uuid::Uuid;

/// What a run made, and how long it took.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScaleReport {
    /// The tag in the run's programme names and email addresses.
    pub run: String,
    pub programmes: usize,
    pub reviews: usize,
    pub users: usize,
    pub members: usize,
    pub sign_offs: usize,
    pub conflicts: usize,
    pub events: usize,
    pub seconds: f64,
}

/// The forward path, as (command, state entered).
const PATH: [(CommandKind, ReviewState); 9] = [
    (CommandKind::AgreeFocus, ReviewState::FocusAgreed),
    (CommandKind::FormTeam, ReviewState::TeamFormed),
    (
        CommandKind::SubmitSelfEvaluation,
        ReviewState::SelfEvaluationSubmitted,
    ),
    (CommandKind::StartVisit, ReviewState::VisitInProgress),
    (CommandKind::CompleteVisit, ReviewState::VisitCompleted),
    (CommandKind::DraftReport, ReviewState::ReportDrafted),
    (CommandKind::PublishReport, ReviewState::ReportPublished),
    (CommandKind::BeginFollowUp, ReviewState::FollowUp),
    (CommandKind::Close, ReviewState::Closed),
];

/// Years of programmes `quads seed --scale` spreads its reviews over.
pub const YEARS: usize = 10;

/// How far along the path a review is (0 = scheduled, 9 = closed), and
/// whether it then left the path (withdrawn or postponed).
#[derive(Debug, Clone, Copy)]
struct Fate {
    steps: usize,
    left: Option<ReviewState>,
}

fn fate(current_year: bool, i: usize) -> Fate {
    if current_year {
        match i % 23 {
            21 => Fate {
                steps: i % 2,
                left: Some(ReviewState::Postponed),
            },
            22 => Fate {
                steps: i % 2,
                left: Some(ReviewState::Withdrawn),
            },
            k => Fate {
                steps: k % 9,
                left: None,
            },
        }
    } else if i % 29 == 7 {
        Fate {
            steps: i % 2,
            left: Some(ReviewState::Withdrawn),
        }
    } else {
        Fate {
            steps: PATH.len(),
            left: None,
        }
    }
}

/// The people a run draws teams and sign-offs from.
struct People {
    officer: Uuid,
    /// Each authority's lead.
    leads: std::collections::HashMap<Uuid, Uuid>,
    /// (user, organisation) by kind of organisation.
    ades: Vec<(Uuid, Uuid)>,
    education_scotland: Vec<(Uuid, Uuid)>,
    hmi: Vec<(Uuid, Uuid)>,
    /// Each authority's staff who serve as peers.
    peers: Vec<(Uuid, Uuid)>,
}

/// Rows per multi-row insert: well under SQLite's and PostgreSQL's limits
/// on bound parameters.
fn chunk_for(columns: usize) -> usize {
    (30_000 / columns).max(1)
}

async fn insert_all<A, I>(
    db: &impl sea_orm::ConnectionTrait,
    rows: I,
    columns: usize,
) -> anyhow::Result<()>
where
    A: sea_orm::ActiveModelTrait + Send,
    <A::Entity as EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
    I: IntoIterator<Item = A>,
{
    let rows: Vec<A> = rows.into_iter().collect();
    for chunk in rows.chunks(chunk_for(columns)) {
        <A::Entity as EntityTrait>::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

fn at(date: NaiveDate, hour: u32) -> DateTime<Utc> {
    Utc.from_utc_datetime(&date.and_hms_opt(hour, 0, 0).unwrap_or_default())
}

/// Generates `n` reviews with everything around them over [`YEARS`] yearly
/// programmes. The reference data must be loaded (`quads seed`).
pub async fn generate(store: &Store, n: usize) -> anyhow::Result<ScaleReport> {
    generate_over(store, n, YEARS).await
}

/// Generates `n` reviews over `years` yearly programmes (at least one),
/// the last of them the current academic year.
pub async fn generate_over(store: &Store, n: usize, years: usize) -> anyhow::Result<ScaleReport> {
    let years = years.max(1);
    let started = std::time::Instant::now();
    let now = Utc::now();
    let run = Uuid::new_v4().simple().to_string()[..8].to_string();
    let db = store.conn();
    let organisations = store::reference::organisations(db).await?;
    let authorities: Vec<&Organisation> = organisations
        .iter()
        .filter(|o| o.kind == OrganisationKind::LocalAuthority)
        .collect();
    if authorities.len() < 4 {
        return Err(anyhow!(
            "the reference data is not loaded: run `quads seed` first"
        ));
    }
    let of_kind = |kind: OrganisationKind| {
        organisations
            .iter()
            .find(|o| o.kind == kind)
            .map(|o| o.id)
            .ok_or_else(|| anyhow!("no {kind:?} organisation in the reference data"))
    };
    let ades = of_kind(OrganisationKind::Ades)?;
    let education_scotland = of_kind(OrganisationKind::EducationScotland)?;
    let hmi = of_kind(OrganisationKind::HmInspectors)?;

    let mut report = ScaleReport {
        run: run.clone(),
        ..ScaleReport::default()
    };

    // People.
    let mut users: Vec<user::ActiveModel> = Vec::new();
    let mut roles: Vec<user_role::ActiveModel> = Vec::new();
    let mut person = |organisation: Uuid, role: Role, lead: bool, label: &str| {
        let id = Uuid::now_v7();
        let k = users.len();
        users.push(user::ActiveModel {
            id: Set(id),
            email: Set(format!("{label}-{k}@{run}.scale.quads.scot")),
            name: Set(format!("Scale {label} {k}")),
            organisation_id: Set(organisation),
            lead: Set(lead),
            active: Set(true),
            password_hash: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            last_sign_in_at: Set(None),
            version: Set(1),
            invited_by: Set(None),
        });
        roles.push(user_role::ActiveModel {
            user_id: Set(id),
            role: Set(role.as_str().into()),
        });
        id
    };
    let officer = person(ades, Role::ProgrammeOfficer, false, "officer");
    let mut people = People {
        officer,
        leads: Default::default(),
        ades: Vec::new(),
        education_scotland: Vec::new(),
        hmi: Vec::new(),
        peers: Vec::new(),
    };
    for a in &authorities {
        let lead = person(a.id, Role::AuthorityUser, true, "lead");
        people.leads.insert(a.id, lead);
        for _ in 0..6 {
            let id = person(a.id, Role::Reviewer, false, "peer");
            people.peers.push((id, a.id));
        }
    }
    for _ in 0..12 {
        let id = person(ades, Role::Reviewer, false, "ades");
        people.ades.push((id, ades));
        let id = person(education_scotland, Role::Reviewer, false, "es");
        people.education_scotland.push((id, education_scotland));
        let id = person(hmi, Role::Reviewer, false, "hmi");
        people.hmi.push((id, hmi));
    }
    report.users = users.len();
    {
        let txn = db.begin().await?;
        insert_all(&txn, users, 12).await?;
        insert_all(&txn, roles, 2).await?;
        txn.commit().await?;
    }

    // Programmes: ten academic years, the last the current one.
    let this_year = if now.month() >= 8 {
        now.year()
    } else {
        now.year() - 1
    };
    let first_year = this_year - (years as i32 - 1);
    let mut made = 0usize;
    for y in 0..years {
        let year = first_year + y as i32;
        let count = n / years + usize::from(y < n % years);
        let from = Month::of(NaiveDate::from_ymd_opt(year, 8, 1).context("year")?);
        let to = Month::of(NaiveDate::from_ymd_opt(year + 1, 6, 1).context("year")?);
        let spec = store::programme::ProgrammeSpec {
            name: format!("Scale {run} CI {year}-{:02}", (year + 1).rem_euclid(100)),
            phases: vec![Phase {
                number: 1,
                from,
                to,
            }],
            settings: ProgrammeSettings::defaults_for(ProgrammeKind::Ci),
        };
        let txn = db.begin().await?;
        let programme = store::programme::create_programme(&txn, &spec, now).await?;
        report.programmes += 1;
        let rows = build_year(
            &people,
            &authorities,
            programme.id,
            year,
            count,
            made,
            y == years - 1,
        )?;
        report.reviews += rows.reviews.len();
        report.members += rows.members.len();
        report.sign_offs += rows.sign_offs.len();
        report.conflicts += rows.conflicts.len();
        report.events += rows.events.len();
        insert_all(&txn, rows.reviews, 16).await?;
        insert_all(&txn, rows.hosts, 3).await?;
        insert_all(&txn, rows.members, 11).await?;
        insert_all(&txn, rows.sign_offs, 5).await?;
        insert_all(&txn, rows.conflicts, 9).await?;
        insert_all(&txn, rows.events, 12).await?;
        txn.commit().await?;
        made += count;
    }
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

#[derive(Default)]
struct YearRows {
    reviews: Vec<review::ActiveModel>,
    hosts: Vec<review_host::ActiveModel>,
    members: Vec<team_member::ActiveModel>,
    sign_offs: Vec<focus_sign_off::ActiveModel>,
    conflicts: Vec<review_conflict::ActiveModel>,
    events: Vec<review_event::ActiveModel>,
}

const THEMES: [&str; 6] = [
    "Improving attainment in numeracy",
    "Closing the poverty-related attainment gap",
    "Supporting learners with additional support needs",
    "Leadership of change",
    "Family learning and engagement",
    "Transitions from early learning to primary",
];

#[allow(clippy::too_many_arguments)]
fn build_year(
    people: &People,
    authorities: &[&Organisation],
    programme_id: Uuid,
    year: i32,
    count: usize,
    offset: usize,
    current_year: bool,
) -> anyhow::Result<YearRows> {
    let mut rows = YearRows::default();
    let a = authorities.len();
    for k in 0..count {
        let i = offset + k;
        let id = Uuid::now_v7();
        let host = authorities[i % a].id;
        let hosts: Vec<Uuid> = if i % 7 == 3 {
            vec![host, authorities[(i + 1) % a].id]
        } else {
            vec![host]
        };
        // August to June: the month within the academic year.
        let m = (k * 11 / count.max(1)) as u32; // 0..10
        let (ty, tm) = if m < 5 {
            (year, 8 + m)
        } else {
            (year + 1, m - 4)
        };
        let target = NaiveDate::from_ymd_opt(ty, tm, 1).unwrap_or_default();
        let scheduled_at = at(target - Duration::days(180), 9);
        let fate = fate(current_year, i);
        let theme = THEMES[i % THEMES.len()];
        let with_focus = fate.steps >= 1 || i.is_multiple_of(2);
        let state = fate.left.unwrap_or(if fate.steps == 0 {
            ReviewState::Scheduled
        } else {
            PATH[fate.steps - 1].1
        });
        let path_state = if fate.steps == 0 {
            ReviewState::Scheduled
        } else {
            PATH[fate.steps - 1].1
        };

        // Each review is put on the timetable by the scheduling decision,
        // as a programme officer would: its hosts are checked and its
        // first history event is the decided one.
        let host_refs = hosts
            .iter()
            .map(|h| lc::AuthorityRef {
                authority_id: *h,
                name: authorities
                    .iter()
                    .find(|o| o.id == *h)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
            })
            .collect();
        let request = lc::ScheduleRequest {
            kind: ProgrammeKind::Ci,
            placement: lc::Placement {
                programme_id,
                quad_id: None,
                hosts: host_refs,
                slot: lc::Slot {
                    phase: 1,
                    month: Month::of(target),
                },
                theme: with_focus.then(|| theme.to_owned()),
            },
            quad_members: Vec::new(),
        };
        let officer = lc::Actor {
            user_id: people.officer,
            programme_officer: true,
            ..lc::Actor::default()
        };
        let decided = lc::decide_schedule(&request, &officer, scheduled_at)
            .map_err(|r| anyhow!("review {i} could not be scheduled: {r:?}"))?;
        let lc::Event::Scheduled { placement, .. } = decided.event() else {
            return Err(anyhow!("review {i}: scheduling decided another event"));
        };

        for (position, h) in placement.hosts.iter().enumerate() {
            rows.hosts.push(review_host::ActiveModel {
                review_id: Set(id),
                authority_id: Set(h.authority_id),
                position: Set(position as i32),
            });
        }

        // Sign-offs, once the focus is agreed.
        let signed_at = scheduled_at + Duration::days(20);
        if fate.steps >= 1 {
            for h in &hosts {
                if let Some(lead) = people.leads.get(h) {
                    rows.sign_offs.push(focus_sign_off::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        review_id: Set(id),
                        user_id: Set(*lead),
                        authority_id: Set(Some(*h)),
                        signed_at: Set(signed_at),
                    });
                }
            }
            rows.sign_offs.push(focus_sign_off::ActiveModel {
                id: Set(Uuid::now_v7()),
                review_id: Set(id),
                user_id: Set(people.officer),
                authority_id: Set(None),
                signed_at: Set(signed_at),
            });
        }

        // The team: formed (all accepted) from TEAM_FORMED on; being
        // gathered (some pending) before.
        let formed = fate.steps >= 2;
        let invited_at = scheduled_at + Duration::days(30);
        let size = if formed {
            6 + i % 7
        } else if i.is_multiple_of(3) {
            3
        } else {
            0
        };
        let mut team: Vec<(Uuid, Uuid, Affiliation, TeamRole)> = Vec::new();
        if size > 0 {
            let pick = |list: &Vec<(Uuid, Uuid)>, j: usize| list[(i + j) % list.len()];
            let (u, o) = pick(&people.ades, 0);
            team.push((u, o, Affiliation::Ades, TeamRole::Lead));
            let (u, o) = pick(&people.education_scotland, 0);
            team.push((u, o, Affiliation::EducationScotland, TeamRole::Member));
            if i.is_multiple_of(4) {
                let (u, o) = pick(&people.hmi, 0);
                team.push((u, o, Affiliation::HmInspectors, TeamRole::Member));
            }
            let mut j = 0;
            while team.len() < size {
                let (u, o) = people.peers[(i * 7 + j * 13) % people.peers.len()];
                j += 1;
                if hosts.contains(&o) || team.iter().any(|t| t.0 == u) {
                    continue;
                }
                team.push((u, o, Affiliation::PeerAuthority, TeamRole::Member));
            }
            team.truncate(size);
        }
        let mut peer_member = None;
        for (j, (u, o, affiliation, role)) in team.iter().enumerate() {
            let member_id = Uuid::now_v7();
            let accepted = formed || j.is_multiple_of(2);
            if *affiliation == Affiliation::PeerAuthority && peer_member.is_none() {
                peer_member = Some(member_id);
            }
            rows.members.push(team_member::ActiveModel {
                id: Set(member_id),
                review_id: Set(id),
                user_id: Set(*u),
                organisation_id: Set(*o),
                affiliation: Set(affiliation.as_str().into()),
                role: Set(role.as_str().into()),
                invitation: Set(if accepted {
                    InvitationStatus::Accepted
                } else {
                    InvitationStatus::Pending
                }
                .as_str()
                .into()),
                first_time: Set(false),
                replaced_by: Set(None),
                invited_at: Set(invited_at),
                answered_at: Set(accepted.then(|| invited_at + Duration::days(3))),
            });
        }
        // Every fifth team has had a conflict of interest, dismissed by
        // the officer once the team is formed.
        if let (true, Some(member)) = (i.is_multiple_of(5), peer_member) {
            let raised = invited_at + Duration::days(1);
            rows.conflicts.push(review_conflict::ActiveModel {
                id: Set(Uuid::now_v7()),
                review_id: Set(id),
                member_id: Set(member),
                other_review_id: Set(None),
                description: Set(
                    "The member's authority is reviewed by the host's in the same phase.".into(),
                ),
                dismissed_reason: Set(formed.then(|| "Different services; no overlap.".into())),
                dismissed_by: Set(formed.then_some(people.officer)),
                dismissed_at: Set(formed.then(|| raised + Duration::days(2))),
                created_at: Set(raised),
            });
        }

        // History: scheduled, then each step, then leaving the path.
        let mut seq = 0;
        let mut event = |kind: EventKind,
                         command: Option<CommandKind>,
                         from: Option<ReviewState>,
                         to: ReviewState,
                         reason: Option<&str>,
                         when: DateTime<Utc>,
                         detail: Option<String>| {
            seq += 1;
            rows.events.push(review_event::ActiveModel {
                id: Set(Uuid::now_v7()),
                review_id: Set(id),
                seq: Set(seq),
                kind: Set(kind.as_str().into()),
                command: Set(command.map(|c| c.as_str().into())),
                from_state: Set(from.map(|s| s.as_str().into())),
                to_state: Set(to.as_str().into()),
                reason: Set(reason.map(str::to_owned)),
                actor_id: Set(Some(people.officer)),
                at: Set(when),
                report_url: Set(None),
                detail: Set(detail),
            });
        };
        event(
            decided.kind(),
            Some(CommandKind::Schedule),
            None,
            ReviewState::Scheduled,
            None,
            decided.at(),
            Some(decided.detail().to_string()),
        );
        let mut from = ReviewState::Scheduled;
        for (step, (command, to)) in PATH.iter().take(fate.steps).enumerate() {
            let when = scheduled_at + Duration::days(25 + 15 * step as i64);
            event(
                EventKind::Transitioned,
                Some(*command),
                Some(from),
                *to,
                None,
                when,
                None,
            );
            from = *to;
        }
        if let Some(left) = fate.left {
            let command = if left == ReviewState::Withdrawn {
                CommandKind::Withdraw
            } else {
                CommandKind::Postpone
            };
            event(
                EventKind::Transitioned,
                Some(command),
                Some(from),
                left,
                Some("The authority asked for a later date."),
                scheduled_at + Duration::days(60),
                None,
            );
        }
        let updated = scheduled_at + Duration::days(60);
        let key_questions = if with_focus {
            serde_json::json!([
                format!(
                    "How well does the authority's work on {} improve outcomes?",
                    theme.to_lowercase()
                ),
                "How do leaders know?"
            ])
            .to_string()
        } else {
            "[]".into()
        };
        rows.reviews.push(review::ActiveModel {
            id: Set(id),
            programme_id: Set(programme_id),
            quad_id: Set(None),
            phase: Set(placement.slot.phase as i32),
            target_month: Set(placement.slot.month.first_day()),
            theme: Set(placement.theme.clone()),
            key_questions: Set(key_questions),
            scope: Set(with_focus.then(|| "Primary and secondary schools".into())),
            state: Set(state.as_str().into()),
            postponed_from: Set(
                (state == ReviewState::Postponed).then(|| path_state.as_str().into())
            ),
            imported: Set(false),
            report_url: Set(None),
            version: Set(seq),
            created_at: Set(scheduled_at),
            updated_at: Set(updated),
        });
    }
    Ok(rows)
}
