//! `me { tasks }` and `me { reviews }` (issue 12, item 3): a person's open
//! tasks across every review, complete however many open reviews the
//! database holds, and the reviews they take part in.

use crate::helpers::{error_code, Db, Demo, Session, TestApp};
use crate::lifecycle::{ci_programme, demo_id, ok, org_id, version, SIGN_OFF, UPDATE_FOCUS};
use domain::lifecycle as lc;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use uuid::Uuid;

const TASKS: &str = "{ me { tasks { id kind command title detail due path review { id targetMonth hosts { name } } } } }";
const REVIEWS: &str = "query($o: Int = 0, $l: Int = 20) { me { reviews(offset: $o, limit: $l) { total items { id state hosts { name } } } } }";

async fn tasks(session: &Session) -> Vec<Value> {
    let r = session.gql(TASKS, json!({})).await;
    ok(&r)["me"]["tasks"].as_array().unwrap().clone()
}

/// The (kind or command) of each task on `review`.
fn on(tasks: &[Value], review: Uuid) -> Vec<String> {
    tasks
        .iter()
        .filter(|t| t["review"]["id"] == json!(review))
        .map(|t| {
            t["command"]
                .as_str()
                .unwrap_or_else(|| t["kind"].as_str().unwrap())
                .to_owned()
        })
        .collect()
}

async fn schedule(officer: &Session, programme: Uuid, host: Uuid, month: &str) -> Uuid {
    let r = officer
        .gql(
            crate::lifecycle::SCHEDULE,
            json!({ "i": { "programmeId": programme, "hostIds": [host], "phase": 1, "targetMonth": month } }),
        )
        .await;
    serde_json::from_value(ok(&r)["scheduleReview"]["id"].clone()).unwrap()
}

async fn sign_off(session: &Session, review: Uuid) {
    let v = version(session, review).await;
    let r = session.gql(SIGN_OFF, json!({ "r": review, "v": v })).await;
    ok(&r);
}

/// 259 open reviews of other authorities, then one of Edinburgh in the
/// programme's last month: the 260th, beyond any cap of 200.
async fn two_hundred_and_sixty_open_reviews(app: &TestApp, officer: &Session) -> Uuid {
    let programme = ci_programme(officer, "Tasks at scale").await;
    let edinburgh = org_id(app, "City of Edinburgh").await;
    let others: Vec<Uuid> = store::reference::organisations(app.store.conn())
        .await
        .unwrap()
        .into_iter()
        .filter(|o| o.gss_code.is_some() && o.id != edinburgh)
        .map(|o| o.id)
        .collect();
    let months = [
        "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03",
        "2026-04", "2026-05",
    ];
    for n in 0..259 {
        schedule(
            officer,
            programme,
            others[n % others.len()],
            months[n % months.len()],
        )
        .await;
    }
    schedule(officer, programme, edinburgh, "2026-06").await
}

async fn every_task_is_there_with_more_than_202_open_reviews(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let last = two_hundred_and_sixty_open_reviews(&app, &officer).await;

    // No focus anywhere: the officer sets each; Edinburgh's users theirs.
    let all = tasks(&officer).await;
    assert_eq!(all.len(), 260);
    assert!(all.iter().all(|t| t["kind"] == "SET_FOCUS"));
    assert_eq!(on(&tasks(&qio).await, last), ["SET_FOCUS"]);
    let mine = tasks(&lead).await;
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["path"], format!("/reviews/{last}/focus"));
    assert_eq!(mine[0]["due"], "2026-06-01");
    assert_eq!(mine[0]["title"], "Set the focus");
    assert_eq!(mine[0]["review"]["hosts"][0]["name"], "City of Edinburgh");
    assert!(tasks(&reviewer).await.is_empty());

    // The focus is set and the reviewer invited: sign-offs and an answer.
    let v = version(&officer, last).await;
    let r = officer
        .gql(
            UPDATE_FOCUS,
            json!({ "r": last, "v": v, "i": { "theme": "Inclusion", "keyQuestions": ["How well do we include?"] } }),
        )
        .await;
    ok(&r);
    let reviewer_id = demo_id(&app, Demo::Reviewer).await;
    let v = version(&officer, last).await;
    let r = officer
        .gql(
            crate::lifecycle::ADD_MEMBER,
            json!({ "r": last, "v": v, "u": reviewer_id, "role": "MEMBER" }),
        )
        .await;
    let member = ok(&r)["addTeamMember"]["team"][0]["id"].clone();
    assert_eq!(on(&tasks(&lead).await, last), ["SIGN_OFF_FOCUS"]);
    assert_eq!(on(&tasks(&officer).await, last), ["SIGN_OFF_FOCUS"]);
    assert!(on(&tasks(&qio).await, last).is_empty(), "host users wait");
    let invited = tasks(&reviewer).await;
    assert_eq!(on(&invited, last), ["ANSWER_INVITATION"]);
    assert_eq!(invited[0]["path"], format!("/reviews/{last}"));

    // Both sign-offs in: both may agree the focus.
    sign_off(&lead, last).await;
    assert!(on(&tasks(&lead).await, last).is_empty(), "signed");
    sign_off(&officer, last).await;
    assert_eq!(on(&tasks(&officer).await, last), ["AGREE_FOCUS"]);
    assert_eq!(on(&tasks(&lead).await, last), ["AGREE_FOCUS"]);
    let v = version(&officer, last).await;
    ok(&crate::lifecycle::command(&officer, "agreeFocus", last, v).await);

    // The team is the officer's to complete; the invitation stays until
    // it is answered.
    assert_eq!(on(&tasks(&officer).await, last), ["COMPLETE_TEAM"]);
    assert!(tasks(&lead).await.is_empty());
    let v = version(&reviewer, last).await;
    let r = reviewer
        .gql(
            "mutation($m: UUID!, $v: Int!) { respondToTeamInvitation(memberId: $m, version: $v, accept: true) { invitation } }",
            json!({ "m": member, "v": v }),
        )
        .await;
    ok(&r);
    assert!(tasks(&reviewer).await.is_empty());
}

async fn a_person_lists_the_reviews_they_take_part_in_and_only_their_own(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let admin = app.as_demo(Demo::Admin).await;
    let programme = ci_programme(&officer, "Reviews of mine").await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let fife = org_id(&app, "Fife").await;
    let home = schedule(&officer, programme, edinburgh, "2025-10").await;
    let away = schedule(&officer, programme, fife, "2026-02").await;
    // The reviewer is invited to Fife's review.
    let reviewer_id = demo_id(&app, Demo::Reviewer).await;
    let v = version(&officer, away).await;
    ok(&officer
        .gql(
            crate::lifecycle::ADD_MEMBER,
            json!({ "r": away, "v": v, "u": reviewer_id, "role": "MEMBER" }),
        )
        .await);

    let ids = |r: &Value| -> Vec<Value> {
        ok(r)["me"]["reviews"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].clone())
            .collect()
    };
    for host_user in [&lead, &qio] {
        let r = host_user.gql(REVIEWS, json!({})).await;
        assert_eq!(ids(&r), [json!(home)]);
        assert_eq!(ok(&r)["me"]["reviews"]["total"], 1);
    }
    let r = reviewer.gql(REVIEWS, json!({})).await;
    assert_eq!(ids(&r), [json!(away)]);
    // Officers take part in every review, newest month first, a page at a
    // time.
    let r = officer.gql(REVIEWS, json!({ "o": 0, "l": 1 })).await;
    assert_eq!(ids(&r), [json!(away)]);
    assert_eq!(ok(&r)["me"]["reviews"]["total"], 2);
    let r = officer.gql(REVIEWS, json!({ "o": 1, "l": 1 })).await;
    assert_eq!(ids(&r), [json!(home)]);
    let r = officer.gql(REVIEWS, json!({ "l": 0 })).await;
    assert_eq!(error_code(&r), "VALIDATION");
    // An administrator has no reviews, and sees no one else's.
    let r = admin.gql(REVIEWS, json!({})).await;
    assert_eq!(ok(&r)["me"]["reviews"]["total"], 0);
    let lead_id = demo_id(&app, Demo::Lead).await;
    for field in ["tasks { kind }", "reviews { total }"] {
        let r = admin
            .gql(
                &format!("query($u: UUID!) {{ user(id: $u) {{ id {field} }} }}"),
                json!({ "u": lead_id }),
            )
            .await;
        assert_eq!(error_code(&r), "FORBIDDEN", "{field}: {r}");
    }
    // Anonymous: no `me`, so no tasks.
    let r = app.anonymous().gql(TASKS, json!({})).await;
    assert!(ok(&r)["me"].is_null());
}

/// The task of `kind` (or command) on `review`, if offered.
fn task(tasks: &[Value], review: Uuid, kind: &str) -> Option<Value> {
    tasks
        .iter()
        .find(|t| t["review"]["id"] == json!(review) && (t["kind"] == kind || t["command"] == kind))
        .cloned()
}

/// The statements `me { tasks }` costs `who`.
async fn statements_of_tasks(app: &TestApp, who: &Session) -> u64 {
    let before = app.store.statements_executed();
    tasks(who).await;
    app.store.statements_executed() - before
}

async fn the_self_evaluations_tasks_follow_it_from_completion_to_the_teams_view(db: Db) {
    use crate::self_evaluation::{demo_review, save_input, submit, NUMBERS, SAVE};
    // Statements are counted at the connection the server shares: the mail
    // dispatcher polls hourly, so nothing else runs meanwhile.
    let app = crate::helpers::spawn_app_with(db, |o| {
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "3600000".into())];
    })
    .await;
    let (review, host) = demo_review(&app, "RUBRIC").await;
    let lead = app.as_demo(Demo::Lead).await;
    let qio = app.as_demo(Demo::Qio).await;
    let officer = app.as_demo(Demo::Officer).await;
    let peer = crate::lifecycle::as_person(&app, "peer2@demo.quads.scot").await;
    // The visit is planned already, so its tasks (visit.rs) do not mix in.
    ok(&crate::visit::set_dates(
        &officer,
        review,
        &["2025-01-06", "2025-01-07", "2025-01-08"],
    )
    .await);

    // Nothing filled in: the host's users complete it; no one submits yet.
    for host_user in [&qio, &lead] {
        assert_eq!(
            on(&tasks(host_user).await, review),
            ["COMPLETE_SELF_EVALUATION"]
        );
    }
    let complete = task(&tasks(&qio).await, review, "COMPLETE_SELF_EVALUATION").unwrap();
    assert_eq!(complete["title"], "Complete the self-evaluation");
    assert_eq!(
        complete["path"],
        format!("/reviews/{review}/self-evaluation")
    );
    assert_eq!(
        complete["detail"],
        "17 quality indicators are not complete yet (evidence, and a grade where graded), the \
         first 1.1 Improvements in performance."
    );
    assert!(on(&tasks(&officer).await, review).is_empty());
    assert!(on(&tasks(&peer).await, review).is_empty());
    let unstarted = statements_of_tasks(&app, &lead).await;

    // One left: named; then complete, it is the host lead's to submit.
    for number in &NUMBERS[..16] {
        let r = qio
            .gql(
                SAVE,
                save_input(review, host, number, 0, json!(4), "Attainment data"),
            )
            .await;
        ok(&r);
    }
    // Its facts cost the same statements, started or not (store::review::mine).
    assert_eq!(statements_of_tasks(&app, &lead).await, unstarted);
    let left = task(&tasks(&lead).await, review, "COMPLETE_SELF_EVALUATION").unwrap();
    assert!(left["detail"]
        .as_str()
        .unwrap()
        .starts_with("1 quality indicator is not complete yet"));
    assert!(left["detail"]
        .as_str()
        .unwrap()
        .ends_with("6.1 Capacity for improvement."));
    let r = qio
        .gql(
            SAVE,
            save_input(review, host, "6.1", 0, json!(4), "Attainment data"),
        )
        .await;
    ok(&r);
    assert!(
        on(&tasks(&qio).await, review).is_empty(),
        "host users do not submit"
    );
    let mine = tasks(&lead).await;
    assert_eq!(on(&mine, review), ["SUBMIT_SELF_EVALUATION"]);
    assert_eq!(
        task(&mine, review, "SUBMIT_SELF_EVALUATION").unwrap()["path"],
        format!("/reviews/{review}/self-evaluation")
    );

    // Submitted: each accepted team member records the team's view.
    ok(&submit(&lead, review).await);
    assert!(on(&tasks(&lead).await, review).is_empty());
    let theirs = tasks(&peer).await;
    assert_eq!(on(&theirs, review), ["RECORD_TEAM_VIEW"]);
    let view = task(&theirs, review, "RECORD_TEAM_VIEW").unwrap();
    assert_eq!(view["title"], "Record the team's view");
    assert_eq!(view["path"], format!("/reviews/{review}/team-view"));
    assert!(on(&tasks(&qio).await, review).is_empty());
}

/// Every task of `person` on every open review in the database, decided by
/// the domain on each review's facts read one by one: the reference the
/// scoped read must match. As "KIND-review" ids, as the API makes them.
async fn every_task_read_one_by_one(app: &TestApp, person: &lc::Person) -> BTreeSet<String> {
    let db = app.store.conn();
    let now = chrono::Utc::now();
    let today = now.date_naive();
    let mut found = BTreeSet::new();
    for programme in store::programme::programmes(db).await.unwrap() {
        let filter = store::review::ReviewFilter {
            programme_id: Some(programme.id),
            ..Default::default()
        };
        let mut offset = 0;
        loop {
            let (page, _) = store::review::reviews_page(db, &filter, offset, 200, false)
                .await
                .unwrap();
            for review in page.iter().filter(|r| !r.state.is_final()) {
                let facts = store::review::facts(db, review, &programme).await.unwrap();
                let hosts: Vec<Uuid> = facts.hosts.iter().map(|h| h.authority_id).collect();
                let role = facts
                    .members
                    .iter()
                    .find(|m| {
                        m.user_id == person.user_id
                            && m.invitation == lc::InvitationStatus::Accepted
                    })
                    .map(|m| m.role);
                let actor = lc::actor_on(person, &hosts, role);
                let month = review.target_month.first_day();
                for task in lc::tasks(&facts, &actor, month, now, today) {
                    let kind = match task.kind {
                        lc::TaskKind::Command(command) => command.as_str().to_owned(),
                        other => format!("{other:?}"),
                    };
                    found.insert(format!("{kind}-{}", review.id));
                }
            }
            if page.len() < 200 {
                break;
            }
            offset += 200;
        }
    }
    found
}

async fn an_officers_tasks_at_scale_are_all_there_and_only_the_reviews_within_reach_are_read(
    app: TestApp,
) {
    // This academic year's programme of 460 reviews, in every state (the
    // scale generator's fates repeat every 23 reviews).
    server::seed::scale::generate_over(&app.store, 460, 1)
        .await
        .expect("scale data");
    let officer = app.as_demo(Demo::Officer).await;
    let person = lc::Person {
        user_id: demo_id(&app, Demo::Officer).await,
        programme_officer: true,
        authority_id: None,
        lead: false,
    };

    // The frontend's own document, through the API.
    let query = crate::statements::frontend_operation("MyTasks");
    let r = officer.gql(&query, json!({})).await;
    let shown: BTreeSet<String> = ok(&r)["me"]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_owned())
        .collect();
    let expected = every_task_read_one_by_one(&app, &person).await;
    assert!(expected.len() > 100, "{} tasks", expected.len());
    assert_eq!(shown, expected, "every task, and nothing else");

    // What the store reads for them: only reviews within the office's
    // reach, far fewer than the open ones.
    let read = store::review::mine::open_reviews(
        app.store.conn(),
        &store::review::mine::Participant {
            user_id: person.user_id,
            authority_id: None,
            programme_officer: true,
        },
    )
    .await
    .unwrap();
    let (page, _) = store::review::reviews_page(
        app.store.conn(),
        &store::review::ReviewFilter::default(),
        0,
        10_000,
        false,
    )
    .await
    .unwrap();
    let open = page.iter().filter(|r| !r.state.is_final()).count();
    let tasked: BTreeSet<&str> = expected.iter().map(|id| &id[id.len() - 36..]).collect();
    assert!(
        read.reviews.len() * 2 < open,
        "{} of {open} open reviews read",
        read.reviews.len()
    );
    for (review, facts) in &read.reviews {
        assert_ne!(lc::officer_reach(review.state), lc::OfficerReach::Nothing);
        // A formed team is within reach (it can fall short of the rules
        // again); every other review read has a task for the officer.
        assert!(
            tasked.contains(review.id.to_string().as_str())
                || facts.state == lc::ReviewState::TeamFormed,
            "{:?} read without a task",
            review.state
        );
    }
}

crate::on_both_databases!(
    every_task_is_there_with_more_than_202_open_reviews,
    an_officers_tasks_at_scale_are_all_there_and_only_the_reviews_within_reach_are_read,
    a_person_lists_the_reviews_they_take_part_in_and_only_their_own
);
crate::each_database!(the_self_evaluations_tasks_follow_it_from_completion_to_the_teams_view);
