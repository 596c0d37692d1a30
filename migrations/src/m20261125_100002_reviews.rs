//! Reviews: hosts, focus and its sign-offs, the team, conflicts of interest
//! and the audit trail of events.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
    ProgrammeId,
    QuadId,
    Phase,
    TargetMonth,
    Theme,
    KeyQuestions,
    Scope,
    State,
    PostponedFrom,
    Imported,
    ReportUrl,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ReviewHosts {
    Table,
    ReviewId,
    AuthorityId,
    Position,
}

#[derive(DeriveIden)]
enum FocusSignOffs {
    Table,
    Id,
    ReviewId,
    UserId,
    AuthorityId,
    SignedAt,
}

#[derive(DeriveIden)]
enum TeamMembers {
    Table,
    Id,
    ReviewId,
    UserId,
    OrganisationId,
    Affiliation,
    Role,
    Invitation,
    FirstTime,
    ReplacedBy,
    InvitedAt,
    AnsweredAt,
}

#[derive(DeriveIden)]
enum ReviewConflicts {
    Table,
    Id,
    ReviewId,
    MemberId,
    OtherReviewId,
    Description,
    DismissedReason,
    DismissedBy,
    DismissedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ReviewEvents {
    Table,
    Id,
    ReviewId,
    Seq,
    Kind,
    Command,
    FromState,
    ToState,
    Reason,
    ActorId,
    At,
    ReportUrl,
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Quads {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

fn fk(
    from: (impl IntoIden + 'static, impl IntoIden + 'static),
    to: (impl IntoIden + 'static, impl IntoIden + 'static),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let ts = |c: &mut ColumnDef| c.timestamp_with_time_zone().not_null().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .col(ColumnDef::new(Reviews::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(Reviews::ProgrammeId).uuid().not_null())
                    .col(ColumnDef::new(Reviews::QuadId).uuid())
                    .col(ColumnDef::new(Reviews::Phase).integer().not_null())
                    .col(ColumnDef::new(Reviews::TargetMonth).date().not_null())
                    .col(ColumnDef::new(Reviews::Theme).string_len(300))
                    .col(ColumnDef::new(Reviews::KeyQuestions).text().not_null())
                    .col(ColumnDef::new(Reviews::Scope).text())
                    .col(ColumnDef::new(Reviews::State).string_len(32).not_null())
                    .col(ColumnDef::new(Reviews::PostponedFrom).string_len(32))
                    .col(ColumnDef::new(Reviews::Imported).boolean().not_null())
                    .col(ColumnDef::new(Reviews::ReportUrl).string_len(2000))
                    .col(ColumnDef::new(Reviews::Version).integer().not_null())
                    .col(ts(&mut ColumnDef::new(Reviews::CreatedAt)))
                    .col(ts(&mut ColumnDef::new(Reviews::UpdatedAt)))
                    .foreign_key(&mut fk(
                        (Reviews::Table, Reviews::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Reviews::Table, Reviews::QuadId),
                        (Quads::Table, Quads::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("reviews_by_programme")
                    .table(Reviews::Table)
                    .col(Reviews::ProgrammeId)
                    .col(Reviews::TargetMonth)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReviewHosts::Table)
                    .col(ColumnDef::new(ReviewHosts::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(ReviewHosts::AuthorityId).uuid().not_null())
                    .col(ColumnDef::new(ReviewHosts::Position).integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(ReviewHosts::ReviewId)
                            .col(ReviewHosts::AuthorityId),
                    )
                    .foreign_key(&mut fk(
                        (ReviewHosts::Table, ReviewHosts::ReviewId),
                        (Reviews::Table, Reviews::Id),
                    ))
                    .foreign_key(&mut fk(
                        (ReviewHosts::Table, ReviewHosts::AuthorityId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("review_hosts_by_authority")
                    .table(ReviewHosts::Table)
                    .col(ReviewHosts::AuthorityId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FocusSignOffs::Table)
                    .col(
                        ColumnDef::new(FocusSignOffs::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(FocusSignOffs::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(FocusSignOffs::UserId).uuid().not_null())
                    // The host authority signed for; null for a programme officer.
                    .col(ColumnDef::new(FocusSignOffs::AuthorityId).uuid())
                    .col(ts(&mut ColumnDef::new(FocusSignOffs::SignedAt)))
                    .foreign_key(&mut fk(
                        (FocusSignOffs::Table, FocusSignOffs::ReviewId),
                        (Reviews::Table, Reviews::Id),
                    ))
                    .foreign_key(&mut fk(
                        (FocusSignOffs::Table, FocusSignOffs::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TeamMembers::Table)
                    .col(
                        ColumnDef::new(TeamMembers::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(TeamMembers::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(TeamMembers::UserId).uuid().not_null())
                    .col(
                        ColumnDef::new(TeamMembers::OrganisationId)
                            .uuid()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(TeamMembers::Affiliation)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(ColumnDef::new(TeamMembers::Role).string_len(16).not_null())
                    .col(
                        ColumnDef::new(TeamMembers::Invitation)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(ColumnDef::new(TeamMembers::FirstTime).boolean().not_null())
                    .col(ColumnDef::new(TeamMembers::ReplacedBy).uuid())
                    .col(ts(&mut ColumnDef::new(TeamMembers::InvitedAt)))
                    .col(ColumnDef::new(TeamMembers::AnsweredAt).timestamp_with_time_zone())
                    .foreign_key(&mut fk(
                        (TeamMembers::Table, TeamMembers::ReviewId),
                        (Reviews::Table, Reviews::Id),
                    ))
                    .foreign_key(&mut fk(
                        (TeamMembers::Table, TeamMembers::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("team_members_once_per_review")
                    .table(TeamMembers::Table)
                    .col(TeamMembers::ReviewId)
                    .col(TeamMembers::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReviewConflicts::Table)
                    .col(
                        ColumnDef::new(ReviewConflicts::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ReviewConflicts::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(ReviewConflicts::MemberId).uuid().not_null())
                    .col(ColumnDef::new(ReviewConflicts::OtherReviewId).uuid())
                    .col(
                        ColumnDef::new(ReviewConflicts::Description)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ReviewConflicts::DismissedReason).text())
                    .col(ColumnDef::new(ReviewConflicts::DismissedBy).uuid())
                    .col(ColumnDef::new(ReviewConflicts::DismissedAt).timestamp_with_time_zone())
                    .col(ts(&mut ColumnDef::new(ReviewConflicts::CreatedAt)))
                    .foreign_key(&mut fk(
                        (ReviewConflicts::Table, ReviewConflicts::ReviewId),
                        (Reviews::Table, Reviews::Id),
                    ))
                    .foreign_key(&mut fk(
                        (ReviewConflicts::Table, ReviewConflicts::MemberId),
                        (TeamMembers::Table, TeamMembers::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReviewEvents::Table)
                    .col(
                        ColumnDef::new(ReviewEvents::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ReviewEvents::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(ReviewEvents::Seq).integer().not_null())
                    .col(ColumnDef::new(ReviewEvents::Kind).string_len(16).not_null())
                    .col(ColumnDef::new(ReviewEvents::Command).string_len(32))
                    .col(ColumnDef::new(ReviewEvents::FromState).string_len(32))
                    .col(
                        ColumnDef::new(ReviewEvents::ToState)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(ColumnDef::new(ReviewEvents::Reason).text())
                    .col(ColumnDef::new(ReviewEvents::ActorId).uuid())
                    .col(ts(&mut ColumnDef::new(ReviewEvents::At)))
                    .col(ColumnDef::new(ReviewEvents::ReportUrl).string_len(2000))
                    .foreign_key(&mut fk(
                        (ReviewEvents::Table, ReviewEvents::ReviewId),
                        (Reviews::Table, Reviews::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // One event per position in a review's history: two writers cannot
        // both append the same step.
        manager
            .create_index(
                Index::create()
                    .name("review_events_in_order")
                    .table(ReviewEvents::Table)
                    .col(ReviewEvents::ReviewId)
                    .col(ReviewEvents::Seq)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ReviewEvents::Table.into_iden(),
            ReviewConflicts::Table.into_iden(),
            TeamMembers::Table.into_iden(),
            FocusSignOffs::Table.into_iden(),
            ReviewHosts::Table.into_iden(),
            Reviews::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
