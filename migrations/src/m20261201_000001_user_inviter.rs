//! Who first invited each account, so that a programme officer may resend
//! an invitation they sent themselves (and only administrators resend
//! others'). Nullable: accounts made before this, from the command line or
//! the seed have none. SQLite cannot add a foreign key to an existing
//! table, so the column is a plain reference on both backends.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    InvitedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(ColumnDef::new(Users::InvitedBy).uuid().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::InvitedBy)
                    .to_owned(),
            )
            .await
    }
}
