//! Organisations (the 32 authorities and the national bodies), frameworks as
//! immutable versioned documents, and Scotland's bank holidays.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    Kind,
    Name,
    ShortName,
    GssCode,
    Ric,
    LgbfFamilyGroup,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Frameworks {
    Table,
    Id,
    Version,
    Name,
    Document,
    SourceFile,
    LoadedAt,
}

#[derive(DeriveIden)]
enum BankHolidays {
    Table,
    Date,
    Name,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(Organisations::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Organisations::Kind)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Organisations::Name)
                            .string_len(200)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Organisations::ShortName).string_len(32))
                    .col(
                        ColumnDef::new(Organisations::GssCode)
                            .string_len(9)
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Organisations::Ric).string_len(100))
                    .col(ColumnDef::new(Organisations::LgbfFamilyGroup).integer())
                    .col(
                        ColumnDef::new(Organisations::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Frameworks::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(Frameworks::Id).string_len(64).not_null())
                    .col(ColumnDef::new(Frameworks::Version).integer().not_null())
                    .col(ColumnDef::new(Frameworks::Name).string_len(300).not_null())
                    .col(ColumnDef::new(Frameworks::Document).text().not_null())
                    .col(
                        ColumnDef::new(Frameworks::SourceFile)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Frameworks::LoadedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(Index::create().col(Frameworks::Id).col(Frameworks::Version))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BankHolidays::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(BankHolidays::Date)
                            .date()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(BankHolidays::Name)
                            .string_len(200)
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(BankHolidays::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Frameworks::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Organisations::Table).to_owned())
            .await
    }
}
