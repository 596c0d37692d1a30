//! `quads seed --scale N`: the generated dataset is consistent, by count and
//! by the domain's own rules (issue 14).

use crate::helpers::TestApp;
use domain::lifecycle::{self as lc, CommandKind, ReviewState};
use std::collections::HashMap;

async fn seed_scale_50_makes_ten_programmes_of_reviews_the_domain_finds_valid(app: TestApp) {
    let made = server::seed::scale::generate(&app.store, 50)
        .await
        .expect("scale data");
    assert_eq!(made.programmes, 10);
    assert_eq!(made.reviews, 50);
    let db = app.store.conn();
    let programmes: Vec<_> = store::programme::programmes(db)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.name.starts_with(&format!("Scale {} ", made.run)))
        .collect();
    assert_eq!(programmes.len(), 10, "one programme a year for ten years");

    let mut reviews = Vec::new();
    for p in &programmes {
        let filter = store::review::ReviewFilter {
            programme_id: Some(p.id),
            ..Default::default()
        };
        let (page, total) = store::review::reviews_page(db, &filter, 0, 200, true)
            .await
            .unwrap();
        assert_eq!(total, Some(5), "{}", p.name);
        reviews.extend(page.into_iter().map(|r| (r, p.clone())));
    }
    assert_eq!(reviews.len(), 50);
    let closed = reviews
        .iter()
        .filter(|(r, _)| r.state == ReviewState::Closed)
        .count();
    assert!(
        closed >= 35,
        "mostly closed, as in real life: {closed} of 50"
    );

    let ids: Vec<_> = reviews.iter().map(|(r, _)| r.id).collect();
    let mut events = store::review::events_of(db, &ids).await.unwrap();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let today = chrono::Utc::now().date_naive();
    for (review, programme) in &reviews {
        let history = events.remove(&review.id).unwrap_or_default();
        // The history runs 1, 2, 3, … and ends in the review's state.
        let seqs: Vec<i32> = history.iter().map(|e| e.seq).collect();
        assert_eq!(seqs, (1..=history.len() as i32).collect::<Vec<_>>());
        assert_eq!(history.last().unwrap().to, review.state);
        assert_eq!(review.version, history.len() as i32);
        let reached = |state: ReviewState| history.iter().any(|e| e.to == state);
        let facts = store::review::facts(db, review, programme).await.unwrap();
        // Every focus agreed was agreed by the domain's rules: a theme, key
        // questions and every host lead's and an officer's sign-off.
        if reached(ReviewState::FocusAgreed) {
            let mut before = facts.clone();
            before.state = ReviewState::Scheduled;
            assert_eq!(
                lc::check(&before, CommandKind::AgreeFocus, today),
                vec![],
                "{review:?}"
            );
        }
        // Every team formed meets the composition rules: 6 to 12, one
        // lead, ADES and Education Scotland, no pending invitation or
        // unresolved conflict.
        if reached(ReviewState::TeamFormed) {
            let mut before = facts.clone();
            before.state = ReviewState::FocusAgreed;
            assert_eq!(
                lc::check(&before, CommandKind::FormTeam, today),
                vec![],
                "{review:?}"
            );
            *counts.entry("teams").or_default() += 1;
        }
        if review.state == ReviewState::Postponed {
            assert!(review.postponed_from.is_some());
        }
        let members = store::review::members_of(db, &[review.id]).await.unwrap();
        let conflicts = store::review::conflicts_of(db, &[review.id]).await.unwrap();
        *counts.entry("members").or_default() += members.values().flatten().count();
        *counts.entry("conflicts").or_default() += conflicts.values().flatten().count();
        *counts.entry("events").or_default() += history.len();
    }
    assert!(counts["teams"] >= 35, "{counts:?}");
    assert_eq!(counts["members"], made.members);
    assert_eq!(counts["conflicts"], made.conflicts);
    assert!(made.conflicts >= 8, "{made:?}");
    assert_eq!(counts["events"], made.events);
}

crate::on_both_databases!(seed_scale_50_makes_ten_programmes_of_reviews_the_domain_finds_valid);
