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
    /// The guards' facts about each review, computed once per request and
    /// shared by `nextCommand`, `availableCommands` and the focus's
    /// `canEdit`, `canSignOff` and `canReopen`.
    facts: FactsCache,
}

type FactsCache = std::sync::Mutex<
    HashMap<
        Uuid,
        std::sync::Arc<tokio::sync::OnceCell<std::sync::Arc<domain::lifecycle::ReviewFacts>>>,
    >,
>;

pub type RequestLoader = DataLoader<Batch, HashMapCache>;

/// A fresh loader for one request.
pub fn request_loader(store: &Store) -> RequestLoader {
    DataLoader::with_cache(
        Batch {
            store: store.clone(),
            facts: FactsCache::default(),
        },
        tokio::spawn,
        HashMapCache::default(),
    )
}

/// Puts the signed-in viewer and their organisation, read with the
/// session, into the request's cache: `me { organisation }` reads nothing
/// more.
pub async fn feed_viewer(loader: &RequestLoader, viewer: &crate::auth::Viewer) {
    if let Some(user) = &viewer.user {
        loader
            .feed_one(
                OrganisationKey(user.organisation.id),
                user.organisation.clone(),
            )
            .await;
        loader
            .feed_one(UserKey(user.user.id), user.user.clone())
            .await;
    }
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

key!(
    HostsOf,
    "A review's host authorities, with whether each has a lead (public)."
);

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

grouped!(
    HostsOf,
    Vec<store::review::Host>,
    store::review::hosts_with_organisations
);
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

/// What a page of reviews will need, as the query asks for it (its
/// look-ahead), so that nothing unasked is read: no team for an anonymous
/// timetable, no people unless a person is shown.
#[derive(Debug, Clone, Copy, Default)]
pub struct Wanted {
    pub hosts: bool,
    /// A private field is asked by a signed-in viewer: the team is read to
    /// decide access.
    pub private: bool,
    pub sign_offs: bool,
    pub conflicts: bool,
    pub latest_events: bool,
    pub programmes: bool,
    pub quads: bool,
    pub users: bool,
    /// Organisations beyond the hosts: team members', signers', people's
    /// (a quad's members' names for the facts).
    pub member_organisations: bool,
    pub signer_organisations: bool,
    pub user_organisations: bool,
    /// The guards' facts (commands, focus rights).
    pub facts: bool,
}

impl Wanted {
    /// From the look-ahead at one review.
    pub fn of(review: async_graphql::Lookahead<'_>, signed_in: bool) -> Self {
        let focus = review.field("focus");
        let team = review.field("team");
        let conflicts = review.field("conflicts");
        let latest = review.field("latestEvent");
        let private = signed_in
            && [
                "focus",
                "team",
                "conflicts",
                "latestEvent",
                "history",
                "nextCommand",
                "availableCommands",
            ]
            .iter()
            .any(|f| review.field(f).exists());
        let facts = private
            && (review.field("nextCommand").exists()
                || review.field("availableCommands").exists()
                || focus.field("canEdit").exists()
                || focus.field("canSignOff").exists()
                || focus.field("canReopen").exists());
        let people = team.field("user").exists()
            || focus.field("signOffs").field("user").exists()
            || conflicts.field("dismissedBy").exists()
            || latest.field("actor").exists();
        Wanted {
            hosts: true,
            private,
            sign_offs: private && (focus.exists() || facts),
            conflicts: private && (conflicts.exists() || facts),
            latest_events: private && latest.exists(),
            programmes: review.field("programme").exists() || facts,
            quads: review.field("quad").exists() || facts,
            users: private && people,
            member_organisations: private && team.field("organisation").exists(),
            signer_organisations: private && focus.field("signOffs").field("authority").exists(),
            user_organisations: private
                && (team.field("user").field("organisation").exists()
                    || focus
                        .field("signOffs")
                        .field("user")
                        .field("organisation")
                        .exists()
                    || conflicts
                        .field("dismissedBy")
                        .field("organisation")
                        .exists()
                    || latest.field("actor").field("organisation").exists()),
            facts,
        }
    }
}

/// Loads everything a page of reviews needs, one statement per kind of
/// thing for the whole page, in a fixed order, into this request's cache,
/// so the resolvers below the page send no statement of their own and
/// identical requests send the same statements. Batching by timer alone
/// is not enough: with a hundred reviews the executor polls them over
/// several turns, and a batch closes before the last ones ask.
pub async fn prime_reviews(
    ctx: &Context<'_>,
    page: &[store::review::Review],
    wanted: Wanted,
) -> ApiResult<()> {
    if page.is_empty() {
        return Ok(());
    }
    let loader = loader(ctx)?;
    let db = ctx.data::<crate::ApiContext>()?.store.conn();
    let ids: Vec<Uuid> = page.iter().map(|r| r.id).collect();
    let mut known: std::collections::HashSet<Uuid> = std::collections::HashSet::new();
    let mut organisations: Vec<Uuid> = Vec::new();
    let mut users: Vec<Uuid> = Vec::new();
    if wanted.hosts || wanted.private {
        let mut hosts = store::review::hosts_with_organisations(db, &ids).await?;
        let mut found = Vec::new();
        for host in hosts.values().flatten() {
            if known.insert(host.authority.id) {
                found.push((OrganisationKey(host.authority.id), host.authority.clone()));
            }
        }
        loader.feed_many(found).await;
        loader
            .feed_many(
                ids.iter()
                    .map(|id| (HostsOf(*id), hosts.remove(id).unwrap_or_default())),
            )
            .await;
    }
    if wanted.private {
        let mut teams = store::review::members_of(db, &ids).await?;
        for member in teams.values().flatten() {
            if wanted.member_organisations {
                organisations.push(member.organisation_id);
            }
            users.push(member.user_id);
        }
        loader
            .feed_many(
                ids.iter()
                    .map(|id| (TeamOf(*id), teams.remove(id).unwrap_or_default())),
            )
            .await;
    }
    if wanted.sign_offs {
        let mut found = store::review::sign_offs_of(db, &ids).await?;
        for s in found.values().flatten() {
            users.push(s.user_id);
            if wanted.signer_organisations {
                organisations.extend(s.authority_id);
            }
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
        users.extend(found.values().filter_map(|e| e.actor.user_id()));
        loader
            .feed_many(found.into_iter().map(|(id, e)| (LatestEventOf(id), e)))
            .await;
    }
    if wanted.programmes {
        let programme_ids = sorted(page.iter().map(|r| r.programme_id).collect());
        let found = store::programme::programmes_by_ids(db, &programme_ids).await?;
        loader
            .feed_many(found.into_iter().map(|p| (ProgrammeKey(p.id), p)))
            .await;
    }
    if wanted.quads {
        let quad_ids = sorted(page.iter().filter_map(|r| r.quad_id).collect());
        if !quad_ids.is_empty() {
            let found = store::programme::quads_by_ids(db, &quad_ids).await?;
            if wanted.facts {
                organisations.extend(found.iter().flat_map(|q| q.members.iter().copied()));
            }
            loader
                .feed_many(found.into_iter().map(|q| (QuadKey(q.id), q)))
                .await;
        }
    }
    if wanted.users {
        let users = sorted(users);
        if !users.is_empty() {
            let found = store::identity::users_by_ids(db, &users).await?;
            if wanted.user_organisations {
                organisations.extend(found.iter().map(|u| u.organisation_id));
            }
            loader
                .feed_many(found.into_iter().map(|u| (UserKey(u.id), u)))
                .await;
        }
    }
    {
        let missing = sorted(
            organisations
                .into_iter()
                .filter(|id| !known.contains(id))
                .collect(),
        );
        if !missing.is_empty() {
            let found = store::reference::organisations_by_ids(db, &missing).await?;
            loader
                .feed_many(found.into_iter().map(|o| (OrganisationKey(o.id), o)))
                .await;
        }
    }
    Ok(())
}

fn sorted(mut ids: Vec<Uuid>) -> Vec<Uuid> {
    ids.sort();
    ids.dedup();
    ids
}

/// The guards' facts about a review, computed once per request from the
/// (primed) loaders and shared by every field that asks.
pub async fn review_facts(
    ctx: &Context<'_>,
    review: &store::review::Review,
    access: &domain::lifecycle::ReviewAccess,
) -> ApiResult<std::sync::Arc<domain::lifecycle::ReviewFacts>> {
    let cell = {
        let mut cache = loader(ctx)?
            .loader()
            .facts
            .lock()
            .map_err(|_| ApiError::internal("facts cache poisoned"))?;
        cache.entry(review.id).or_default().clone()
    };
    let facts = cell
        .get_or_try_init(|| async {
            let programme = one(ctx, ProgrammeKey(review.programme_id)).await?;
            let hosts = maybe(ctx, HostsOf(review.id)).await?.unwrap_or_default();
            let quad_members: Vec<(Uuid, String)> = match review.quad_id {
                Some(q) => {
                    let members = maybe(ctx, QuadKey(q))
                        .await?
                        .map(|quad| quad.members)
                        .unwrap_or_default();
                    let mut names = loader(ctx)?
                        .load_many(members.iter().map(|id| OrganisationKey(*id)))
                        .await?;
                    members
                        .iter()
                        .map(|id| {
                            let name = names
                                .remove(&OrganisationKey(*id))
                                .map(|o| o.name)
                                .unwrap_or_default();
                            (*id, name)
                        })
                        .collect()
                }
                None => Vec::new(),
            };
            let sign_offs = maybe(ctx, SignOffsOf::of(access))
                .await?
                .unwrap_or_default();
            let members = maybe(ctx, TeamOf::of(access)).await?.unwrap_or_default();
            let conflicts = maybe(ctx, ConflictsOf::of(access))
                .await?
                .unwrap_or_default();
            let mut facts = store::review::facts_from(&store::review::FactsParts {
                review,
                programme: &programme,
                hosts: &hosts,
                quad_members: &quad_members,
                sign_offs: &sign_offs,
                members: &members,
                conflicts: &conflicts,
            });
            let db = ctx.data::<crate::ApiContext>()?.store.conn();
            facts.self_evaluation =
                store::self_evaluation::facts_when_needed(db, &facts, review.id, &programme)
                    .await?;
            facts.visit = store::visit::facts_when_needed(db, &facts, review.id).await?;
            facts.findings = store::findings::facts_when_needed(db, &facts, review.id).await?;
            Ok::<_, ApiError>(std::sync::Arc::new(facts))
        })
        .await?;
    Ok(facts.clone())
}
