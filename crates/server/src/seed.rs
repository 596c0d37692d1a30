//! Reading the reference data files in `data/` for `quads seed`. Every error
//! names the file and the field.

pub mod scale;

use anyhow::{anyhow, Context as _};
use chrono::NaiveDate;
use domain::{Framework, GssCode, OrganisationKind};
use serde::Deserialize;
use std::path::Path;
use store::reference::{AuthoritySeed, FrameworkSeed, NationalSeed, ReferenceData};

#[derive(Deserialize)]
struct AuthoritiesFile {
    national_organisations: Vec<NationalRow>,
    local_authorities: Vec<AuthorityRow>,
}

#[derive(Deserialize)]
struct NationalRow {
    name: String,
    short: String,
}

#[derive(Deserialize)]
struct AuthorityRow {
    name: String,
    gss_code: String,
    ric: Option<String>,
    lgbf_family_group: Option<i32>,
}

#[derive(Deserialize)]
struct HolidaysFile {
    holidays: Vec<HolidayRow>,
}

#[derive(Deserialize)]
struct HolidayRow {
    date: NaiveDate,
    name: String,
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> anyhow::Result<T> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let de = &mut serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let field = e.path().to_string();
        anyhow!("{}: {}: {}", path.display(), field, e.inner())
    })
}

/// Reads and validates every reference file under `dir`.
pub fn load_reference_data(dir: &Path) -> anyhow::Result<ReferenceData> {
    let authorities_path = dir.join("authorities.json");
    let file: AuthoritiesFile = read_json(&authorities_path)?;
    let mut data = ReferenceData::default();
    for (i, row) in file.local_authorities.into_iter().enumerate() {
        let gss_code = GssCode::parse(&row.gss_code).map_err(|e| {
            anyhow!(
                "{}: local_authorities[{i}].gss_code: {e}",
                authorities_path.display()
            )
        })?;
        if let Some(g) = row.lgbf_family_group {
            if !(1..=4).contains(&g) {
                return Err(anyhow!(
                    "{}: local_authorities[{i}].lgbf_family_group: {g} is not 1 to 4",
                    authorities_path.display()
                ));
            }
        }
        data.authorities.push(AuthoritySeed {
            name: row.name,
            gss_code,
            ric: row.ric,
            lgbf_family_group: row.lgbf_family_group,
        });
    }
    for (i, row) in file.national_organisations.into_iter().enumerate() {
        let kind = OrganisationKind::from_national_short_name(&row.short).ok_or_else(|| {
            anyhow!(
                "{}: national_organisations[{i}].short: `{}` is not ADES, ES or HMIE",
                authorities_path.display(),
                row.short
            )
        })?;
        data.national.push(NationalSeed {
            name: row.name,
            short_name: row.short,
            kind,
        });
    }

    let frameworks_dir = dir.join("frameworks");
    let mut paths: Vec<_> = std::fs::read_dir(&frameworks_dir)
        .with_context(|| format!("{}: cannot read", frameworks_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        let framework =
            Framework::from_json(&text).map_err(|e| anyhow!("{}: {e}", path.display()))?;
        data.frameworks.push(FrameworkSeed {
            source_file: path.display().to_string(),
            framework,
        });
    }

    let holidays: HolidaysFile = read_json(&dir.join("scotland-bank-holidays.json"))?;
    data.bank_holidays = holidays
        .holidays
        .into_iter()
        .map(|h| (h.date, h.name))
        .collect();
    Ok(data)
}

/// Largest framework file `quads framework import` reads.
pub const FRAMEWORK_FILE_MAX_BYTES: u64 = 5 * 1024 * 1024;

/// `quads framework import FILE`: adds the framework version in `path`
/// (the format of `data/frameworks/`), validated; refused, changing
/// nothing, if that id and version are already loaded. Self-evaluations
/// keep the version they were made on; programmes keep theirs until an
/// officer pins the new one.
pub async fn import_framework(store: &store::Store, path: &Path) -> anyhow::Result<Framework> {
    let size = std::fs::metadata(path)
        .with_context(|| format!("{}: cannot read", path.display()))?
        .len();
    if size > FRAMEWORK_FILE_MAX_BYTES {
        return Err(anyhow!(
            "{}: the file is {size} bytes; a framework file is at most {FRAMEWORK_FILE_MAX_BYTES}",
            path.display()
        ));
    }
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read as UTF-8 text", path.display()))?;
    let framework = Framework::from_json(&text).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    store::reference::add_framework(
        store.conn(),
        &framework,
        &path.display().to_string(),
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| anyhow!("{}: {e}", path.display()))?;
    Ok(framework)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_data() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        for name in ["authorities.json", "scotland-bank-holidays.json"] {
            std::fs::copy(src.join(name), dir.path().join(name)).unwrap();
        }
        std::fs::create_dir(dir.path().join("frameworks")).unwrap();
        for e in std::fs::read_dir(src.join("frameworks")).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(
                &p,
                dir.path().join("frameworks").join(p.file_name().unwrap()),
            )
            .unwrap();
        }
        dir
    }

    #[test]
    fn the_shipped_data_has_32_authorities_3_national_bodies_and_the_frameworks() {
        let data =
            load_reference_data(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")).unwrap();
        assert_eq!(data.authorities.len(), 32);
        assert_eq!(data.national.len(), 3);
        assert!(data.frameworks.iter().any(|f| f.framework.id == "hgios4"));
        assert!(data.bank_holidays.len() > 50);
    }

    #[test]
    fn a_bad_gss_code_is_refused_naming_the_file_and_field() {
        let dir = copy_data();
        let path = dir.path().join("authorities.json");
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replacen("S12000033", "X1", 1);
        std::fs::write(&path, text).unwrap();
        let err = load_reference_data(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("authorities.json: local_authorities[0].gss_code"),
            "{err}"
        );
    }

    #[test]
    fn a_wrongly_typed_field_is_named_by_its_path() {
        let dir = copy_data();
        let path = dir.path().join("scotland-bank-holidays.json");
        let text =
            std::fs::read_to_string(&path)
                .unwrap()
                .replacen("\"2021-01-01\"", "\"not a date\"", 1);
        std::fs::write(&path, text).unwrap();
        let err = load_reference_data(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("scotland-bank-holidays.json: holidays[0].date"),
            "{err}"
        );
    }
}
