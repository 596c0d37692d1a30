//! Property: random commands by random actors over random (often valid)
//! facts are accepted exactly when an independent, compact restatement of
//! domain.md's rules says so, and nothing leaves `CLOSED` or `WITHDRAWN`.
//!
//! The facts change between steps, as people edit the review between
//! commands; only the state is carried from one step to the next.

use std::collections::HashSet;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

use super::fixtures::*;
use super::generators::{arb_walk, Step};
use super::oracle::{self, Oracle};
use crate::lifecycle::*;

use ReviewState as S;

/// Run a walk, asserting each decision against the oracle; returns the
/// states reached.
fn run_walk(start: S, postponed_from: Option<S>, steps: &[Step]) -> Vec<S> {
    let (mut state, mut postponed_from) = (start, postponed_from);
    let mut reached = vec![state];
    for step in steps {
        let mut facts = step.facts.clone();
        (facts.state, facts.postponed_from) = (state, postponed_from);
        let kind = match next_command(state) {
            Some(next) if step.take_next => next,
            _ => CommandKind::ALL[step.kind_index],
        };
        let mut cmd = command(kind).expect("never schedule");
        if step.blank_reason {
            if let Command::Withdraw { reason }
            | Command::Postpone { reason }
            | Command::ReopenSelfEvaluation { reason } = &mut cmd
            {
                *reason = " ".to_owned();
            }
        }
        // The checklist shown before the click agrees with the rules,
        // the reason aside (it is only known when the command is made).
        let good = command(kind).expect("never schedule");
        assert_eq!(
            check(&facts, kind, step.today).is_empty(),
            oracle::accepted_to(&facts, &good, step.today).is_some(),
            "checklist for {kind} from {state}"
        );
        let outcome = decide(&facts, &cmd, &step.actor, now(), step.today);
        let want = oracle::expected(&facts, &cmd, &step.actor, step.today);
        match (want, &outcome) {
            (Err(Oracle::Forbidden), Err(Refusal::Forbidden { .. })) => {}
            (Err(Oracle::GuardFailed), Err(Refusal::GuardFailed(unmet))) => {
                assert!(!unmet.is_empty(), "a refusal lists what is unmet");
                for u in unmet {
                    assert!(u
                        .code
                        .as_str()
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c == '_'));
                    assert!(u.message.ends_with('.'), "{}", u.message);
                }
            }
            (Ok(to), Ok(events)) => {
                assert!(!state.is_final(), "left {state}");
                let [Event::Transitioned {
                    command,
                    from,
                    to: got,
                    actor,
                    ..
                }] = events.as_slice()
                else {
                    panic!("one transition expected: {events:?}");
                };
                assert_eq!(
                    (*command, *from, *got, *actor),
                    (kind, state, to, step.actor.user_id)
                );
                facts.apply(&events[0]);
                (state, postponed_from) = (facts.state, facts.postponed_from);
                reached.push(state);
            }
            (want, outcome) => panic!(
                "{kind} from {state} by {:?} on {}: expected {want:?}, got {outcome:?}\n{facts:#?}",
                step.actor, step.today
            ),
        }
    }
    reached
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_commands_by_random_actors_never_skip_a_guard_or_leave_a_final_state(
        (start, postponed_from, steps) in arb_walk()
    ) {
        let reached = run_walk(start, postponed_from, &steps);
        if start.is_final() {
            prop_assert!(reached.iter().all(|s| *s == start));
        }
        for pair in reached.windows(2) {
            prop_assert!(!pair[0].is_final(), "left {}", pair[0]);
        }
    }
}

#[test]
fn random_walks_enter_every_state_by_a_command_so_the_property_is_not_vacuous() {
    let mut runner = TestRunner::deterministic();
    let mut seen = HashSet::new();
    for _ in 0..400 {
        let (start, postponed_from, steps) = arb_walk()
            .new_tree(&mut runner)
            .expect("strategy")
            .current();
        // The start state is given, not reached: only count states entered
        // by an accepted command.
        seen.extend(run_walk(start, postponed_from, &steps).into_iter().skip(1));
    }
    let missing: Vec<_> = S::ALL.into_iter().filter(|s| !seen.contains(s)).collect();
    assert!(missing.is_empty(), "never reached: {missing:?}");
}
