//! The use cases that change programmes, their materials and quads. Each
//! owns one transaction: it begins it, reads what its rules need, asks
//! `domain`, writes and commits. Resolvers (and the upload route) parse
//! input, call one of these and map the result. Each takes the programme
//! officer's capability, which the caller obtained by the rights check.

use super::invalid;
use crate::auth::{programme_officer, sign_in_required, ProgrammeOfficerCap, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::ApiContext;
use domain::lifecycle as lc;
use domain::programme as pr;
use store::programme::{self as programmes, Material, MaterialFile, ProgrammeSpec, Quad};
use store::sea_orm::ConnectionTrait;
use uuid::Uuid;

/// A framework named by the settings is loaded, at that version.
async fn check_framework(db: &impl ConnectionTrait, spec: &ProgrammeSpec) -> ApiResult<()> {
    if let Some((id, version)) = &spec.settings.framework {
        store::reference::framework(db, id, Some(*version))
            .await
            .map_err(|_| {
                ApiError::validation(
                    "framework",
                    format!("No framework {id} version {version} is loaded"),
                )
            })?;
    }
    Ok(())
}

/// Creates a programme.
pub async fn create_programme(
    app: &ApiContext,
    _officer: ProgrammeOfficerCap<'_>,
    spec: ProgrammeSpec,
) -> ApiResult<programmes::Programme> {
    let txn = app.store.begin().await?;
    check_framework(&txn, &spec).await?;
    let created = programmes::create_programme(&txn, &spec, app.clock.now()).await?;
    // Its participant survey starts with the default statements.
    store::survey::seed_default_statements(&txn, created.id).await?;
    store::commit(txn).await?;
    Ok(created)
}

/// Replaces a programme's name, phases and rules if it is still at
/// `version` (else `CONFLICT`).
pub async fn update_programme(
    app: &ApiContext,
    _officer: ProgrammeOfficerCap<'_>,
    id: Uuid,
    version: i32,
    spec: ProgrammeSpec,
) -> ApiResult<programmes::Programme> {
    let txn = app.store.begin().await?;
    check_framework(&txn, &spec).await?;
    let updated = programmes::update_programme(&txn, id, version, &spec, app.clock.now()).await?;
    store::commit(txn).await?;
    Ok(updated)
}

/// Attaches a link (already parsed) to a programme.
pub async fn add_material(
    app: &ApiContext,
    _officer: ProgrammeOfficerCap<'_>,
    programme_id: Uuid,
    title: String,
    url: String,
) -> ApiResult<Material> {
    let txn = app.store.begin().await?;
    let material =
        programmes::add_material(&txn, programme_id, title, url, app.clock.now()).await?;
    store::commit(txn).await?;
    Ok(material)
}

/// Removes a material.
pub async fn remove_material(
    app: &ApiContext,
    _officer: ProgrammeOfficerCap<'_>,
    id: Uuid,
) -> ApiResult<()> {
    let txn = app.store.begin().await?;
    programmes::remove_material(&txn, id).await?;
    store::commit(txn).await?;
    Ok(())
}

/// Stores an uploaded document as one of a programme's materials
/// (programme officers; the upload route's viewer): checked for size, type
/// and content first, and written in one transaction.
pub async fn upload_material(
    app: &ApiContext,
    viewer: &Viewer,
    programme_id: Uuid,
    title: &str,
    file_name: &str,
    content_type: &str,
    content: Vec<u8>,
) -> ApiResult<super::Material> {
    programme_officer(viewer)?;
    let title = domain::text::MATERIAL_TITLE.parse(title)?;
    let checked =
        domain::attachment::check_file(file_name, content_type, &content, app.attachment_max_bytes)
            .map_err(invalid)?;
    let txn = app.store.begin().await?;
    let material = programmes::add_material_file(
        &txn,
        programme_id,
        title,
        checked.file_name,
        checked.content_type,
        content,
        app.clock.now(),
    )
    .await?;
    store::commit(txn).await?;
    Ok(material.into())
}

/// An uploaded material's document, for signed-in people.
pub async fn material_file(app: &ApiContext, viewer: &Viewer, id: Uuid) -> ApiResult<MaterialFile> {
    if viewer.user.is_none() {
        return Err(sign_in_required(viewer));
    }
    Ok(programmes::material_file(app.store.conn(), id).await?)
}

/// The quad's authorities exist and make a quad (four local authorities,
/// none twice); more than four are refused before the lookup.
async fn check_quad_authorities(db: &impl ConnectionTrait, ids: &[Uuid]) -> ApiResult<()> {
    if ids.len() > 4 {
        return Err(ApiError::validation(
            "authorityIds",
            format!("A quad is four authorities; {} were given", ids.len()),
        ));
    }
    let found = store::reference::organisations_by_ids(db, ids).await?;
    let mut members = Vec::with_capacity(ids.len());
    for id in ids {
        let org = found
            .iter()
            .find(|o| o.id == *id)
            .ok_or_else(|| ApiError::NotFound(format!("No authority {id} exists.")))?;
        members.push((org.id, org.kind));
    }
    pr::check_quad_members(&members).map_err(invalid)
}

/// Creates a quad of four authorities for a session; an authority is in
/// one quad per session.
pub async fn create_quad(
    app: &ApiContext,
    _officer: ProgrammeOfficerCap<'_>,
    session: &pr::Session,
    name: &str,
    authority_ids: &[Uuid],
) -> ApiResult<Quad> {
    let txn = app.store.begin().await?;
    check_quad_authorities(&txn, authority_ids).await?;
    let quad =
        programmes::create_quad(&txn, session.as_str(), name, authority_ids, app.clock.now())
            .await?;
    store::commit(txn).await?;
    Ok(quad)
}

/// Renames a quad and changes its authorities while its reviews allow
/// (`GUARD_FAILED` naming each review in the way).
pub async fn update_quad(
    app: &ApiContext,
    _officer: ProgrammeOfficerCap<'_>,
    id: Uuid,
    name: &str,
    authority_ids: &[Uuid],
) -> ApiResult<Quad> {
    let txn = app.store.begin().await?;
    check_quad_authorities(&txn, authority_ids).await?;
    programmes::quad(&txn, id).await?;
    let reviews = quad_reviews(&txn, id).await?;
    pr::check_quad_change(
        &reviews,
        pr::QuadChange::Edit {
            members: authority_ids,
        },
    )
    .map_err(guard_failed)?;
    let quad = programmes::update_quad(&txn, id, name, authority_ids).await?;
    store::commit(txn).await?;
    Ok(quad)
}

/// Dissolves a quad that no review names (`GUARD_FAILED` naming each
/// review in the way).
pub async fn dissolve_quad(
    app: &ApiContext,
    _officer: ProgrammeOfficerCap<'_>,
    id: Uuid,
) -> ApiResult<()> {
    let txn = app.store.begin().await?;
    programmes::quad(&txn, id).await?;
    let reviews = quad_reviews(&txn, id).await?;
    pr::check_quad_change(&reviews, pr::QuadChange::Dissolve).map_err(guard_failed)?;
    programmes::dissolve_quad(&txn, id).await?;
    store::commit(txn).await?;
    Ok(())
}

/// A quad's reviews as its rules see them, each titled "the review of
/// Fife, March 2025".
async fn quad_reviews(db: &impl ConnectionTrait, quad: Uuid) -> ApiResult<Vec<pr::QuadReview>> {
    let rows = programmes::quad_reviews(db, quad).await?;
    let ids: Vec<Uuid> = rows.iter().flat_map(|r| r.hosts.iter().copied()).collect();
    let orgs = store::reference::organisations_by_ids(db, &ids).await?;
    let mut list = Vec::with_capacity(rows.len());
    for row in rows {
        let names: Vec<&str> = row
            .hosts
            .iter()
            .filter_map(|h| orgs.iter().find(|o| o.id == *h).map(|o| o.name.as_str()))
            .collect();
        let hosts = match names.as_slice() {
            [] => "an unknown authority".to_owned(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        let state = row
            .state
            .parse::<lc::ReviewState>()
            .map_err(|_| ApiError::internal(format!("review {} has an unknown state", row.id)))?;
        list.push(pr::QuadReview {
            title: format!(
                "the review of {hosts}, {}",
                row.target_month.format("%B %Y")
            ),
            state,
            hosts: row.hosts,
        });
    }
    Ok(list)
}

fn guard_failed(unmet: Vec<lc::Unmet>) -> ApiError {
    ApiError::GuardFailed(
        unmet
            .into_iter()
            .map(|u| crate::error::Unmet {
                code: u.code,
                message: u.message,
            })
            .collect(),
    )
}
