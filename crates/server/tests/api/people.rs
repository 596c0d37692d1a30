//! People who cannot sign in yet: marked when officers search for team
//! members; and every account the demonstration creates can sign in.

use crate::helpers::{repo_root, Demo, TestApp};
use crate::on_both_databases;
use sea_orm::EntityTrait;
use serde_json::{json, Value};

async fn an_officer_searching_for_team_members_sees_who_has_not_set_a_password_yet(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let es = store::reference::organisations(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.short_name.as_deref() == Some("ES"))
        .unwrap()
        .id;
    let r = officer
        .gql(
            "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }",
            json!({ "i": { "email": "pat.pending@example.org", "name": "Pat Pending", "organisationId": es, "roles": ["REVIEWER"] } }),
        )
        .await;
    assert!(r["errors"].is_null(), "{r}");
    let r = officer
        .gql(
            "{ users(limit: 200) { items { email invitationPending } } }",
            json!({}),
        )
        .await;
    let pending: Vec<(String, bool)> = r["data"]["users"]["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{r}"))
        .iter()
        .map(|u| {
            (
                u["email"].as_str().unwrap().to_string(),
                u["invitationPending"].as_bool().unwrap(),
            )
        })
        .collect();
    assert!(
        pending.contains(&("pat.pending@example.org".into(), true)),
        "{pending:?}"
    );
    assert!(
        pending.contains(&("reviewer@demo.quads.scot".into(), false)),
        "{pending:?}"
    );
    assert_eq!(
        pending.iter().filter(|(_, p)| *p).count(),
        1,
        "only Pat: {pending:?}"
    );
}

async fn every_account_the_demo_creates_signs_in_with_the_demo_password_and_is_in_the_readme(
    app: TestApp,
) {
    server::accounts::add_demo_users(&app.store).await.unwrap();
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    assert!(server::programmes::create_ci_demo(&app.store)
        .await
        .unwrap());
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let accounts = store::entities::user::Entity::find()
        .all(app.store.conn())
        .await
        .unwrap();
    assert_eq!(
        accounts.len(),
        27,
        "five users, five team members, the self-evaluations' two host leads and three peers, \
         the planned visit's host lead and three peers, the visit with findings' host lead \
         and three peers, and the published report's host lead and three peers"
    );
    for account in accounts {
        assert!(
            readme.contains(&format!("| {} |", account.email)),
            "{} is not in the README's demo users",
            account.email
        );
        let me: Value = app
            .sign_in(&account.email, server::accounts::DEMO_PASSWORD)
            .await
            .gql("{ me { email } }", json!({}))
            .await;
        assert_eq!(me["data"]["me"]["email"], account.email.as_str());
    }
}

on_both_databases!(
    an_officer_searching_for_team_members_sees_who_has_not_set_a_password_yet,
    every_account_the_demo_creates_signs_in_with_the_demo_password_and_is_in_the_readme,
);
