//! Guards on the focus and the team, which stay editable until the visit.

use super::counted;
use crate::lifecycle::command::TeamRole;
use crate::lifecycle::facts::{
    Affiliation, InvitationStatus, MemberFacts, ProgrammeKind, ReviewFacts,
};
use crate::lifecycle::refusal::{codes, GuardCode, Unmet};

/// The focus is set and signed off by every host lead and a programme
/// officer.
pub(super) fn focus(facts: &ReviewFacts, unmet: &mut Vec<Unmet>) {
    let focus = &facts.focus;
    if focus.theme.as_deref().is_none_or(|t| t.trim().is_empty()) {
        unmet.push(Unmet::new(
            codes::FOCUS_THEME_MISSING,
            "The focus has no theme yet.",
        ));
    }
    if !focus.key_questions.iter().any(|q| !q.trim().is_empty()) {
        unmet.push(Unmet::new(
            codes::FOCUS_KEY_QUESTION_MISSING,
            "The focus needs at least one key question.",
        ));
    }
    host_leads_have(
        facts,
        |host| host.lead_signed_off_focus,
        codes::FOCUS_HOST_SIGN_OFF_MISSING,
        "sign off the focus",
        "signed off the focus",
        unmet,
    );
    if !focus.programme_officer_signed_off {
        unmet.push(Unmet::new(
            codes::FOCUS_PROGRAMME_SIGN_OFF_MISSING,
            "No programme officer has signed off the focus.",
        ));
    }
}

/// Every host authority has a lead, and every lead has done `done`.
///
/// Shared by the focus sign-off and the report approval, which domain.md
/// both require of **every** host lead of a joint review.
pub(super) fn host_leads_have(
    facts: &ReviewFacts,
    done: impl Fn(&crate::lifecycle::facts::HostFacts) -> bool,
    code: GuardCode,
    to_do: &str,
    did: &str,
    unmet: &mut Vec<Unmet>,
) {
    if facts.hosts.is_empty() {
        unmet.push(Unmet::new(
            codes::HOST_REQUIRED,
            format!("The review has no host authority to {to_do}."),
        ));
    }
    for host in &facts.hosts {
        if !host.has_lead_user {
            unmet.push(Unmet::new(
                codes::HOST_LEAD_MISSING,
                format!("{} has no host lead to {to_do}; name one first.", host.name),
            ));
        } else if !done(host) {
            unmet.push(Unmet::new(
                code,
                format!("{}'s host lead has not {did}.", host.name),
            ));
        }
    }
}

/// The programme's composition rules hold for the members who have not
/// declined.
pub(super) fn team(facts: &ReviewFacts, unmet: &mut Vec<Unmet>) {
    let rules = &facts.rules;
    // Declined members stay in the history but no longer count.
    let counted_members: Vec<&MemberFacts> = facts
        .members
        .iter()
        .filter(|m| m.invitation != InvitationStatus::Declined)
        .collect();
    let size = counted_members.len() as u32;
    let count = |keep: &dyn Fn(&MemberFacts) -> bool| {
        counted_members.iter().filter(|m| keep(m)).count() as u32
    };
    let has = |affiliation: Affiliation| count(&|m| m.affiliation == affiliation) > 0;

    if size < rules.team_size_min {
        unmet.push(Unmet::new(
            codes::TEAM_TOO_SMALL,
            format!(
                "The team has {}; the programme needs at least {} (declined invitations do \
                 not count).",
                counted(size, "member", "members"),
                rules.team_size_min
            ),
        ));
    }
    if size > rules.team_size_max {
        unmet.push(Unmet::new(
            codes::TEAM_TOO_LARGE,
            format!(
                "The team has {}; the programme allows at most {}.",
                counted(size, "member", "members"),
                rules.team_size_max
            ),
        ));
    }
    match count(&|m| m.role == TeamRole::Lead) {
        0 => unmet.push(Unmet::new(
            codes::TEAM_LEAD_MISSING,
            "No one on the team is its lead.",
        )),
        1 => {}
        leads => unmet.push(Unmet::new(
            codes::TEAM_LEAD_NOT_UNIQUE,
            format!("The team has {leads} leads; it needs exactly one."),
        )),
    }
    if !has(Affiliation::Ades) {
        unmet.push(Unmet::new(
            codes::TEAM_ADES_MISSING,
            "The team has no ADES member.",
        ));
    }
    if !has(Affiliation::EducationScotland) {
        unmet.push(Unmet::new(
            codes::TEAM_EDUCATION_SCOTLAND_MISSING,
            "The team has no Education Scotland member.",
        ));
    }
    if rules.hmi_required && !has(Affiliation::HmInspectors) {
        unmet.push(Unmet::new(
            codes::TEAM_HMI_MISSING,
            "The programme requires an HM Inspector on the team, and there is none.",
        ));
    }
    let pending = count(&|m| m.invitation == InvitationStatus::Pending);
    if pending > 0 {
        unmet.push(Unmet::new(
            codes::TEAM_INVITATION_PENDING,
            format!(
                "{} not been answered yet.",
                counted(pending, "invitation has", "invitations have")
            ),
        ));
    }
    if facts.unresolved_conflicts > 0 {
        unmet.push(Unmet::new(
            codes::TEAM_CONFLICT_UNRESOLVED,
            format!(
                "{} unresolved.",
                counted(
                    facts.unresolved_conflicts,
                    "conflict of interest is",
                    "conflicts of interest are"
                )
            ),
        ));
    }
    if rules.kind == ProgrammeKind::Quads {
        for peer in &facts.quad_peers {
            let represented = count(&|m| {
                m.affiliation == Affiliation::PeerAuthority
                    && m.authority_id == Some(peer.authority_id)
            }) > 0;
            if !represented {
                unmet.push(Unmet::new(
                    codes::TEAM_QUAD_AUTHORITY_MISSING,
                    format!(
                        "The team has no member from {}, which is in the quad.",
                        peer.name
                    ),
                ));
            }
        }
    }
}
