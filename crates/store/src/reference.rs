//! Reference data: organisations, frameworks and bank holidays, and the
//! idempotent seeding of them in one transaction.

use crate::entities::{bank_holiday, framework, organisation};
use crate::{Store, StoreError};
use chrono::{NaiveDate, Utc};
use domain::framework::FrameworkError;
use domain::{Framework, GssCode, Organisation, OrganisationKind};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use uuid::Uuid;

/// A local authority as the reference file states it.
#[derive(Debug, Clone)]
pub struct AuthoritySeed {
    pub name: String,
    pub gss_code: GssCode,
    pub ric: Option<String>,
    pub lgbf_family_group: Option<i32>,
}

/// A national organisation (ADES, Education Scotland, HM Inspectors).
#[derive(Debug, Clone)]
pub struct NationalSeed {
    pub name: String,
    pub short_name: String,
    pub kind: OrganisationKind,
}

/// A framework with the file it came from, so errors can name it.
#[derive(Debug, Clone)]
pub struct FrameworkSeed {
    pub source_file: String,
    pub framework: Framework,
}

/// Everything `quads seed` loads.
#[derive(Debug, Clone, Default)]
pub struct ReferenceData {
    pub authorities: Vec<AuthoritySeed>,
    pub national: Vec<NationalSeed>,
    pub frameworks: Vec<FrameworkSeed>,
    pub bank_holidays: Vec<(NaiveDate, String)>,
}

/// What a seed run changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub organisations_added: usize,
    pub organisations_updated: usize,
    pub frameworks_added: usize,
    pub frameworks_unchanged: usize,
    pub bank_holidays_added: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("{file}: {source}")]
    Framework {
        file: String,
        #[source]
        source: FrameworkError,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sea_orm::DbErr> for SeedError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Store(e.into())
    }
}

/// Loads reference data in one transaction: nothing is written if any part
/// is refused. Loading the same data twice changes nothing.
pub async fn seed(store: &Store, data: &ReferenceData) -> Result<SeedReport, SeedError> {
    let txn = store.conn().begin().await?;
    let mut report = SeedReport::default();
    let now = Utc::now();

    for a in &data.authorities {
        let existing = organisation::Entity::find()
            .filter(organisation::Column::GssCode.eq(a.gss_code.as_str()))
            .one(&txn)
            .await?;
        match existing {
            None => {
                organisation::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    kind: Set(OrganisationKind::LocalAuthority.as_str().into()),
                    name: Set(a.name.clone()),
                    short_name: Set(None),
                    gss_code: Set(Some(a.gss_code.as_str().into())),
                    ric: Set(a.ric.clone()),
                    lgbf_family_group: Set(a.lgbf_family_group),
                    created_at: Set(now),
                }
                .insert(&txn)
                .await?;
                report.organisations_added += 1;
            }
            Some(row)
                if row.name != a.name
                    || row.ric != a.ric
                    || row.lgbf_family_group != a.lgbf_family_group =>
            {
                let mut active: organisation::ActiveModel = row.into();
                active.name = Set(a.name.clone());
                active.ric = Set(a.ric.clone());
                active.lgbf_family_group = Set(a.lgbf_family_group);
                active.update(&txn).await?;
                report.organisations_updated += 1;
            }
            Some(_) => {}
        }
    }

    for n in &data.national {
        let existing = organisation::Entity::find()
            .filter(organisation::Column::Kind.eq(n.kind.as_str()))
            .one(&txn)
            .await?;
        if existing.is_none() {
            organisation::ActiveModel {
                id: Set(Uuid::now_v7()),
                kind: Set(n.kind.as_str().into()),
                name: Set(n.name.clone()),
                short_name: Set(Some(n.short_name.clone())),
                gss_code: Set(None),
                ric: Set(None),
                lgbf_family_group: Set(None),
                created_at: Set(now),
            }
            .insert(&txn)
            .await?;
            report.organisations_added += 1;
        }
    }

    for seed in &data.frameworks {
        let f = &seed.framework;
        let stored = framework::Entity::find_by_id((f.id.clone(), f.version))
            .one(&txn)
            .await?;
        match stored {
            Some(row) => {
                let stored =
                    Framework::from_json(&row.document).map_err(|source| SeedError::Framework {
                        file: row.source_file.clone(),
                        source,
                    })?;
                f.check_same_as(&stored)
                    .map_err(|source| SeedError::Framework {
                        file: seed.source_file.clone(),
                        source,
                    })?;
                report.frameworks_unchanged += 1;
            }
            None => {
                insert_framework(&txn, f, &seed.source_file, now).await?;
                report.frameworks_added += 1;
            }
        }
    }

    for (date, name) in &data.bank_holidays {
        if bank_holiday::Entity::find_by_id(*date)
            .one(&txn)
            .await?
            .is_none()
        {
            bank_holiday::ActiveModel {
                date: Set(*date),
                name: Set(name.clone()),
            }
            .insert(&txn)
            .await?;
            report.bank_holidays_added += 1;
        }
    }

    txn.commit().await?;
    Ok(report)
}

/// Filters for the authorities directory.
#[derive(Debug, Clone, Default)]
pub struct AuthorityFilter {
    pub ric: Option<String>,
    pub lgbf_family_group: Option<i32>,
}

/// An organisation's row as the domain sees it.
pub(crate) fn organisation_from(row: organisation::Model) -> Result<Organisation, StoreError> {
    to_domain(row)
}

fn to_domain(row: organisation::Model) -> Result<Organisation, StoreError> {
    let kind = row
        .kind
        .parse::<OrganisationKind>()
        .map_err(|e| StoreError::Db(sea_orm::DbErr::Custom(e)))?;
    let gss_code = row
        .gss_code
        .map(|c| GssCode::parse(&c))
        .transpose()
        .map_err(|e| StoreError::Db(sea_orm::DbErr::Custom(e.to_string())))?;
    Ok(Organisation {
        id: row.id,
        kind,
        name: row.name,
        short_name: row.short_name,
        gss_code,
        ric: row.ric,
        lgbf_family_group: row.lgbf_family_group,
    })
}

/// The local authorities, by name, optionally filtered.
pub async fn authorities(
    db: &impl ConnectionTrait,
    filter: &AuthorityFilter,
) -> Result<Vec<Organisation>, StoreError> {
    let mut query = organisation::Entity::find()
        .filter(organisation::Column::Kind.eq(OrganisationKind::LocalAuthority.as_str()));
    if let Some(ric) = &filter.ric {
        query = query.filter(organisation::Column::Ric.eq(ric.as_str()));
    }
    if let Some(group) = filter.lgbf_family_group {
        query = query.filter(organisation::Column::LgbfFamilyGroup.eq(group));
    }
    let rows = query
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?;
    rows.into_iter().map(to_domain).collect()
}

/// One authority by its GSS code.
pub async fn authority_by_gss_code(
    db: &impl ConnectionTrait,
    code: &GssCode,
) -> Result<Organisation, StoreError> {
    let row = organisation::Entity::find()
        .filter(organisation::Column::GssCode.eq(code.as_str()))
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found(format!("authority {code}")))?;
    to_domain(row)
}

/// Organisations by id, in any order; unknown ids are left out.
pub async fn organisations_by_ids(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<Organisation>, StoreError> {
    let rows = crate::positional::all(
        db,
        organisation::Entity::find().filter(organisation::Column::Id.is_in(ids.iter().copied())),
    )
    .await?;
    rows.into_iter().map(to_domain).collect()
}

/// Every organisation: national bodies first, then authorities by name.
pub async fn organisations(db: &impl ConnectionTrait) -> Result<Vec<Organisation>, StoreError> {
    let rows = organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?;
    let mut all: Vec<Organisation> = rows.into_iter().map(to_domain).collect::<Result<_, _>>()?;
    all.sort_by_key(|o| (o.kind == OrganisationKind::LocalAuthority, o.name.clone()));
    Ok(all)
}

/// The Regional Improvement Collaboratives named by authorities, sorted.
pub async fn rics(db: &impl ConnectionTrait) -> Result<Vec<String>, StoreError> {
    let names: Vec<Option<String>> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Ric)
        .distinct()
        .filter(organisation::Column::Ric.is_not_null())
        .order_by_asc(organisation::Column::Ric)
        .into_tuple()
        .all(db)
        .await?;
    Ok(names.into_iter().flatten().collect())
}

fn parse_framework(row: framework::Model) -> Result<Framework, StoreError> {
    Framework::from_json(&row.document).map_err(|e| {
        StoreError::Db(sea_orm::DbErr::Custom(format!(
            "stored framework {}: {e}",
            row.id
        )))
    })
}

/// Every framework and version, by id then version.
pub async fn frameworks(db: &impl ConnectionTrait) -> Result<Vec<Framework>, StoreError> {
    let rows = framework::Entity::find()
        .order_by_asc(framework::Column::Id)
        .order_by_asc(framework::Column::Version)
        .all(db)
        .await?;
    rows.into_iter().map(parse_framework).collect()
}

/// One framework; the latest version when none is given.
pub async fn framework(
    db: &impl ConnectionTrait,
    id: &str,
    version: Option<i32>,
) -> Result<Framework, StoreError> {
    let mut query = framework::Entity::find().filter(framework::Column::Id.eq(id));
    if let Some(v) = version {
        query = query.filter(framework::Column::Version.eq(v));
    }
    let row = query
        .order_by_desc(framework::Column::Version)
        .one(db)
        .await?
        .ok_or_else(|| match version {
            Some(v) => StoreError::not_found(format!("framework {id} version {v}")),
            None => StoreError::not_found(format!("framework {id}")),
        })?;
    parse_framework(row)
}

/// Adds a new framework version (`quads framework import`). Refused,
/// changing nothing, when that id and version are already loaded: a
/// loaded version is never changed, and self-evaluations keep the version
/// they were made on.
pub async fn add_framework(
    db: &impl ConnectionTrait,
    f: &Framework,
    source_file: &str,
    now: chrono::DateTime<Utc>,
) -> Result<(), StoreError> {
    let taken = || {
        StoreError::validation(
            "version",
            format!(
                "framework {} version {} is already loaded and is never changed; give the new \
                 one the next version number",
                f.id, f.version
            ),
        )
    };
    if framework::Entity::find_by_id((f.id.clone(), f.version))
        .one(db)
        .await?
        .is_some()
    {
        return Err(taken());
    }
    insert_framework(db, f, source_file, now)
        .await
        .map_err(|e| match e {
            // Someone added it meanwhile.
            StoreError::Validation { .. } => taken(),
            other => other,
        })
}

/// Stores a framework version as its document.
async fn insert_framework(
    db: &impl ConnectionTrait,
    f: &Framework,
    source_file: &str,
    now: chrono::DateTime<Utc>,
) -> Result<(), StoreError> {
    let document = serde_json::to_string(f)
        .map_err(|e| StoreError::Db(sea_orm::DbErr::Custom(e.to_string())))?;
    framework::ActiveModel {
        id: Set(f.id.clone()),
        version: Set(f.version),
        name: Set(f.name.clone()),
        document: Set(document),
        source_file: Set(source_file.to_owned()),
        loaded_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Scotland's bank holidays, by date.
pub async fn bank_holidays(
    db: &impl ConnectionTrait,
) -> Result<Vec<(NaiveDate, String)>, StoreError> {
    let rows = bank_holiday::Entity::find()
        .order_by_asc(bank_holiday::Column::Date)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|r| (r.date, r.name)).collect())
}
