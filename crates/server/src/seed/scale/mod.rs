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
//!
//! This file makes the run's people and writes each year's programme;
//! `reviews.rs` builds a year's reviews with their hosts, sign-offs, teams,
//! conflicts and history.

mod reviews;

use anyhow::{anyhow, Context as _};
use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use domain::identity::Role;
use domain::lifecycle::ProgrammeKind;
use domain::programme::{Month, Phase, ProgrammeSettings};
use domain::{Organisation, OrganisationKind};
use reviews::build_year;
use sea_orm::{ActiveValue::Set, EntityTrait, TransactionTrait};
use store::entities::{user, user_role};
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

/// Years of programmes `quads seed --scale` spreads its reviews over.
pub const YEARS: usize = 10;

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
    let (people, users, roles) =
        make_people(&authorities, [ades, education_scotland, hmi], &run, now);
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

/// The run's people, made for it: a programme officer, a lead and six
/// peers for each authority, and twelve reviewers each from ADES,
/// Education Scotland and HM Inspectors (`national` in that order); with
/// their rows and role rows to insert.
fn make_people(
    authorities: &[&Organisation],
    national: [Uuid; 3],
    run: &str,
    now: DateTime<Utc>,
) -> (People, Vec<user::ActiveModel>, Vec<user_role::ActiveModel>) {
    let [ades, education_scotland, hmi] = national;
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
    for a in authorities {
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
    (people, users, roles)
}
