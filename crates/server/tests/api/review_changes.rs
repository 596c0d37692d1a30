//! Changes that leave a review's state as it is, through GraphQL: the
//! focus is locked once agreed until a programme officer reopens it, team
//! changes take the client's version, every change is in the history
//! (paged), and a stored value the code does not know is an error.

use crate::helpers::{error_code, Demo, Session, TestApp};
use crate::lifecycle::{
    as_person, ci_programme, codes, command, demo_id, ok, org_id, person, schedule, unmet_codes,
    version, ADD_MEMBER, SIGN_OFF, UPDATE_FOCUS,
};
use crate::on_both_databases;
use domain::identity::Role;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use store::sea_orm::{ActiveModelTrait, EntityTrait, Set};
use uuid::Uuid;

const REOPEN: &str = "mutation($r: UUID!, $v: Int!, $reason: String!) { reopenFocus(reviewId: $r, version: $v, reason: $reason) { state version focus { signOffs { asProgrammeOfficer } } } }";

/// A CI review of Edinburgh whose focus the host lead set and both
/// parties signed off, agreed by the officer: FOCUS_AGREED.
async fn agreed(app: &TestApp, officer: &Session, lead: &Session) -> Uuid {
    let programme = ci_programme(officer, "CI reopening").await;
    let review = schedule(
        officer,
        programme,
        &[org_id(app, "City of Edinburgh").await],
        "2025-10",
    )
    .await;
    let focus =
        json!({ "theme": "Inclusion", "keyQuestions": ["How well are learners included?"] });
    ok(&lead
        .gql(UPDATE_FOCUS, json!({ "r": review, "v": 1, "i": focus }))
        .await);
    ok(&lead.gql(SIGN_OFF, json!({ "r": review, "v": 2 })).await);
    ok(&officer.gql(SIGN_OFF, json!({ "r": review, "v": 3 })).await);
    let r = command(officer, "agreeFocus", review, 4).await;
    assert_eq!(ok(&r)["agreeFocus"]["state"], "FOCUS_AGREED");
    review
}

fn focus_codes(r: &Value) -> BTreeSet<String> {
    unmet_codes(r)
        .into_iter()
        .filter(|c| c.starts_with("FOCUS_"))
        .collect()
}

async fn an_agreed_focus_is_locked_until_an_officer_reopens_it_and_then_needs_every_sign_off_again(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let review = agreed(&app, &officer, &lead).await;
    let edit = json!({ "theme": "Inclusion and equity", "keyQuestions": ["How well?"] });

    // The page is told what each viewer may do with the focus.
    let can = "query($r: UUID!) { review(id: $r) { focus { open canEdit canSignOff canReopen } } }";
    let r = officer.gql(can, json!({ "r": review })).await;
    assert_eq!(
        ok(&r)["review"]["focus"],
        json!({ "open": false, "canEdit": false, "canSignOff": false, "canReopen": true })
    );
    let r = lead.gql(can, json!({ "r": review })).await;
    assert_eq!(
        ok(&r)["review"]["focus"],
        json!({ "open": false, "canEdit": false, "canSignOff": false, "canReopen": false })
    );
    // Locked: the host cannot edit it and nobody can sign it again.
    let r = qio
        .gql(
            UPDATE_FOCUS,
            json!({ "r": review, "v": version(&officer, review).await, "i": edit }),
        )
        .await;
    assert_eq!(unmet_codes(&r), codes(&["FOCUS_LOCKED"]));
    // Only a programme officer reopens it, and only with a reason.
    let v = version(&officer, review).await;
    let r = lead
        .gql(
            REOPEN,
            json!({ "r": review, "v": v, "reason": "New priorities" }),
        )
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN");
    let r = officer
        .gql(REOPEN, json!({ "r": review, "v": v, "reason": "  " }))
        .await;
    assert_eq!(unmet_codes(&r), codes(&["REASON_REQUIRED"]));
    let r = officer
        .gql(
            REOPEN,
            json!({ "r": review, "v": v, "reason": "The council's priorities changed" }),
        )
        .await;
    assert_eq!(
        ok(&r)["reopenFocus"]["state"],
        "FOCUS_AGREED",
        "the state stays"
    );
    assert_eq!(ok(&r)["reopenFocus"]["focus"]["signOffs"], json!([]));
    // Reopening twice is refused: it is already open.
    let r = officer
        .gql(
            REOPEN,
            json!({ "r": review, "v": version(&officer, review).await, "reason": "Again" }),
        )
        .await;
    assert_eq!(unmet_codes(&r), codes(&["FOCUS_ALREADY_OPEN"]));

    let r = lead.gql(can, json!({ "r": review })).await;
    assert_eq!(
        ok(&r)["review"]["focus"],
        json!({ "open": true, "canEdit": true, "canSignOff": true, "canReopen": false }),
        "the sign-off is offered again"
    );
    // The next forward command waits for both sign-offs again.
    let r = command(
        &officer,
        "formTeam",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(
        focus_codes(&r),
        codes(&[
            "FOCUS_HOST_SIGN_OFF_MISSING",
            "FOCUS_PROGRAMME_SIGN_OFF_MISSING"
        ])
    );
    // The checklist offers the sign-offs again.
    let r = lead
        .gql(
            "query($r: UUID!) { review(id: $r) { nextCommand { command unmet { code } } } }",
            json!({ "r": review }),
        )
        .await;
    let unmet: Vec<&str> = ok(&r)["review"]["nextCommand"]["unmet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["code"].as_str().unwrap())
        .collect();
    assert!(unmet.contains(&"FOCUS_HOST_SIGN_OFF_MISSING"), "{unmet:?}");
    // Open again, the host edits it and both sign it off.
    ok(&qio
        .gql(
            UPDATE_FOCUS,
            json!({ "r": review, "v": version(&officer, review).await, "i": edit }),
        )
        .await);
    let r = command(
        &officer,
        "formTeam",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(
        focus_codes(&r),
        codes(&[
            "FOCUS_HOST_SIGN_OFF_MISSING",
            "FOCUS_PROGRAMME_SIGN_OFF_MISSING"
        ])
    );
    ok(&lead
        .gql(
            SIGN_OFF,
            json!({ "r": review, "v": version(&officer, review).await }),
        )
        .await);
    let r = command(
        &officer,
        "formTeam",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(
        focus_codes(&r),
        codes(&["FOCUS_PROGRAMME_SIGN_OFF_MISSING"])
    );
    ok(&officer
        .gql(
            SIGN_OFF,
            json!({ "r": review, "v": version(&officer, review).await }),
        )
        .await);
    let r = command(
        &officer,
        "formTeam",
        review,
        version(&officer, review).await,
    )
    .await;
    assert_eq!(focus_codes(&r), codes(&[]), "only the team is missing now");
    // Fully signed again, it is locked again.
    let r = qio
        .gql(
            UPDATE_FOCUS,
            json!({ "r": review, "v": version(&officer, review).await, "i": edit }),
        )
        .await;
    assert_eq!(unmet_codes(&r), codes(&["FOCUS_LOCKED"]));

    // The reopening is in the history with its reason.
    let r = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { history(first: 50) { items { kind reason toState actor { email } } } } }",
            json!({ "r": review }),
        )
        .await;
    let items = ok(&r)["review"]["history"]["items"]
        .as_array()
        .unwrap()
        .clone();
    let reopened = items
        .iter()
        .find(|e| e["kind"] == "FOCUS_REOPENED")
        .unwrap();
    assert_eq!(reopened["reason"], "The council's priorities changed");
    assert_eq!(reopened["toState"], Value::Null);
    assert_eq!(reopened["actor"]["email"], Demo::Officer.email());
    let kinds: Vec<&str> = items.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "SCHEDULED",
            "FOCUS_EDITED",
            "FOCUS_SIGNED_OFF",
            "FOCUS_SIGNED_OFF",
            "TRANSITIONED",
            "FOCUS_REOPENED",
            "FOCUS_EDITED",
            "FOCUS_SIGNED_OFF",
            "FOCUS_SIGNED_OFF",
        ]
    );
}

async fn a_team_change_on_a_stale_version_is_a_conflict_and_changes_nothing(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI stale team").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "Angus").await],
        "2025-11",
    )
    .await;
    let reviewer = demo_id(&app, Demo::Reviewer).await;
    let r = officer
        .gql(
            ADD_MEMBER,
            json!({ "r": review, "v": 1, "u": reviewer, "role": "MEMBER" }),
        )
        .await;
    let member = ok(&r)["addTeamMember"]["team"][0]["id"].clone();
    // A second screen still showing version 1 adds someone else.
    let qio = demo_id(&app, Demo::Qio).await;
    let r = officer
        .gql(
            ADD_MEMBER,
            json!({ "r": review, "v": 1, "u": qio, "role": "LEAD" }),
        )
        .await;
    assert_eq!(error_code(&r), "CONFLICT");
    let r = officer
        .gql(
            "mutation($m: UUID!, $u: UUID!) { replaceTeamMember(memberId: $m, version: 1, input: { userId: $u, role: MEMBER }) { id } }",
            json!({ "m": member, "u": qio }),
        )
        .await;
    assert_eq!(error_code(&r), "CONFLICT");
    let reviewer_session = app.as_demo(Demo::Reviewer).await;
    let r = reviewer_session
        .gql(
            "mutation($m: UUID!) { respondToTeamInvitation(memberId: $m, version: 1, accept: true) { id } }",
            json!({ "m": member }),
        )
        .await;
    assert_eq!(error_code(&r), "CONFLICT");
    // Nothing changed: one pending member, one invitation mail, two events.
    let r = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { version team { invitation } history { total } } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(ok(&r)["review"]["version"], 2);
    assert_eq!(
        ok(&r)["review"]["team"],
        json!([{ "invitation": "PENDING" }])
    );
    assert_eq!(ok(&r)["review"]["history"]["total"], 2);
    assert_eq!(app.queued_links(Demo::Qio.email()).await.len(), 0);
}

async fn the_history_pages_through_every_change_in_order(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let review = agreed(&app, &officer, &lead).await;
    let q = "query($r: UUID!, $first: Int!, $after: Int) { review(id: $r) { history(first: $first, after: $after) { total endCursor hasNextPage items { sequence } } } }";
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let r = officer
            .gql(q, json!({ "r": review, "first": 2, "after": after }))
            .await;
        let page = ok(&r)["review"]["history"].clone();
        assert_eq!(page["total"], 5);
        for item in page["items"].as_array().unwrap() {
            seen.push(item["sequence"].as_i64().unwrap());
        }
        if page["hasNextPage"] == false {
            break;
        }
        after = page["endCursor"].clone();
    }
    assert_eq!(seen, [1, 2, 3, 4, 5]);
    for (first, after) in [(0, 0), (201, 0), (10, -1)] {
        let r = officer
            .gql(q, json!({ "r": review, "first": first, "after": after }))
            .await;
        assert_eq!(error_code(&r), "VALIDATION", "first {first}, after {after}");
    }
}

async fn an_unknown_stored_event_kind_or_invitation_status_is_an_error_naming_the_row(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI corrupt").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "Moray").await],
        "2026-01",
    )
    .await;
    let row = Uuid::now_v7();
    store::entities::review_event::ActiveModel {
        id: Set(row),
        review_id: Set(review),
        seq: Set(2),
        kind: Set("RENAMED".into()),
        command: Set(None),
        from_state: Set(None),
        to_state: Set("SCHEDULED".into()),
        reason: Set(None),
        actor_id: Set(None),
        at: Set(chrono::Utc::now()),
        report_url: Set(None),
        detail: Set(None),
    }
    .insert(app.store.conn())
    .await
    .unwrap();
    let err = store::review::events_of(app.store.conn(), &[review])
        .await
        .expect_err("an unknown kind is not read as a transition");
    let message = err.to_string();
    assert!(message.contains(&row.to_string()), "{message}");
    assert!(message.contains("RENAMED"), "{message}");
    // The API says something went wrong, without the database's detail.
    let r = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { history { items { kind } } } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(error_code(&r), "INTERNAL");
    assert!(!r.to_string().contains("RENAMED"), "{r}");

    let r = officer
        .gql(
            ADD_MEMBER,
            json!({ "r": review, "v": version(&officer, review).await, "u": demo_id(&app, Demo::Reviewer).await, "role": "MEMBER" }),
        )
        .await;
    let member: Uuid =
        serde_json::from_value(ok(&r)["addTeamMember"]["team"][0]["id"].clone()).unwrap();
    let mut model: store::entities::team_member::ActiveModel =
        store::entities::team_member::Entity::find_by_id(member)
            .one(app.store.conn())
            .await
            .unwrap()
            .unwrap()
            .into();
    model.invitation = Set("MAYBE".into());
    model.update(app.store.conn()).await.unwrap();
    let err = store::review::members_of(app.store.conn(), &[review])
        .await
        .expect_err("an unknown status is not read as pending");
    let message = err.to_string();
    assert!(message.contains(&member.to_string()), "{message}");
    assert!(message.contains("MAYBE"), "{message}");
}

async fn a_store_write_refuses_a_decision_about_something_else(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let programme = ci_programme(&officer, "CI decisions").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "Fife").await],
        "2026-02",
    )
    .await;
    let row = store::review::review(app.store.conn(), review)
        .await
        .unwrap();
    let programme = store::programme::programme(app.store.conn(), row.programme_id)
        .await
        .unwrap();
    let facts = store::review::facts(app.store.conn(), &row, &programme)
        .await
        .unwrap();
    let po = domain::lifecycle::Actor {
        user_id: demo_id(&app, Demo::Officer).await,
        programme_officer: true,
        ..Default::default()
    };
    let focus = domain::programme::Focus::parse("Numeracy", &["How well?".into()], None).unwrap();
    let edit = domain::lifecycle::Change::EditFocus(focus);
    let edited = domain::lifecycle::decide_change(&facts, &edit, &po, chrono::Utc::now()).unwrap();
    // A focus edit does not let anyone dismiss a conflict or answer for a
    // member, and nothing is written.
    assert!(store::review::dismiss_conflict(app.store.conn(), &edited)
        .await
        .is_err());
    assert!(
        store::review::clear_sign_offs(app.store.conn(), &edited, review)
            .await
            .is_err()
    );
    store::review::set_focus(app.store.conn(), &edited, review)
        .await
        .expect("the decision covers this write");
    let row = store::review::review(app.store.conn(), review)
        .await
        .unwrap();
    assert_eq!(row.theme.as_deref(), Some("Numeracy"));
}

const REPLACE_BY_INVITE: &str = "mutation($m: UUID!, $v: Int!, $email: String!, $o: UUID!) { replaceTeamMemberByInvite(memberId: $m, version: $v, input: { email: $email, name: \"Rhona Replacement\", organisationId: $o, role: LEAD }) { version team { id role invitation replaced replacedByMemberId user { email invitationPending } } } }";
const CAN_CHANGE_TEAM: &str = "query($r: UUID!) { review(id: $r) { canChangeTeam } }";

async fn can_change_team(who: &Session, review: Uuid) -> Value {
    ok(&who.gql(CAN_CHANGE_TEAM, json!({ "r": review })).await)["review"]["canChangeTeam"].clone()
}

async fn an_officer_replaces_a_member_with_someone_invited_by_email_until_the_visit_starts(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let programme = ci_programme(&officer, "CI replace by invitation").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "City of Edinburgh").await],
        "2025-11",
    )
    .await;
    let r = officer
        .gql(
            ADD_MEMBER,
            json!({ "r": review, "v": version(&officer, review).await, "u": demo_id(&app, Demo::Reviewer).await, "role": "LEAD" }),
        )
        .await;
    let member = ok(&r)["addTeamMember"]["team"][0]["id"].clone();
    let reviewer = app.as_demo(Demo::Reviewer).await;
    // Only a programme officer is offered team changes.
    assert_eq!(can_change_team(&officer, review).await, true);
    assert_eq!(can_change_team(&lead, review).await, false);
    assert_eq!(can_change_team(&reviewer, review).await, false);

    // Replaced while their invitation is still pending, by someone with no
    // account yet: an account invitation and the review invitation.
    let es = org_id(&app, "ES").await;
    let r = officer
        .gql(
            REPLACE_BY_INVITE,
            json!({ "m": member, "v": version(&officer, review).await, "email": "Rhona.R@example.org", "o": es }),
        )
        .await;
    let team = ok(&r)["replaceTeamMemberByInvite"]["team"].clone();
    assert_eq!(team.as_array().unwrap().len(), 2);
    assert_eq!(team[0]["replaced"], true);
    assert_eq!(team[0]["invitation"], "PENDING");
    assert_eq!(team[0]["replacedByMemberId"], team[1]["id"]);
    assert_eq!(team[1]["user"]["email"], "rhona.r@example.org");
    assert_eq!(team[1]["user"]["invitationPending"], true);
    assert_eq!(team[1]["role"], "LEAD");
    assert_eq!(team[1]["invitation"], "PENDING");
    let links = app.queued_links("rhona.r@example.org").await;
    assert_eq!(links.len(), 2, "{links:?}");
    // Both are queued in one transaction with the same time: in either order.
    assert!(
        links.iter().any(|l| l.contains("/invitation/")),
        "{links:?}"
    );
    assert!(
        links
            .iter()
            .any(|l| l.contains(&format!("/reviews/{review}"))),
        "{links:?}"
    );
    let r = officer
        .gql(
            "query($r: UUID!) { review(id: $r) { history { items { summary actorName } } } }",
            json!({ "r": review }),
        )
        .await;
    let last = ok(&r)["review"]["history"]["items"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    let name = reviewer.gql("{ me { name } }", json!({})).await["data"]["me"]["name"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        last["summary"],
        format!("Replaced {name} with Rhona Replacement as the team lead")
    );

    // A member already replaced is not replaced twice, and the refused
    // change leaves no account behind.
    let r = officer
        .gql(
            REPLACE_BY_INVITE,
            json!({ "m": member, "v": version(&officer, review).await, "email": "second@example.org", "o": es }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    assert_eq!(r["errors"][0]["extensions"]["field"], "memberId");
    assert!(
        store::identity::user_by_email(app.store.conn(), "second@example.org")
            .await
            .unwrap()
            .is_none()
    );
    assert!(app.queued_links("second@example.org").await.is_empty());

    // Once the visit has started the team is fixed: nobody is offered a
    // change, and a replacement is refused by the state.
    let mut row: store::entities::review::ActiveModel =
        store::entities::review::Entity::find_by_id(review)
            .one(app.store.conn())
            .await
            .unwrap()
            .unwrap()
            .into();
    row.state = Set("VISIT_IN_PROGRESS".into());
    row.update(app.store.conn()).await.unwrap();
    assert_eq!(can_change_team(&officer, review).await, false);
    let newcomer = team[1]["id"].clone();
    let r = officer
        .gql(
            REPLACE_BY_INVITE,
            json!({ "m": newcomer, "v": version(&officer, review).await, "email": "third@example.org", "o": es }),
        )
        .await;
    assert_eq!(unmet_codes(&r), codes(&["WRONG_STATE"]));
    assert!(
        store::identity::user_by_email(app.store.conn(), "third@example.org")
            .await
            .unwrap()
            .is_none()
    );
}

const CAN_ANSWER: &str = "query($r: UUID!) { review(id: $r) { canAnswerInvitation } }";
const ACCEPT: &str = "mutation($m: UUID!, $v: Int!) { respondToTeamInvitation(memberId: $m, version: $v, accept: true) { invitation } }";

async fn can_answer(who: &Session, review: Uuid) -> Value {
    ok(&who.gql(CAN_ANSWER, json!({ "r": review })).await)["review"]["canAnswerInvitation"].clone()
}

async fn an_invitee_is_offered_an_answer_while_the_team_is_open_and_not_once_the_review_is_withdrawn(
    app: TestApp,
) {
    let officer = app.as_demo(Demo::Officer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let answered = person(
        &app,
        "answered@example.org",
        "ES",
        vec![Role::Reviewer],
        false,
    )
    .await;
    person(
        &app,
        "outsider@example.org",
        "ES",
        vec![Role::Reviewer],
        false,
    )
    .await;
    let programme = ci_programme(&officer, "CI answering").await;
    let review = schedule(
        &officer,
        programme,
        &[org_id(&app, "City of Edinburgh").await],
        "2025-12",
    )
    .await;
    let add = |user: Uuid| {
        let officer = &officer;
        async move {
            let v = version(officer, review).await;
            let r = officer
                .gql(
                    ADD_MEMBER,
                    json!({ "r": review, "v": v, "u": user, "role": "MEMBER" }),
                )
                .await;
            ok(&r)["addTeamMember"]["team"]
                .as_array()
                .unwrap()
                .last()
                .unwrap()["id"]
                .clone()
        }
    };
    let pending = add(demo_id(&app, Demo::Reviewer).await).await;
    let accepted = add(answered).await;
    let answered = as_person(&app, "answered@example.org").await;
    let r = answered
        .gql(
            ACCEPT,
            json!({ "m": accepted, "v": version(&officer, review).await }),
        )
        .await;
    assert_eq!(ok(&r)["respondToTeamInvitation"]["invitation"], "ACCEPTED");

    // Only the invitee whose answer is still awaited is offered one.
    assert_eq!(can_answer(&reviewer, review).await, true);
    assert_eq!(can_answer(&answered, review).await, false);
    assert_eq!(can_answer(&officer, review).await, false);
    assert_eq!(can_answer(&lead, review).await, false);
    // Someone with no part in the review is refused the private field.
    let outsider = as_person(&app, "outsider@example.org").await;
    let r = outsider.gql(CAN_ANSWER, json!({ "r": review })).await;
    assert_eq!(error_code(&r), "FORBIDDEN");

    // Withdrawn: the invitation is still pending but no longer answerable,
    // and the field says what the mutation then decides.
    let r = officer
        .gql(
            "mutation($r: UUID!, $v: Int!) { withdrawReview(reviewId: $r, version: $v, reason: \"The authority asked\") { state } }",
            json!({ "r": review, "v": version(&officer, review).await }),
        )
        .await;
    assert_eq!(ok(&r)["withdrawReview"]["state"], "WITHDRAWN");
    assert_eq!(can_answer(&reviewer, review).await, false);
    let r = reviewer
        .gql(
            "query($r: UUID!) { review(id: $r) { team { invitation } } }",
            json!({ "r": review }),
        )
        .await;
    assert_eq!(ok(&r)["review"]["team"][0]["invitation"], "PENDING");
    let r = reviewer
        .gql(
            ACCEPT,
            json!({ "m": pending, "v": version(&officer, review).await }),
        )
        .await;
    assert_eq!(unmet_codes(&r), codes(&["WRONG_STATE"]));
}

on_both_databases!(
    an_agreed_focus_is_locked_until_an_officer_reopens_it_and_then_needs_every_sign_off_again,
    a_team_change_on_a_stale_version_is_a_conflict_and_changes_nothing,
    an_officer_replaces_a_member_with_someone_invited_by_email_until_the_visit_starts,
    the_history_pages_through_every_change_in_order,
    an_unknown_stored_event_kind_or_invitation_status_is_an_error_naming_the_row,
    a_store_write_refuses_a_decision_about_something_else,
    an_invitee_is_offered_an_answer_while_the_team_is_open_and_not_once_the_review_is_withdrawn,
);
