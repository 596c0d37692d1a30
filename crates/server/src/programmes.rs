//! `quads import programme FILE`: an earlier programme's reviews with their
//! known facts and end state, each with an `imported` event; and the Quads
//! 2024–25 demonstration that `quads seed --demo` adds.

use anyhow::{anyhow, bail, Context as _};
use chrono::Utc;
use domain::identity::Role;
use domain::lifecycle::{
    self as lc, Actor, Change, Command, PersonRef, ProgrammeKind, ReviewState, TeamRole,
};
use domain::programme::{self as pr, Focus, Month, Phase, ProgrammeSettings};
use domain::{Organisation, OrganisationKind};
use serde::Deserialize;
use std::path::Path;
use store::programme::{self as programmes, ProgrammeSpec};
use store::review::{self as reviews, NewMember};
use store::{Store, TransactionTrait};
use uuid::Uuid;

#[derive(Deserialize)]
struct ProgrammeFile {
    programme: ProgrammeRow,
    visits: Vec<VisitRow>,
}

#[derive(Deserialize)]
struct ProgrammeRow {
    name: String,
    kind: ProgrammeKind,
    phases: Vec<PhaseRow>,
}

#[derive(Deserialize)]
struct PhaseRow {
    number: u32,
    from: Month,
    to: Month,
}

#[derive(Deserialize)]
struct VisitRow {
    phase: u32,
    hosts: Vec<String>,
    month: Month,
    theme: Option<String>,
    /// The end state; CLOSED when not given (the programme is over).
    state: Option<ReviewState>,
    /// The externally published report, where known.
    report_url: Option<String>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    Added { programme: String, reviews: usize },
    AlreadyThere { programme: String },
}

/// Reads and checks a programme file, naming the file and the field at
/// fault, then records it in one transaction. A programme of the same name
/// already recorded is left as it is.
pub async fn import_programme(store: &Store, path: &Path) -> anyhow::Result<Imported> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).with_context(|| format!("{file}: cannot read"))?;
    let de = &mut serde_json::Deserializer::from_str(&text);
    let data: ProgrammeFile = serde_path_to_error::deserialize(de)
        .map_err(|e| anyhow!("{file}: {}: {}", e.path(), e.inner()))?;
    let name = pr::parse_programme_name(&data.programme.name)
        .map_err(|(_, m)| anyhow!("{file}: programme.name: {m}"))?;
    let phases: Vec<Phase> = data
        .programme
        .phases
        .iter()
        .map(|p| Phase {
            number: p.number,
            from: p.from,
            to: p.to,
        })
        .collect();
    pr::check_phases(&phases).map_err(|(_, m)| anyhow!("{file}: programme.phases: {m}"))?;
    let authorities: Vec<Organisation> = store::reference::organisations(store.conn())
        .await?
        .into_iter()
        .filter(|o| o.kind == OrganisationKind::LocalAuthority)
        .collect();
    let mut planned = Vec::with_capacity(data.visits.len());
    for (i, v) in data.visits.iter().enumerate() {
        let at = |field: &str| format!("{file}: visits[{i}].{field}");
        pr::check_month_in_phase(&phases, v.phase, v.month).map_err(|(f, m)| {
            anyhow!("{}: {m}", at(if f == "phase" { "phase" } else { "month" }))
        })?;
        if v.hosts.is_empty() {
            bail!("{}: name at least one host authority", at("hosts"));
        }
        let mut hosts = Vec::new();
        for (j, host) in v.hosts.iter().enumerate() {
            let found = authorities
                .iter()
                .find(|a| a.name.eq_ignore_ascii_case(host.trim()))
                .ok_or_else(|| {
                    anyhow!(
                        "{}: no local authority is called `{host}`; run `quads seed` first",
                        at(&format!("hosts[{j}]"))
                    )
                })?;
            if hosts
                .iter()
                .any(|h: &lc::AuthorityRef| h.authority_id == found.id)
            {
                bail!("{}: `{host}` is named twice", at(&format!("hosts[{j}]")));
            }
            hosts.push(lc::AuthorityRef {
                authority_id: found.id,
                name: found.name.clone(),
            });
        }
        let theme = pr::parse_theme(v.theme.as_deref())
            .map_err(|(_, m)| anyhow!("{}: {m}", at("theme")))?;
        if let Some(url) = &v.report_url {
            pr::parse_material("report", url)
                .map_err(|(_, m)| anyhow!("{}: {m}", at("report_url")))?;
        }
        planned.push(lc::ImportRequest {
            placement: lc::Placement {
                // Set once the programme is created, in the same transaction.
                programme_id: Uuid::nil(),
                quad_id: None,
                hosts,
                slot: lc::Slot {
                    phase: v.phase,
                    month: v.month,
                },
                theme,
            },
            state: v.state.unwrap_or(ReviewState::Closed),
            report_url: v.report_url.clone(),
        });
    }
    if programmes::programme_by_name(store.conn(), &name)
        .await?
        .is_some()
    {
        return Ok(Imported::AlreadyThere { programme: name });
    }
    let now = Utc::now();
    let txn = store.conn().begin().await?;
    let spec = ProgrammeSpec {
        name: name.clone(),
        phases,
        settings: ProgrammeSettings::defaults_for(data.programme.kind),
    };
    let programme = programmes::create_programme(&txn, &spec, now).await?;
    for (i, mut request) in planned.iter().cloned().enumerate() {
        request.placement.programme_id = programme.id;
        let decided = lc::decide_import(&request, now)
            .map_err(|r| anyhow!("{file}: visits[{i}]: {}", refusal_text(&r)))?;
        reviews::insert_review(&txn, &decided).await?;
    }
    txn.commit().await?;
    Ok(Imported::Added {
        programme: name,
        reviews: planned.len(),
    })
}

/// A refusal's reasons, for a message on the command line.
fn refusal_text(refusal: &lc::Refusal) -> String {
    match refusal {
        lc::Refusal::Forbidden { message } => message.clone(),
        lc::Refusal::GuardFailed(unmet) => unmet
            .iter()
            .map(|u| u.message.clone())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The Quads 2024–25 demonstration programme's name.
pub const QUADS_DEMO: &str = "Quads 2024-25";

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
    let mut settings = ProgrammeSettings::defaults_for(ProgrammeKind::Quads);
    settings.rules.team_size_min = 6;
    let programme = programmes::create_programme(
        &txn,
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
        &txn,
        programme.id,
        "Quads: the process, key terms and expectations".into(),
        "https://www.ades.scot/quads/guidance".into(),
        now,
    )
    .await?;
    let mut quads = Vec::new();
    for (i, four) in authorities.chunks(4).enumerate() {
        if four.len() != 4 {
            continue;
        }
        let ids: Vec<Uuid> = four.iter().map(|a| a.id).collect();
        let group = four[0].lgbf_family_group.unwrap_or_default();
        let name = format!("Family group {group}, quad {}", i % 2 + 1);
        quads.push((
            programmes::create_quad(&txn, "2024-25", &name, &ids, now).await?,
            four.to_vec(),
        ));
    }
    let months = ["2024-10", "2024-11", "2025-01", "2025-02"];
    let themes = [
        Some("Raising attainment in the senior phase"),
        None,
        Some("Inclusion"),
        None,
    ];
    let officer_actor = Actor {
        user_id: officer.id,
        programme_officer: true,
        ..Actor::default()
    };
    let mut edinburgh = None;
    let mut postponed = None;
    for (quad, members) in quads.iter().take(2) {
        for (i, host) in members.iter().enumerate() {
            let request = lc::ScheduleRequest {
                kind: ProgrammeKind::Quads,
                placement: lc::Placement {
                    programme_id: programme.id,
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
            let decided = lc::decide_schedule(&request, &officer_actor, now)
                .map_err(|r| anyhow!("demo schedule: {}", refusal_text(&r)))?;
            let review = reviews::insert_review(&txn, &decided).await?;
            if host.name == "City of Edinburgh" {
                edinburgh = Some((review, members.clone()));
            } else if postponed.is_none() {
                postponed = Some(review);
            }
        }
    }
    let (review, members) = edinburgh.ok_or_else(|| anyhow!("City of Edinburgh is not loaded"))?;
    let apply = |review: reviews::Review, command: Command| {
        let txn = &txn;
        let programme = &programme;
        let actor = officer_actor.clone();
        async move {
            let facts = reviews::facts(txn, &review, programme).await?;
            let decided = lc::decide_command(&facts, &command, &actor, now, now.date_naive())
                .map_err(|r| anyhow!("demo {command:?}: {r:?}"))?;
            reviews::apply_event(txn, &review, &decided).await?;
            anyhow::Ok(reviews::review(txn, review.id).await?)
        }
    };
    if let Some(other) = postponed {
        apply(
            other,
            Command::Postpone {
                reason: "The host asked to move the visit after a national thematic inspection."
                    .into(),
            },
        )
        .await?;
    }
    // The City of Edinburgh's review: focus signed off, a full team.
    let lead = store::identity::user_by_email(&txn, "lead@demo.quads.scot")
        .await?
        .map(|u| u.0);
    let focus = Focus::parse(
        "Raising attainment in the senior phase",
        &["How well does the authority's curriculum offer meet the needs of all learners in S4 to S6?".into()],
        Some("Secondary schools and their partners"),
    )
    .map_err(|(_, m)| anyhow!(m))?;
    // Every change goes through the domain, as in the API, so the demo's
    // history shows it.
    let change = |change: Change, actor: Actor| {
        let txn = &txn;
        let programme = &programme;
        let review_id = review.id;
        async move {
            let review = reviews::review(txn, review_id).await?;
            let facts = reviews::facts(txn, &review, programme).await?;
            let decided = lc::decide_change(&facts, &change, &actor, now)
                .map_err(|r| anyhow!("demo {change:?}: {r:?}"))?;
            reviews::claim_version(txn, &decided, review.id, review.version).await?;
            reviews::record_event(txn, &review, &decided).await?;
            anyhow::Ok(decided)
        }
    };
    let decided = change(Change::EditFocus(focus), officer_actor.clone()).await?;
    reviews::set_focus(&txn, &decided, review.id).await?;
    if let Some(lead) = &lead {
        let lead_actor = Actor {
            user_id: lead.id,
            host_lead_of: vec![lead.organisation_id],
            host_user: true,
            ..Actor::default()
        };
        let decided = change(Change::SignOffFocus, lead_actor).await?;
        reviews::add_sign_off(&txn, &decided, review.id).await?;
    }
    let decided = change(Change::SignOffFocus, officer_actor.clone()).await?;
    reviews::add_sign_off(&txn, &decided, review.id).await?;
    let review = reviews::review(&txn, review.id).await?;
    let review = apply(review, Command::AgreeFocus).await?;
    let mut team = vec![(officer.clone(), TeamRole::Member)];
    if let Some((reviewer, _)) =
        store::identity::user_by_email(&txn, "reviewer@demo.quads.scot").await?
    {
        team.push((reviewer, TeamRole::Member));
    }
    for (i, peer) in members
        .iter()
        .filter(|m| m.name != "City of Edinburgh")
        .enumerate()
    {
        let email = format!("peer{}@demo.quads.scot", i + 1);
        let user = match store::identity::user_by_email(&txn, &email).await? {
            Some((u, _)) => u,
            None => {
                store::identity::create_user(
                    &txn,
                    store::identity::NewUser {
                        email,
                        name: format!("Peer reviewer from {}", peer.name),
                        organisation_id: peer.id,
                        roles: vec![Role::AuthorityUser],
                        lead: false,
                        password_hash: Some(demo_password_hash().await?),
                    },
                    now,
                )
                .await?
            }
        };
        team.push((
            user,
            if i == 0 {
                TeamRole::Lead
            } else {
                TeamRole::Member
            },
        ));
    }
    let orgs = store::reference::organisations(&txn).await?;
    let hosts = reviews::hosts_of(&txn, &[review.id])
        .await?
        .remove(&review.id)
        .unwrap_or_default();
    for (i, (user, role)) in team.iter().enumerate() {
        let org = orgs
            .iter()
            .find(|o| o.id == user.organisation_id)
            .ok_or_else(|| anyhow!("{} has no organisation", user.email))?;
        let added = change(
            Change::AddMember {
                person: person(user),
                role: *role,
            },
            officer_actor.clone(),
        )
        .await?;
        let member = reviews::add_member(
            &txn,
            &added,
            &NewMember {
                review_id: review.id,
                user_id: user.id,
                organisation_id: org.id,
                affiliation: pr::affiliation_of(org.kind, org.id, &hosts),
                role: *role,
                first_time: i > 1,
            },
        )
        .await?;
        let answer = Change::AnswerInvitation {
            invitee: user.id,
            accept: true,
        };
        let answered = change(answer, member_actor(user.id)).await?;
        reviews::answer_invitation(&txn, &answered, member.id).await?;
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
        let email = format!("team{}@demo.quads.scot", i + 1);
        let user = match store::identity::user_by_email(&txn, &email).await? {
            Some((u, _)) => u,
            None => {
                store::identity::create_user(
                    &txn,
                    store::identity::NewUser {
                        email,
                        name: format!(
                            "{} reviewer",
                            org.short_name.clone().unwrap_or_else(|| org.name.clone())
                        ),
                        organisation_id: org.id,
                        roles: vec![Role::Reviewer],
                        lead: false,
                        password_hash: Some(demo_password_hash().await?),
                    },
                    now,
                )
                .await?
            }
        };
        let added = change(
            Change::AddMember {
                person: person(&user),
                role: TeamRole::Member,
            },
            officer_actor.clone(),
        )
        .await?;
        let member = reviews::add_member(
            &txn,
            &added,
            &NewMember {
                review_id: review.id,
                user_id: user.id,
                organisation_id: org.id,
                affiliation: pr::affiliation_of(org.kind, org.id, &[]),
                role: TeamRole::Member,
                first_time: true,
            },
        )
        .await?;
        let answer = Change::AnswerInvitation {
            invitee: user.id,
            accept: true,
        };
        let answered = change(answer, member_actor(user.id)).await?;
        reviews::answer_invitation(&txn, &answered, member.id).await?;
    }
    let review = reviews::review(&txn, review.id).await?;
    apply(review, Command::FormTeam).await?;
    txn.commit().await?;
    Ok(true)
}

fn person(user: &domain::identity::User) -> PersonRef {
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
