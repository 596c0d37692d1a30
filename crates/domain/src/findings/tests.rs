use super::*;
use crate::lifecycle::{codes, Actor, GuardCode, ProgrammeKind, ProgrammeRules, TeamRole};

const LEAD: Uuid = Uuid::from_u128(1);
const MEMBER: Uuid = Uuid::from_u128(2);
const OTHER_MEMBER: Uuid = Uuid::from_u128(3);
const OFFICER: Uuid = Uuid::from_u128(4);
const HOST: Uuid = Uuid::from_u128(5);
const STRANGER: Uuid = Uuid::from_u128(6);
const SESSION: Uuid = Uuid::from_u128(0x5e55);

fn actor(id: Uuid) -> Actor {
    Actor {
        user_id: id,
        programme_officer: id == OFFICER,
        host_lead_of: if id == HOST {
            vec![Uuid::from_u128(0xed1)]
        } else {
            vec![]
        },
        host_user: id == HOST,
        team_role: match id {
            LEAD => Some(TeamRole::Lead),
            MEMBER | OTHER_MEMBER => Some(TeamRole::Member),
            _ => None,
        },
    }
}

fn finding(author: Uuid, status: FindingStatus) -> FindingRef {
    FindingRef {
        id: Uuid::from_u128(0xf00 + author.as_u128()),
        author_id: author,
        status,
        kind: FindingKind::Strength,
    }
}

fn framework() -> Vec<String> {
    ["1.1", "1.2", "2.1", "3.1"].map(String::from).to_vec()
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2024, 10, 9).unwrap()
}

const IN_VISIT: ReviewState = ReviewState::VisitInProgress;

fn codes_of(r: Result<(), Refusal>) -> Vec<GuardCode> {
    r.expect_err("refused").codes()
}

#[test]
fn a_finding_is_its_trimmed_text_with_known_indicators_in_the_framework_order() {
    let indicators = vec![" 2.1".to_owned(), "1.1".into(), "1.1".into()];
    let content = check_content(
        &FindingInput {
            kind: FindingKind::Strength,
            text: "  Leaders know their schools well.\n",
            indicators: &indicators,
            session_id: Some(SESSION),
        },
        &framework(),
        &[SESSION],
    )
    .expect("valid");
    assert_eq!(content.text, "Leaders know their schools well.");
    assert_eq!(content.indicators, ["1.1", "2.1"]);
    assert_eq!(content.session_id, Some(SESSION));
}

#[test]
fn a_finding_refused_for_its_content_names_every_reason() {
    let indicators = vec!["9.9".to_owned(), "1.1".into()];
    let reasons = check_content(
        &FindingInput {
            kind: FindingKind::Evidence,
            text: "   ",
            indicators: &indicators,
            session_id: Some(Uuid::from_u128(99)),
        },
        &framework(),
        &[SESSION],
    )
    .expect_err("refused");
    let fields: Vec<&str> = reasons.iter().map(|r| r.0).collect();
    assert_eq!(fields, ["text", "indicators", "sessionId"]);
    assert!(
        reasons[1].1.contains("“9.9” is not a quality indicator"),
        "{reasons:?}"
    );
}

#[test]
fn a_finding_text_may_have_4000_characters_and_no_more() {
    let ok = "é".repeat(4000);
    let long = "é".repeat(4001);
    let input = |text| FindingInput {
        kind: FindingKind::Strength,
        text,
        indicators: &[],
        session_id: None,
    };
    assert!(check_content(&input(&ok), &framework(), &[]).is_ok());
    let refused = check_content(&input(&long), &framework(), &[]).unwrap_err();
    assert!(
        refused[0].1.contains("4000 characters or fewer"),
        "{refused:?}"
    );
}

#[test]
fn a_finding_names_at_most_twenty_indicators() {
    let many: Vec<String> = (0..21).map(|_| "1.1".to_owned()).collect();
    let refused = check_content(
        &FindingInput {
            kind: FindingKind::Strength,
            text: "Text",
            indicators: &many,
            session_id: None,
        },
        &framework(),
        &[],
    )
    .unwrap_err();
    assert_eq!(refused.len(), 1);
    assert!(refused[0].1.contains("at most 20"));
}

#[test]
fn accepted_team_members_record_findings_during_the_visit_and_nobody_else() {
    for who in [LEAD, MEMBER] {
        assert!(authorise_record(IN_VISIT, &actor(who)).is_ok());
    }
    for who in [OFFICER, HOST, STRANGER] {
        assert!(matches!(
            authorise_record(IN_VISIT, &actor(who)),
            Err(Refusal::Forbidden { .. })
        ));
    }
    for state in [
        ReviewState::SelfEvaluationSubmitted,
        ReviewState::VisitCompleted,
    ] {
        assert_eq!(
            codes_of(authorise_record(state, &actor(MEMBER))),
            [codes::WRONG_STATE]
        );
    }
}

#[test]
fn a_draft_is_changed_by_its_author_or_the_team_lead_only() {
    let draft = finding(MEMBER, FindingStatus::Draft);
    assert!(may_edit(IN_VISIT, &actor(MEMBER), &draft));
    assert!(may_edit(IN_VISIT, &actor(LEAD), &draft));
    for who in [OTHER_MEMBER, OFFICER, HOST, STRANGER] {
        assert!(matches!(
            authorise_edit(IN_VISIT, &actor(who), &draft),
            Err(Refusal::Forbidden { .. })
        ));
    }
}

#[test]
fn an_agreed_finding_is_the_team_leads_to_change_and_a_merged_one_nobodys() {
    let agreed = finding(MEMBER, FindingStatus::Agreed);
    assert_eq!(
        codes_of(authorise_edit(IN_VISIT, &actor(MEMBER), &agreed)),
        [GuardCode::FindingNotDraft]
    );
    assert!(may_edit(IN_VISIT, &actor(LEAD), &agreed));
    let merged = finding(MEMBER, FindingStatus::Merged);
    assert_eq!(
        codes_of(authorise_edit(
            ReviewState::VisitCompleted,
            &actor(LEAD),
            &merged
        )),
        [codes::WRONG_STATE, GuardCode::FindingMerged],
        "every reason is listed"
    );
}

#[test]
fn the_team_lead_and_programme_officers_agree_drafts_and_take_agreements_back() {
    let draft = finding(MEMBER, FindingStatus::Draft);
    let agreed = finding(MEMBER, FindingStatus::Agreed);
    for who in [LEAD, OFFICER] {
        assert!(authorise_agree(IN_VISIT, &actor(who), &draft).is_ok());
        assert!(authorise_unagree(IN_VISIT, &actor(who), &agreed).is_ok());
        assert_eq!(
            codes_of(authorise_agree(IN_VISIT, &actor(who), &agreed)),
            [GuardCode::FindingNotDraft]
        );
        assert_eq!(
            codes_of(authorise_unagree(IN_VISIT, &actor(who), &draft)),
            [GuardCode::FindingNotAgreed]
        );
    }
    for who in [MEMBER, HOST, STRANGER] {
        assert!(matches!(
            authorise_agree(IN_VISIT, &actor(who), &draft),
            Err(Refusal::Forbidden { .. })
        ));
    }
    assert_eq!(
        codes_of(authorise_agree(
            ReviewState::VisitCompleted,
            &actor(LEAD),
            &draft
        )),
        [codes::WRONG_STATE]
    );
}

#[test]
fn a_merge_keeps_one_finding_of_the_review_and_lists_every_reason_it_cannot() {
    let into = finding(LEAD, FindingStatus::Draft);
    let a = finding(MEMBER, FindingStatus::Draft);
    let b = finding(OTHER_MEMBER, FindingStatus::Merged);
    assert!(authorise_merge(IN_VISIT, &actor(LEAD), &into, &[a.id], &[a]).is_ok());
    let unknown = Uuid::from_u128(0xbad);
    let refused = authorise_merge(
        IN_VISIT,
        &actor(LEAD),
        &into,
        &[into.id, a.id, a.id, b.id, unknown],
        &[into, a, b],
    )
    .unwrap_err();
    let Refusal::GuardFailed(unmet) = refused else {
        panic!("a guard refusal")
    };
    let messages: Vec<&str> = unmet.iter().map(|u| u.message.as_str()).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(messages[0].contains("into itself"));
    assert!(messages[1].contains("named twice"));
    assert!(messages[2].contains("already merged"));
    assert!(messages[3].contains("not one of this review's"));
    assert!(authorise_merge(IN_VISIT, &actor(LEAD), &into, &[], &[]).is_err());
    assert!(matches!(
        authorise_merge(IN_VISIT, &actor(MEMBER), &into, &[a.id], &[a]),
        Err(Refusal::Forbidden { .. })
    ));
}

#[test]
fn a_merge_keeps_the_union_of_indicators_in_the_framework_order() {
    let a = vec!["2.1".to_owned()];
    let b = vec!["1.1".to_owned(), "2.1".into()];
    assert_eq!(merged_indicators(&framework(), &[&a, &b]), ["1.1", "2.1"]);
}

#[test]
fn the_team_and_officers_see_every_finding_and_hosts_the_agreed_ones_after_the_visit() {
    assert_eq!(
        authorise_view(IN_VISIT, &actor(MEMBER)),
        Ok(FindingsView::All)
    );
    assert_eq!(
        authorise_view(IN_VISIT, &actor(OFFICER)),
        Ok(FindingsView::All)
    );
    assert!(authorise_view(IN_VISIT, &actor(HOST)).is_err());
    assert!(authorise_view(ReviewState::Withdrawn, &actor(HOST)).is_err());
    let host = authorise_view(ReviewState::VisitCompleted, &actor(HOST)).unwrap();
    assert_eq!(host, FindingsView::AgreedOnly);
    assert!(visible(host, FindingStatus::Agreed));
    assert!(!visible(host, FindingStatus::Draft));
    assert!(!visible(host, FindingStatus::Merged));
    assert!(authorise_view(ReviewState::VisitCompleted, &actor(STRANGER)).is_err());
}

#[test]
fn only_agreed_strengths_and_areas_for_improvement_count_towards_completing_the_visit() {
    let facts = facts_of([
        (FindingKind::Strength, FindingStatus::Agreed),
        (FindingKind::Strength, FindingStatus::Draft),
        (FindingKind::AreaForImprovement, FindingStatus::Merged),
        (FindingKind::Evidence, FindingStatus::Agreed),
    ]);
    assert_eq!(facts.agreed_strengths, 1);
    assert_eq!(facts.agreed_areas_for_improvement, 0);
}

#[test]
fn complete_visit_lists_each_missing_agreed_kind_and_passes_with_both() {
    let hosts = vec![crate::lifecycle::HostFacts {
        authority_id: Uuid::from_u128(0xed1),
        name: "Edinburgh".into(),
        has_lead_user: true,
        lead_signed_off_focus: true,
        lead_approved_report: false,
    }];
    let mut facts = ReviewFacts::new(hosts, ProgrammeRules::defaults_for(ProgrammeKind::Quads));
    facts.state = IN_VISIT;
    facts.findings = Some(facts_of([]));
    let unmet = crate::lifecycle::check(
        &facts,
        crate::lifecycle::CommandKind::CompleteVisit,
        today(),
    );
    let codes: Vec<GuardCode> = unmet.iter().map(|u| u.code).collect();
    assert_eq!(
        codes,
        [
            codes::FINDINGS_STRENGTH_MISSING,
            codes::FINDINGS_AREA_FOR_IMPROVEMENT_MISSING
        ]
    );
    facts.findings = Some(facts_of([
        (FindingKind::Strength, FindingStatus::Agreed),
        (FindingKind::AreaForImprovement, FindingStatus::Agreed),
    ]));
    assert!(crate::lifecycle::check(
        &facts,
        crate::lifecycle::CommandKind::CompleteVisit,
        today()
    )
    .is_empty());
}

#[test]
fn the_history_names_an_agreement_and_a_merge_in_a_sentence() {
    let agreed = FindingEvent::Agreed {
        finding_id: Uuid::from_u128(1),
        kind: FindingKind::AreaForImprovement,
        text: "Self-evaluation is not yet shared with schools.".into(),
    };
    assert_eq!(
        agreed.summary(),
        "Agreed a finding (area for improvement): “Self-evaluation is not yet shared with schools.”"
    );
    assert_eq!(agreed.detail()["change"], "AGREED");
    let merged = FindingEvent::Merged {
        finding_id: Uuid::from_u128(1),
        merged_ids: vec![Uuid::from_u128(2), Uuid::from_u128(3)],
        text: "x".repeat(100),
    };
    assert!(merged
        .summary()
        .starts_with("Merged 3 findings into one: “xxx"));
    assert!(merged.summary().ends_with("…”"));
}

#[test]
fn every_finding_name_reads_back() {
    for k in FindingKind::VARIANTS {
        assert_eq!(k.as_str().parse::<FindingKind>(), Ok(*k));
    }
    for s in FindingStatus::VARIANTS {
        assert_eq!(s.as_str().parse::<FindingStatus>(), Ok(*s));
    }
    for c in FindingChangeKind::VARIANTS {
        assert_eq!(c.as_str().parse::<FindingChangeKind>(), Ok(*c));
    }
    assert!("NOPE".parse::<FindingKind>().is_err());
}

#[test]
fn team_members_are_asked_to_record_findings_and_the_lead_to_agree_them_during_the_visit() {
    use crate::lifecycle::{tasks, TaskKind, TaskPage};
    let mut facts = ReviewFacts::new(
        Vec::new(),
        ProgrammeRules::defaults_for(ProgrammeKind::Quads),
    );
    facts.state = IN_VISIT;
    let now = chrono::Utc::now();
    let month = chrono::NaiveDate::from_ymd_opt(2024, 10, 1).unwrap();
    let kinds = |facts: &ReviewFacts, who: Uuid| -> Vec<TaskKind> {
        tasks(facts, &actor(who), month, now, today())
            .into_iter()
            .filter(|t| t.page == TaskPage::Findings)
            .map(|t| t.kind)
            .collect()
    };
    assert_eq!(kinds(&facts, MEMBER), [TaskKind::RecordFindings]);
    assert_eq!(
        kinds(&facts, LEAD),
        [TaskKind::RecordFindings, TaskKind::AgreeFindings]
    );
    for who in [OFFICER, HOST, STRANGER] {
        assert!(kinds(&facts, who).is_empty());
    }
    facts.findings = Some(facts_of([(FindingKind::Strength, FindingStatus::Agreed)]));
    let lead_tasks = tasks(&facts, &actor(LEAD), month, now, today());
    let agree = lead_tasks
        .iter()
        .find(|t| t.kind == TaskKind::AgreeFindings)
        .unwrap();
    assert!(
        agree
            .detail
            .contains("1 strength and 0 areas for improvement"),
        "{}",
        agree.detail
    );
    facts.state = ReviewState::VisitCompleted;
    assert!(kinds(&facts, MEMBER).is_empty());
    assert!(kinds(&facts, LEAD).is_empty());
}
