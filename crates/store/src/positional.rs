//! Reading rows by position instead of by name, on the paths every page
//! takes (the timetable, the review page, `me { tasks }`).
//!
//! sea-orm's derived `FromQueryResult` reads each column by name: for each
//! column of each row it formats the name into a new `String` and looks it
//! up among the row's columns. For a page of 100 reviews and their hosts
//! that was about 40 % of the server's instructions per request (run D in
//! `docs/benchmarks.md`). A sea-orm `Select<E>` lists the entity's columns
//! in the order of its `Column` enum, which is the order of the model's
//! fields, so a model can be read by index instead; `NAMES` states that
//! order and a test holds it to the entity's.

use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QueryResult, QueryTrait, Select};

/// A model read from consecutive columns of a row, starting at `at`.
pub(crate) trait Positional: Sized {
    /// The columns read, in order: the entity's columns, in its order.
    #[cfg_attr(not(test), allow(dead_code))]
    const NAMES: &'static [&'static str];
    fn read(row: &QueryResult, at: usize) -> Result<Self, DbErr>;
}

/// Implements [`Positional`] for an entity's model, fields in the order of
/// the entity's columns.
macro_rules! positional {
    ($entity:ident { $($field:ident),* $(,)? }) => {
        impl Positional for crate::entities::$entity::Model {
            const NAMES: &'static [&'static str] = &[$(stringify!($field)),*];
            #[allow(unused_assignments)]
            fn read(row: &QueryResult, at: usize) -> Result<Self, DbErr> {
                let mut i = at;
                Ok(Self {
                    $($field: {
                        let value = row.try_get_by_index(i)?;
                        i += 1;
                        value
                    }),*
                })
            }
        }
    };
}

positional!(review {
    id,
    programme_id,
    quad_id,
    phase,
    target_month,
    theme,
    key_questions,
    scope,
    state,
    postponed_from,
    imported,
    report_url,
    version,
    created_at,
    updated_at,
});

positional!(organisation {
    id,
    kind,
    name,
    short_name,
    gss_code,
    ric,
    lgbf_family_group,
    created_at,
});

positional!(team_member {
    id,
    review_id,
    user_id,
    organisation_id,
    affiliation,
    role,
    invitation,
    first_time,
    replaced_by,
    invited_at,
    answered_at,
});

positional!(focus_sign_off {
    id,
    review_id,
    user_id,
    authority_id,
    signed_at,
});

positional!(review_conflict {
    id,
    review_id,
    member_id,
    other_review_id,
    description,
    dismissed_reason,
    dismissed_by,
    dismissed_at,
    created_at,
});

positional!(review_event {
    id,
    review_id,
    seq,
    kind,
    command,
    from_state,
    to_state,
    reason,
    actor_id,
    at,
    report_url,
    detail,
});

positional!(review_host {
    review_id,
    authority_id,
    position,
});

/// How many columns a model of `M` takes in a row.
pub(crate) fn width<M: Positional>() -> usize {
    M::NAMES.len()
}

/// Every row of `select` (all the entity's columns first, in its order, as
/// `Entity::find()` lists them), read by position.
pub(crate) async fn all<E>(
    db: &impl ConnectionTrait,
    select: Select<E>,
) -> Result<Vec<E::Model>, DbErr>
where
    E: EntityTrait,
    E::Model: Positional,
{
    let rows = db
        .query_all(select.build(db.get_database_backend()))
        .await?;
    rows.iter().map(|row| E::Model::read(row, 0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::*;
    use sea_orm::{Iden, Iterable};

    fn columns<E: EntityTrait>() -> Vec<String> {
        E::Column::iter().map(|c| Iden::to_string(&c)).collect()
    }

    fn names<M: Positional>() -> Vec<String> {
        M::NAMES.iter().map(|n| String::from(*n)).collect()
    }

    #[test]
    fn each_positional_model_reads_its_entitys_columns_in_the_order_a_select_lists_them() {
        assert_eq!(names::<review::Model>(), columns::<review::Entity>());
        assert_eq!(
            names::<organisation::Model>(),
            columns::<organisation::Entity>()
        );
        assert_eq!(
            names::<team_member::Model>(),
            columns::<team_member::Entity>()
        );
        assert_eq!(
            names::<focus_sign_off::Model>(),
            columns::<focus_sign_off::Entity>()
        );
        assert_eq!(
            names::<review_conflict::Model>(),
            columns::<review_conflict::Entity>()
        );
        assert_eq!(
            names::<review_event::Model>(),
            columns::<review_event::Entity>()
        );
        assert_eq!(
            names::<review_host::Model>(),
            columns::<review_host::Entity>()
        );
    }
}
