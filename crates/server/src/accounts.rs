//! Accounts made from the command line: the first administrator
//! (`quads user add`) and the demo users (`quads seed --demo`).

use anyhow::{anyhow, bail, Context as _};
use chrono::Utc;
use domain::identity::{check_new_password, check_roles, parse_name, EmailAddress, Role};
use domain::{GssCode, OrganisationKind};
use store::identity::NewUser;
use store::Store;

/// Which organisation a new account belongs to.
#[derive(Debug, Clone)]
pub enum OrganisationRef {
    /// A local authority by GSS code.
    Authority(String),
    /// A national body by short name: ADES, ES or HMIE.
    National(String),
}

#[derive(Debug, Clone)]
pub struct AccountSpec {
    pub email: String,
    pub name: String,
    pub roles: Vec<Role>,
    pub organisation: OrganisationRef,
    pub lead: bool,
    pub password: String,
}

async fn organisation_id(
    store: &Store,
    org: &OrganisationRef,
) -> anyhow::Result<(uuid::Uuid, OrganisationKind)> {
    match org {
        OrganisationRef::Authority(code) => {
            let code = GssCode::parse(code).map_err(|e| anyhow!("--authority: {e}"))?;
            let found = store::reference::authority_by_gss_code(store.conn(), &code)
                .await
                .map_err(|_| anyhow!("--authority: no authority {code}; run `quads seed` first"))?;
            Ok((found.id, found.kind))
        }
        OrganisationRef::National(short) => {
            let kind = OrganisationKind::from_national_short_name(short)
                .ok_or_else(|| anyhow!("--organisation: `{short}` is not ADES, ES or HMIE"))?;
            let all = store::reference::organisations(store.conn()).await?;
            let found = all.into_iter().find(|o| o.kind == kind).ok_or_else(|| {
                anyhow!("--organisation: {short} is not loaded; run `quads seed` first")
            })?;
            Ok((found.id, kind))
        }
    }
}

/// Creates an account with a password, validating everything first.
pub async fn add_user(store: &Store, spec: AccountSpec) -> anyhow::Result<domain::identity::User> {
    let email = EmailAddress::parse(&spec.email).map_err(|m| anyhow!("--email: {m}"))?;
    let name = parse_name(&spec.name).map_err(|m| anyhow!("--name: {m}"))?;
    check_new_password(&spec.password, email.as_str()).map_err(|m| anyhow!("password: {m}"))?;
    let (organisation_id, kind) = organisation_id(store, &spec.organisation).await?;
    if let Err((field, message)) = check_roles(&spec.roles, spec.lead, kind) {
        bail!("{field}: {message}");
    }
    let hash = api::secrets::hash_password(spec.password)
        .await
        .map_err(|e| anyhow!("cannot hash the password: {e}"))?;
    let user = store::identity::create_user(
        store.conn(),
        NewUser {
            email: email.as_str().into(),
            name,
            organisation_id,
            roles: spec.roles,
            lead: spec.lead,
            password_hash: Some(hash),
        },
        Utc::now(),
    )
    .await
    .context("cannot create the user")?;
    Ok(user)
}

/// The password every demo user has; printed by `quads seed --demo` and
/// listed in the README.
pub const DEMO_PASSWORD: &str = "demo-password-2026";

/// One user for every role; existing ones are left as they are.
pub async fn add_demo_users(store: &Store) -> anyhow::Result<usize> {
    let edinburgh = || OrganisationRef::Authority("S12000036".into());
    let people = [
        (
            "admin@demo.quads.scot",
            "Alex Admin",
            vec![Role::Admin],
            OrganisationRef::National("ADES".into()),
            false,
        ),
        (
            "officer@demo.quads.scot",
            "Morag Officer",
            vec![Role::ProgrammeOfficer],
            OrganisationRef::National("ADES".into()),
            false,
        ),
        (
            "lead@demo.quads.scot",
            "Lindsay Lead",
            vec![Role::AuthorityUser],
            edinburgh(),
            true,
        ),
        (
            "qio@demo.quads.scot",
            "Callum QIO",
            vec![Role::AuthorityUser],
            edinburgh(),
            false,
        ),
        (
            "reviewer@demo.quads.scot",
            "Rhona Reviewer",
            vec![Role::Reviewer],
            OrganisationRef::National("ES".into()),
            false,
        ),
    ];
    let mut added = 0;
    for (email, name, roles, organisation, lead) in people {
        if store::identity::user_by_email(store.conn(), email)
            .await?
            .is_some()
        {
            continue;
        }
        add_user(
            store,
            AccountSpec {
                email: email.into(),
                name: name.into(),
                roles,
                organisation,
                lead,
                password: DEMO_PASSWORD.into(),
            },
        )
        .await?;
        added += 1;
    }
    Ok(added)
}
