//! Batched loading: one loader per request, so a page of reviews costs the
//! same number of SQL statements whether it holds 1 review or 100. Each key
//! type loads one kind of thing for many ids in one statement (or a fixed
//! few).

use crate::error::{ApiError, ApiResult};
use async_graphql::dataloader::{DataLoader, HashMapCache, Loader};
use async_graphql::Context;
use domain::identity::User;
use domain::Organisation;
use std::collections::HashMap;
use store::programme::{Programme, Quad};
use store::review::{Conflict, EventRecord, Member, SignOff};
use store::Store;
use uuid::Uuid;

/// Loads for one request, with a cache.
pub struct Batch {
    store: Store,
}

pub type RequestLoader = DataLoader<Batch, HashMapCache>;

/// A fresh loader for one request.
pub fn request_loader(store: &Store) -> RequestLoader {
    DataLoader::with_cache(
        Batch {
            store: store.clone(),
        },
        tokio::spawn,
        HashMapCache::default(),
    )
}

/// This request's loader.
pub fn loader<'a>(ctx: &Context<'a>) -> ApiResult<&'a RequestLoader> {
    ctx.data::<RequestLoader>()
        .map_err(|_| ApiError::internal("no loader in the request"))
}

macro_rules! key {
    ($name:ident, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name(pub Uuid);
    };
}

key!(HostsOf, "A review's host authority ids (public).");

/// Keys of a review's private data: made only from the capability to see
/// it (or, for the team, by the rights check that builds that capability),
/// so a resolver cannot load them without having asked.
macro_rules! private_key {
    ($name:ident, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name(Uuid);

        impl $name {
            /// The key for the review `access` is for.
            pub fn of(access: &domain::lifecycle::ReviewAccess) -> Self {
                Self(access.review_id())
            }
        }
    };
}

private_key!(SignOffsOf, "A review's focus sign-offs.");
private_key!(
    TeamOf,
    "A review's team, replaced and declined members included."
);
private_key!(ConflictsOf, "A review's conflicts of interest.");
private_key!(LatestEventOf, "A review's latest change of state.");

impl TeamOf {
    /// The team, read to decide who may see the review (membership gives
    /// rights); use [`TeamOf::of`] everywhere else.
    pub(crate) fn to_decide_access(review_id: Uuid) -> Self {
        Self(review_id)
    }
}
key!(OrganisationKey, "An organisation by id.");
key!(UserKey, "A user by id.");
key!(ProgrammeKey, "A programme by id.");
key!(QuadKey, "A quad by id.");

fn ids<K: Copy>(keys: &[K], f: impl Fn(K) -> Uuid) -> Vec<Uuid> {
    keys.iter().map(|k| f(*k)).collect()
}

macro_rules! grouped {
    ($key:ident, $value:ty, $load:path) => {
        impl Loader<$key> for Batch {
            type Value = $value;
            type Error = ApiError;

            async fn load(&self, keys: &[$key]) -> Result<HashMap<$key, $value>, ApiError> {
                let mut found = $load(self.store.conn(), &ids(keys, |k| k.0)).await?;
                Ok(keys
                    .iter()
                    .map(|k| (*k, found.remove(&k.0).unwrap_or_default()))
                    .collect())
            }
        }
    };
}

grouped!(HostsOf, Vec<Uuid>, store::review::hosts_of);
grouped!(SignOffsOf, Vec<SignOff>, store::review::sign_offs_of);
grouped!(TeamOf, Vec<Member>, store::review::members_of);
grouped!(ConflictsOf, Vec<Conflict>, store::review::conflicts_of);

impl Loader<LatestEventOf> for Batch {
    type Value = EventRecord;
    type Error = ApiError;

    async fn load(
        &self,
        keys: &[LatestEventOf],
    ) -> Result<HashMap<LatestEventOf, EventRecord>, ApiError> {
        let found = store::review::latest_events(self.store.conn(), &ids(keys, |k| k.0)).await?;
        Ok(found
            .into_iter()
            .map(|(k, v)| (LatestEventOf(k), v))
            .collect())
    }
}

macro_rules! by_id {
    ($key:ident, $value:ty, $load:path) => {
        impl Loader<$key> for Batch {
            type Value = $value;
            type Error = ApiError;

            async fn load(&self, keys: &[$key]) -> Result<HashMap<$key, $value>, ApiError> {
                let found = $load(self.store.conn(), &ids(keys, |k| k.0)).await?;
                Ok(found.into_iter().map(|v| ($key(v.id), v)).collect())
            }
        }
    };
}

by_id!(
    OrganisationKey,
    Organisation,
    store::reference::organisations_by_ids
);
by_id!(UserKey, User, store::identity::users_by_ids);
by_id!(ProgrammeKey, Programme, store::programme::programmes_by_ids);
by_id!(QuadKey, Quad, store::programme::quads_by_ids);

/// Loads one value that must exist (a dangling id is our fault).
pub async fn one<K, V>(ctx: &Context<'_>, key: K) -> ApiResult<V>
where
    K: Send + Sync + std::hash::Hash + Eq + Clone + std::fmt::Debug + 'static,
    Batch: Loader<K, Value = V, Error = ApiError>,
    V: Send + Sync + Clone + 'static,
{
    loader(ctx)?
        .load_one(key.clone())
        .await?
        .ok_or_else(|| ApiError::internal(format!("{key:?} is missing")))
}

/// Loads a value that may be absent.
pub async fn maybe<K, V>(ctx: &Context<'_>, key: K) -> ApiResult<Option<V>>
where
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    Batch: Loader<K, Value = V, Error = ApiError>,
    V: Send + Sync + Clone + 'static,
{
    loader(ctx)?.load_one(key).await
}

/// What a page of reviews will need, as the query asks for it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Wanted {
    pub sign_offs: bool,
    pub conflicts: bool,
    pub latest_events: bool,
    pub programmes: bool,
}

/// Loads everything a page of reviews needs, one statement per kind of
/// thing for the whole page, into this request's cache, so the resolvers
/// below the page send no statement of their own. Batching by timer alone
/// is not enough: with a hundred reviews the executor polls them over
/// several turns, and a batch closes before the last ones ask.
pub async fn prime_reviews(
    ctx: &Context<'_>,
    page: &[store::review::Review],
    wanted: Wanted,
) -> ApiResult<()> {
    let loader = loader(ctx)?;
    let db = ctx.data::<crate::ApiContext>()?.store.conn();
    let ids: Vec<Uuid> = page.iter().map(|r| r.id).collect();
    let mut hosts = store::review::hosts_of(db, &ids).await?;
    let mut teams = store::review::members_of(db, &ids).await?;
    let mut organisations: Vec<Uuid> = hosts.values().flatten().copied().collect();
    let mut users: Vec<Uuid> = Vec::new();
    for member in teams.values().flatten() {
        organisations.push(member.organisation_id);
        users.push(member.user_id);
    }
    if wanted.sign_offs {
        let mut found = store::review::sign_offs_of(db, &ids).await?;
        for s in found.values().flatten() {
            users.push(s.user_id);
            organisations.extend(s.authority_id);
        }
        loader
            .feed_many(
                ids.iter()
                    .map(|id| (SignOffsOf(*id), found.remove(id).unwrap_or_default())),
            )
            .await;
    }
    if wanted.conflicts {
        let mut found = store::review::conflicts_of(db, &ids).await?;
        users.extend(found.values().flatten().filter_map(|c| c.dismissed_by));
        loader
            .feed_many(
                ids.iter()
                    .map(|id| (ConflictsOf(*id), found.remove(id).unwrap_or_default())),
            )
            .await;
    }
    if wanted.latest_events {
        let found = store::review::latest_events(db, &ids).await?;
        users.extend(found.values().filter_map(|e| e.actor_id));
        loader
            .feed_many(found.into_iter().map(|(id, e)| (LatestEventOf(id), e)))
            .await;
    }
    if wanted.programmes {
        let mut programme_ids: Vec<Uuid> = page.iter().map(|r| r.programme_id).collect();
        programme_ids.sort();
        programme_ids.dedup();
        let found = store::programme::programmes_by_ids(db, &programme_ids).await?;
        loader
            .feed_many(found.into_iter().map(|p| (ProgrammeKey(p.id), p)))
            .await;
    }
    organisations.sort();
    organisations.dedup();
    users.sort();
    users.dedup();
    let found = store::reference::organisations_by_ids(db, &organisations).await?;
    loader
        .feed_many(found.into_iter().map(|o| (OrganisationKey(o.id), o)))
        .await;
    if !users.is_empty() {
        let found = store::identity::users_by_ids(db, &users).await?;
        loader
            .feed_many(found.into_iter().map(|u| (UserKey(u.id), u)))
            .await;
    }
    loader
        .feed_many(
            ids.iter()
                .map(|id| (HostsOf(*id), hosts.remove(id).unwrap_or_default())),
        )
        .await;
    loader
        .feed_many(
            ids.iter()
                .map(|id| (TeamOf(*id), teams.remove(id).unwrap_or_default())),
        )
        .await;
    Ok(())
}
