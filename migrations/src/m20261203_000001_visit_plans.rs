//! The visit plan (issue 16): each authority's blackout dates (a date or a
//! range, with a reason); per review its visit days, the iCalendar
//! sequence raised on every change and when the agenda was first shared;
//! its sessions (day, times, kind, whom they meet, place, assigned
//! members); and the contacts and places the host records.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum BlackoutDates {
    Table,
    Id,
    AuthorityId,
    FirstDay,
    LastDay,
    Reason,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum VisitPlans {
    Table,
    ReviewId,
    Days,
    Sequence,
    SharedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum VisitSessions {
    Table,
    Id,
    ReviewId,
    Day,
    StartsAt,
    EndsAt,
    Kind,
    Audiences,
    Place,
    Members,
    CreatedAt,
}

#[derive(DeriveIden)]
enum HostContacts {
    Table,
    Id,
    ReviewId,
    Role,
    Name,
    Email,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum VisitPlaces {
    Table,
    Id,
    ReviewId,
    Name,
    Address,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

fn id(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c).uuid().not_null().primary_key().to_owned()
}

fn ts(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

fn of_review<T: IntoIden + 'static>(table: T, column: T) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Reviews::Table, Reviews::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BlackoutDates::Table)
                    .col(id(BlackoutDates::Id))
                    .col(ColumnDef::new(BlackoutDates::AuthorityId).uuid().not_null())
                    .col(ColumnDef::new(BlackoutDates::FirstDay).date().not_null())
                    .col(ColumnDef::new(BlackoutDates::LastDay).date().not_null())
                    .col(
                        ColumnDef::new(BlackoutDates::Reason)
                            .string_len(400)
                            .not_null(),
                    )
                    .col(ColumnDef::new(BlackoutDates::CreatedBy).uuid().not_null())
                    .col(ts(BlackoutDates::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BlackoutDates::Table, BlackoutDates::AuthorityId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("blackout_dates_by_authority")
                    .table(BlackoutDates::Table)
                    .col(BlackoutDates::AuthorityId)
                    .col(BlackoutDates::FirstDay)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VisitPlans::Table)
                    .col(id(VisitPlans::ReviewId))
                    .col(ColumnDef::new(VisitPlans::Days).text().not_null())
                    .col(ColumnDef::new(VisitPlans::Sequence).integer().not_null())
                    .col(ColumnDef::new(VisitPlans::SharedAt).timestamp_with_time_zone())
                    .col(ts(VisitPlans::UpdatedAt))
                    .foreign_key(&mut of_review(VisitPlans::Table, VisitPlans::ReviewId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VisitSessions::Table)
                    .col(id(VisitSessions::Id))
                    .col(ColumnDef::new(VisitSessions::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(VisitSessions::Day).date().not_null())
                    .col(ColumnDef::new(VisitSessions::StartsAt).time().not_null())
                    .col(ColumnDef::new(VisitSessions::EndsAt).time().not_null())
                    .col(
                        ColumnDef::new(VisitSessions::Kind)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(ColumnDef::new(VisitSessions::Audiences).text().not_null())
                    .col(ColumnDef::new(VisitSessions::Place).string_len(400))
                    .col(ColumnDef::new(VisitSessions::Members).text().not_null())
                    .col(ts(VisitSessions::CreatedAt))
                    .foreign_key(&mut of_review(
                        VisitSessions::Table,
                        VisitSessions::ReviewId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("visit_sessions_by_review")
                    .table(VisitSessions::Table)
                    .col(VisitSessions::ReviewId)
                    .col(VisitSessions::Day)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(HostContacts::Table)
                    .col(id(HostContacts::Id))
                    .col(ColumnDef::new(HostContacts::ReviewId).uuid().not_null())
                    .col(
                        ColumnDef::new(HostContacts::Role)
                            .string_len(400)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(HostContacts::Name)
                            .string_len(400)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(HostContacts::Email)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(ColumnDef::new(HostContacts::CreatedBy).uuid().not_null())
                    .col(ts(HostContacts::CreatedAt))
                    .foreign_key(&mut of_review(HostContacts::Table, HostContacts::ReviewId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("host_contacts_by_review")
                    .table(HostContacts::Table)
                    .col(HostContacts::ReviewId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VisitPlaces::Table)
                    .col(id(VisitPlaces::Id))
                    .col(ColumnDef::new(VisitPlaces::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(VisitPlaces::Name).string_len(400).not_null())
                    .col(ColumnDef::new(VisitPlaces::Address).string_len(1000))
                    .col(ColumnDef::new(VisitPlaces::CreatedBy).uuid().not_null())
                    .col(ts(VisitPlaces::CreatedAt))
                    .foreign_key(&mut of_review(VisitPlaces::Table, VisitPlaces::ReviewId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("visit_places_by_review")
                    .table(VisitPlaces::Table)
                    .col(VisitPlaces::ReviewId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            VisitPlaces::Table.into_iden(),
            HostContacts::Table.into_iden(),
            VisitSessions::Table.into_iden(),
            VisitPlans::Table.into_iden(),
            BlackoutDates::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
