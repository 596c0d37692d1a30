use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_invitations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub survey_id: Uuid,
    pub user_id: Option<Uuid>,
    pub host_contact_id: Option<Uuid>,
    pub name: String,
    pub email: String,
    /// The type the invitee most likely answers as (a suggestion for the form).
    pub organisation_type: String,
    /// SHA-256 of the link's token; the token itself is only in the mail.
    pub token_hash: String,
    pub responded: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
