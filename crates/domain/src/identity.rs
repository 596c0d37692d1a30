//! People and access: roles, validated email addresses and passwords and
//! session lifetimes. Sign-in throttling is in [`crate::throttle`].

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A global role. Rights on a particular review come from team membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    Admin,
    ProgrammeOfficer,
    AuthorityUser,
    Reviewer,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Admin,
        Role::ProgrammeOfficer,
        Role::AuthorityUser,
        Role::Reviewer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "ADMIN",
            Self::ProgrammeOfficer => "PROGRAMME_OFFICER",
            Self::AuthorityUser => "AUTHORITY_USER",
            Self::Reviewer => "REVIEWER",
        }
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                format!("`{s}` is not a role (ADMIN, PROGRAMME_OFFICER, AUTHORITY_USER, REVIEWER)")
            })
    }
}

/// An email address, trimmed and lower-cased so one person has one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// A bare address (`name@example.gov.scot`), parsed by RFC 5322's
    /// grammar (the `email_address` crate): no display name, no angle
    /// brackets, no quoted local part, no domain literal, a domain with at
    /// least two labels. Anything else could be read by a mail library as a
    /// different recipient.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let bad = || {
            "Enter an email address in the correct format, like name@example.gov.scot".to_string()
        };
        let email = raw.trim().to_lowercase();
        crate::text::EMAIL.check(&email).map_err(|(_, m)| m)?;
        let options = email_address::Options::default()
            .without_display_text()
            .without_domain_literal()
            .with_required_tld();
        let parsed =
            email_address::EmailAddress::parse_with_options(&email, options).map_err(|_| bad())?;
        // The crate accepts quoted local parts (`"a b"@x.y`); Quads does not.
        let plain = parsed.email() == email
            && !email.contains(['"', '<', '>', '(', ')', ',', ';', ':', '\\', '[', ']'])
            && !email.contains(char::is_whitespace);
        if plain {
            Ok(Self(email))
        } else {
            Err(bad())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's name as shown to others.
pub fn parse_name(raw: &str) -> Result<String, String> {
    if raw.trim().is_empty() {
        return Err("Enter the person's name".into());
    }
    crate::text::PERSON_NAME
        .parse_collapsed(raw)
        .map_err(|(_, m)| m)
}

pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_CHARS: usize = 128;

/// A new password: long enough to resist guessing (NCSC: length over
/// composition rules), not absurdly long, and not the email address.
pub fn check_new_password(password: &str, email: &str) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err(format!(
            "Password must be {PASSWORD_MIN_CHARS} characters or more"
        ));
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(format!(
            "Password must be {PASSWORD_MAX_CHARS} characters or fewer"
        ));
    }
    if password.trim().eq_ignore_ascii_case(email.trim()) {
        return Err("Password must not be your email address".into());
    }
    let first = password.chars().next();
    if password.chars().all(|c| Some(c) == first) {
        return Err("Password must not be one character repeated".into());
    }
    Ok(())
}

/// How long a session lasts.
#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    /// A session unused for this long ends.
    pub idle: Duration,
    /// A session ends this long after sign-in, however busy.
    pub absolute: Duration,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self {
            idle: Duration::hours(2),
            absolute: Duration::hours(12),
        }
    }
}

impl SessionPolicy {
    pub fn is_live(
        &self,
        last_seen: DateTime<Utc>,
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> bool {
        now < expires_at && now - last_seen < self.idle
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_trimmed_and_lower_cased() {
        assert_eq!(
            EmailAddress::parse("  Ann.Smith@Edinburgh.GOV.uk ")
                .unwrap()
                .as_str(),
            "ann.smith@edinburgh.gov.uk"
        );
    }

    #[test]
    fn malformed_email_addresses_are_refused() {
        for bad in [
            "",
            "ann",
            "ann@",
            "@x.org",
            "ann@x",
            "a b@x.org",
            "ann@.org",
            "ann@x.org.",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn addresses_a_mailer_could_read_as_another_recipient_are_refused() {
        for bad in [
            "x<other@evil.example>",
            "\"admin\"<x@evil.example>",
            "Admin <x@evil.example>",
            "\"a b\"@example.org",
            "a@[127.0.0.1]",
            "a@example.org, b@evil.example",
            "a(comment)@example.org",
            "a\0@example.org",
            "a@exa\nmple.org",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert!(EmailAddress::parse(&long).is_err());
        for good in ["o'brien@example.org", "first.last+tag@sub.example.gov.uk"] {
            assert!(EmailAddress::parse(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn roles_parse_whatever_their_case_and_unknown_roles_are_named() {
        assert_eq!(
            "programme_officer".parse::<Role>().unwrap(),
            Role::ProgrammeOfficer
        );
        assert!("SUPERUSER"
            .parse::<Role>()
            .unwrap_err()
            .contains("SUPERUSER"));
    }

    #[test]
    fn short_repeated_or_email_passwords_are_refused_and_a_long_one_accepted() {
        assert!(check_new_password("short", "a@x.org").is_err());
        assert!(check_new_password("aaaaaaaaaaaaaaa", "a@x.org").is_err());
        assert!(check_new_password("ann@example.org", "ann@example.org").is_err());
        assert!(check_new_password(&"x".repeat(129), "a@x.org").is_err());
        assert!(check_new_password("correct horse battery", "a@x.org").is_ok());
    }

    #[test]
    fn a_session_ends_when_idle_or_past_its_absolute_expiry() {
        let p = SessionPolicy::default();
        let now = Utc::now();
        assert!(p.is_live(now - Duration::minutes(5), now + Duration::hours(1), now));
        assert!(!p.is_live(now - Duration::hours(3), now + Duration::hours(1), now));
        assert!(!p.is_live(now, now - Duration::seconds(1), now));
    }
}

/// A person with an account, as the rest of Quads sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: uuid::Uuid,
    pub email: String,
    pub name: String,
    pub organisation_id: uuid::Uuid,
    pub roles: Vec<Role>,
    /// Lead (Director or Head of Service) of their authority.
    pub lead: bool,
    pub active: bool,
    /// False until an invitation is accepted.
    pub has_password: bool,
    pub created_at: DateTime<Utc>,
    pub last_sign_in_at: Option<DateTime<Utc>>,
}

impl User {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// Checks a set of roles for a person of an organisation: at least one
/// role; authority users belong to an authority; only an authority user can
/// be its lead. Returns the field at fault and a sentence.
pub fn check_roles(
    roles: &[Role],
    lead: bool,
    organisation: crate::OrganisationKind,
) -> Result<(), (&'static str, String)> {
    if roles.is_empty() {
        return Err(("roles", "Choose at least one role".into()));
    }
    let local = organisation == crate::OrganisationKind::LocalAuthority;
    if roles.contains(&Role::AuthorityUser) && !local {
        return Err((
            "organisationId",
            "An authority user must belong to a local authority".into(),
        ));
    }
    if lead && !roles.contains(&Role::AuthorityUser) {
        return Err((
            "lead",
            "Only an authority user can be their authority's lead".into(),
        ));
    }
    Ok(())
}

/// The role a person invited straight onto a review team gets when they
/// have no account yet: an authority's officer is an authority user (never
/// its lead: that is an administrator's decision), anyone else a reviewer.
pub fn roles_for_invited_team_member(organisation: crate::OrganisationKind) -> Vec<Role> {
    if organisation == crate::OrganisationKind::LocalAuthority {
        vec![Role::AuthorityUser]
    } else {
        vec![Role::Reviewer]
    }
}

/// Whether someone with `inviter` roles may invite a person with `roles`:
/// administrators invite anyone; programme officers invite people joining a
/// review (reviewers and authority users who are not leads).
pub fn may_invite(inviter: &[Role], roles: &[Role], lead: bool) -> bool {
    if inviter.contains(&Role::Admin) {
        return true;
    }
    inviter.contains(&Role::ProgrammeOfficer)
        && !lead
        && roles
            .iter()
            .all(|r| matches!(r, Role::Reviewer | Role::AuthorityUser))
}

/// Whether someone with `inviter` roles may send a new invitation link to
/// the pending account `invitee`: administrators to anyone; programme
/// officers only to people they could have invited themselves (never an
/// administrator, officer or lead) and only when they invited them or the
/// person is on a review team.
pub fn may_resend_invitation(
    inviter: &[Role],
    invitee: &User,
    invited_by_inviter: bool,
    on_a_review_team: bool,
) -> bool {
    if inviter.contains(&Role::Admin) {
        return true;
    }
    inviter.contains(&Role::ProgrammeOfficer)
        && may_invite(inviter, &invitee.roles, invitee.lead)
        && (invited_by_inviter || on_a_review_team)
}

/// The organisations review team members come from (domain.md, "Who is who
/// on a review"): authorities (host and peer), ADES, Education Scotland, HM
/// Inspectors and partner organisations.
pub const TEAM_ORGANISATION_KINDS: [crate::OrganisationKind; 5] = [
    crate::OrganisationKind::LocalAuthority,
    crate::OrganisationKind::Ades,
    crate::OrganisationKind::EducationScotland,
    crate::OrganisationKind::HmInspectors,
    crate::OrganisationKind::Partner,
];

/// Whether a programme officer finds this person when searching for team
/// members: anyone from a team organisation whose account is active
/// (invitation pending or not), leads included, but never an administrator.
pub fn is_team_candidate(user: &User, organisation: crate::OrganisationKind) -> bool {
    user.active && !user.has(Role::Admin) && TEAM_ORGANISATION_KINDS.contains(&organisation)
}

#[cfg(test)]
mod role_rules {
    use super::*;
    use crate::OrganisationKind;

    #[test]
    fn an_authority_user_outside_an_authority_is_refused_naming_the_organisation() {
        let err = check_roles(&[Role::AuthorityUser], false, OrganisationKind::Ades).unwrap_err();
        assert_eq!(err.0, "organisationId");
    }

    #[test]
    fn a_lead_must_be_an_authority_user_and_someone_needs_a_role() {
        assert_eq!(
            check_roles(&[Role::Reviewer], true, OrganisationKind::LocalAuthority)
                .unwrap_err()
                .0,
            "lead"
        );
        assert_eq!(
            check_roles(&[], false, OrganisationKind::Ades)
                .unwrap_err()
                .0,
            "roles"
        );
        assert!(check_roles(
            &[Role::AuthorityUser],
            true,
            OrganisationKind::LocalAuthority
        )
        .is_ok());
    }

    #[test]
    fn a_team_invitee_without_an_account_is_an_authority_user_at_an_authority_and_a_reviewer_elsewhere(
    ) {
        assert_eq!(
            roles_for_invited_team_member(OrganisationKind::LocalAuthority),
            [Role::AuthorityUser]
        );
        for kind in [
            OrganisationKind::Ades,
            OrganisationKind::EducationScotland,
            OrganisationKind::HmInspectors,
            OrganisationKind::Partner,
        ] {
            assert_eq!(roles_for_invited_team_member(kind), [Role::Reviewer]);
        }
    }

    #[test]
    fn programme_officers_invite_reviewers_and_authority_users_but_not_leads_or_officers() {
        let po = [Role::ProgrammeOfficer];
        assert!(may_invite(&po, &[Role::Reviewer], false));
        assert!(may_invite(&po, &[Role::AuthorityUser], false));
        assert!(!may_invite(&po, &[Role::AuthorityUser], true));
        assert!(!may_invite(&po, &[Role::ProgrammeOfficer], false));
        assert!(!may_invite(&po, &[Role::Admin], false));
        assert!(!may_invite(&[Role::Reviewer], &[Role::Reviewer], false));
        assert!(may_invite(&[Role::Admin], &[Role::Admin], false));
    }

    fn person(roles: &[Role], lead: bool, active: bool) -> User {
        User {
            id: uuid::Uuid::nil(),
            email: "p@example.org".into(),
            name: "P".into(),
            organisation_id: uuid::Uuid::nil(),
            roles: roles.to_vec(),
            lead,
            active,
            has_password: false,
            created_at: chrono::Utc::now(),
            last_sign_in_at: None,
        }
    }

    #[test]
    fn an_officer_resends_only_to_people_they_invited_or_on_a_team_and_never_to_an_administrator() {
        let po = [Role::ProgrammeOfficer];
        let reviewer = person(&[Role::Reviewer], false, true);
        assert!(may_resend_invitation(&po, &reviewer, true, false));
        assert!(may_resend_invitation(&po, &reviewer, false, true));
        assert!(!may_resend_invitation(&po, &reviewer, false, false));
        let admin = person(&[Role::Admin], false, true);
        assert!(!may_resend_invitation(&po, &admin, true, true));
        let lead = person(&[Role::AuthorityUser], true, true);
        assert!(!may_resend_invitation(&po, &lead, true, true));
        assert!(may_resend_invitation(&[Role::Admin], &admin, false, false));
        assert!(!may_resend_invitation(
            &[Role::Reviewer],
            &reviewer,
            true,
            true
        ));
    }

    #[test]
    fn officers_find_active_non_administrators_of_team_organisations_leads_included() {
        use OrganisationKind::*;
        let lead = person(&[Role::AuthorityUser], true, true);
        assert!(is_team_candidate(&lead, LocalAuthority));
        for kind in [Ades, EducationScotland, HmInspectors] {
            assert!(is_team_candidate(
                &person(&[Role::Reviewer], false, true),
                kind
            ));
        }
        assert!(!is_team_candidate(
            &person(&[Role::Admin, Role::Reviewer], false, true),
            Ades
        ));
        assert!(!is_team_candidate(
            &person(&[Role::Reviewer], false, false),
            Ades
        ));
    }
}
