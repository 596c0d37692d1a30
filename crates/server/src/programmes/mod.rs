//! `quads import programme FILE`: an earlier programme's reviews with their
//! known facts and end state, each with an `imported` event; and the Quads
//! 2024–25 demonstration that `quads seed --demo` adds (`demo.rs`).

mod demo;

pub use demo::{create_ci_demo, create_quads_demo, CI_DEMO, DEMO_SURVEY_TOKEN, QUADS_DEMO};

use anyhow::{anyhow, bail, Context as _};
use chrono::Utc;
use domain::lifecycle::{self as lc, ProgrammeKind, ReviewState};
use domain::programme::{self as pr, Month, Phase, ProgrammeSettings};
use domain::{Organisation, OrganisationKind};
use serde::Deserialize;
use std::path::Path;
use store::programme::{self as programmes, ProgrammeSpec};
use store::review as reviews;
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
