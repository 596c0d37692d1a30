//! The messages Quads sends: one subject, plain-text and HTML template per
//! message in `crates/notify/templates/`, embedded in the binary and
//! rendered with minijinja (HTML autoescaped). A variable the payload lacks
//! is an error, never an empty gap in a sent message.

use chrono::{DateTime, Utc};
use minijinja::{Environment, ErrorKind, UndefinedBehavior};
use serde_json::Value;

/// Every template, by name: (subject, text, html).
const TEMPLATES: &[(&str, &str, &str, &str)] = &[
    (
        "account_invitation",
        include_str!("../templates/account_invitation.subject.txt"),
        include_str!("../templates/account_invitation.txt"),
        include_str!("../templates/account_invitation.html"),
    ),
    (
        "password_reset",
        include_str!("../templates/password_reset.subject.txt"),
        include_str!("../templates/password_reset.txt"),
        include_str!("../templates/password_reset.html"),
    ),
    (
        "review_invitation",
        include_str!("../templates/review_invitation.subject.txt"),
        include_str!("../templates/review_invitation.txt"),
        include_str!("../templates/review_invitation.html"),
    ),
    (
        "review_rescheduled",
        include_str!("../templates/review_rescheduled.subject.txt"),
        include_str!("../templates/review_rescheduled.txt"),
        include_str!("../templates/review_rescheduled.html"),
    ),
    (
        "self_evaluation_submitted",
        include_str!("../templates/self_evaluation_submitted.subject.txt"),
        include_str!("../templates/self_evaluation_submitted.txt"),
        include_str!("../templates/self_evaluation_submitted.html"),
    ),
    (
        "visit_invitation",
        include_str!("../templates/visit_invitation.subject.txt"),
        include_str!("../templates/visit_invitation.txt"),
        include_str!("../templates/visit_invitation.html"),
    ),
    (
        "visit_cancelled",
        include_str!("../templates/visit_cancelled.subject.txt"),
        include_str!("../templates/visit_cancelled.txt"),
        include_str!("../templates/visit_cancelled.html"),
    ),
    (
        "follow_up_session",
        include_str!("../templates/follow_up_session.subject.txt"),
        include_str!("../templates/follow_up_session.txt"),
        include_str!("../templates/follow_up_session.html"),
    ),
    (
        "follow_up_session_cancelled",
        include_str!("../templates/follow_up_session_cancelled.subject.txt"),
        include_str!("../templates/follow_up_session_cancelled.txt"),
        include_str!("../templates/follow_up_session_cancelled.html"),
    ),
    (
        "findings_readable",
        include_str!("../templates/findings_readable.subject.txt"),
        include_str!("../templates/findings_readable.txt"),
        include_str!("../templates/findings_readable.html"),
    ),
    (
        "visit_agenda",
        include_str!("../templates/visit_agenda.subject.txt"),
        include_str!("../templates/visit_agenda.txt"),
        include_str!("../templates/visit_agenda.html"),
    ),
    (
        "report_shared",
        include_str!("../templates/report_shared.subject.txt"),
        include_str!("../templates/report_shared.txt"),
        include_str!("../templates/report_shared.html"),
    ),
    (
        "report_comment_answered",
        include_str!("../templates/report_comment_answered.subject.txt"),
        include_str!("../templates/report_comment_answered.txt"),
        include_str!("../templates/report_comment_answered.html"),
    ),
    (
        "report_published",
        include_str!("../templates/report_published.subject.txt"),
        include_str!("../templates/report_published.txt"),
        include_str!("../templates/report_published.html"),
    ),
    (
        "reminder",
        include_str!("../templates/reminder.subject.txt"),
        include_str!("../templates/reminder.txt"),
        include_str!("../templates/reminder.html"),
    ),
    (
        "survey_invitation",
        include_str!("../templates/survey_invitation.subject.txt"),
        include_str!("../templates/survey_invitation.txt"),
        include_str!("../templates/survey_invitation.html"),
    ),
    (
        "survey_reminder",
        include_str!("../templates/survey_reminder.subject.txt"),
        include_str!("../templates/survey_reminder.txt"),
        include_str!("../templates/survey_reminder.html"),
    ),
];

/// A rendered message, before addressing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Why a message cannot be rendered. Always permanent: rendering the same
/// payload again gives the same error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    #[error("unknown template `{0}`")]
    UnknownTemplate(String),
    #[error("the payload is not a JSON object")]
    BadPayload,
    #[error("template {template}: {reason}")]
    Template { template: String, reason: String },
}

/// The templates, parsed once.
pub struct Templates {
    env: Environment<'static>,
}

impl Default for Templates {
    fn default() -> Self {
        Self::new()
    }
}

impl Templates {
    pub fn new() -> Self {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // Autoescape follows the name: `.html` escapes, `.txt` does not.
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                minijinja::AutoEscape::Html
            } else {
                minijinja::AutoEscape::None
            }
        });
        env.add_filter("long_date", long_date);
        env.add_filter("team_role", team_role);
        for (name, subject, text, html) in TEMPLATES {
            for (suffix, source) in [("subject.txt", subject), ("txt", text), ("html", html)] {
                // The sources are compiled in; a syntax error fails the
                // unit test below rather than a request.
                if let Err(e) = env.add_template_owned(format!("{name}.{suffix}"), *source) {
                    tracing::error!(template = name, error = %e, "a built-in template does not parse");
                }
            }
        }
        Self { env }
    }

    /// The names of every template.
    pub fn names() -> impl Iterator<Item = &'static str> {
        TEMPLATES.iter().map(|t| t.0)
    }

    /// Renders `template` with the variables in `payload` (a JSON object).
    pub fn render(&self, template: &str, payload: &Value) -> Result<Rendered, RenderError> {
        if !payload.is_object() {
            return Err(RenderError::BadPayload);
        }
        let one = |suffix: &str| -> Result<String, RenderError> {
            let name = format!("{template}.{suffix}");
            let tmpl = self.env.get_template(&name).map_err(|e| match e.kind() {
                ErrorKind::TemplateNotFound => RenderError::UnknownTemplate(template.to_string()),
                _ => RenderError::Template {
                    template: template.to_string(),
                    reason: e.to_string(),
                },
            })?;
            tmpl.render(payload).map_err(|e| RenderError::Template {
                template: template.to_string(),
                reason: describe(&e),
            })
        };
        Ok(Rendered {
            subject: one("subject.txt")?.trim().to_string(),
            text: one("txt")?,
            html: one("html")?,
        })
    }

    /// The subject line alone, for listings; a message that cannot render
    /// shows why instead.
    pub fn subject(&self, template: &str, payload_json: &str) -> String {
        let payload = serde_json::from_str::<Value>(payload_json).unwrap_or(Value::Null);
        match self.render(template, &payload) {
            Ok(r) => r.subject,
            Err(e) => format!("({e})"),
        }
    }
}

/// A minijinja error with its cause, on one line.
fn describe(e: &minijinja::Error) -> String {
    let mut text = e.to_string();
    if let Some(detail) = e.detail() {
        if !text.contains(detail) {
            text = format!("{text}: {detail}");
        }
    }
    text.replace('\n', " ")
}

/// `2026-12-01T17:00:00Z` as "1 December 2026 at 17:00" in UK time.
fn long_date(value: String) -> Result<String, minijinja::Error> {
    let at = DateTime::parse_from_rfc3339(&value).map_err(|e| {
        minijinja::Error::new(
            ErrorKind::InvalidOperation,
            format!("`{value}` is not an RFC 3339 time ({e})"),
        )
    })?;
    let local = at
        .with_timezone(&Utc)
        .with_timezone(&chrono_tz::Europe::London);
    Ok(local.format("%-d %B %Y at %H:%M").to_string())
}

/// A team role code as words after "as": `LEAD` is "the team lead",
/// `MEMBER` "a member". Anything else (a payload written before roles were
/// codes) is shown as it is.
fn team_role(value: String) -> String {
    match value.as_str() {
        "LEAD" => "the team lead".into(),
        "MEMBER" => "a member".into(),
        _ => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn invitation() -> Value {
        json!({
            "name": "Ailsa <Ross>",
            "inviter_name": "Morag Bell",
            "organisation": "Fife Council",
            "link": "https://quads.example/invite?t=abc&x=1",
            "expires_at": "2026-12-01T17:00:00Z",
        })
    }

    #[test]
    fn a_visit_agenda_lists_its_lines_and_names_the_team_without_contact_details() {
        let r = Templates::new()
            .render(
                "visit_agenda",
                &json!({
                    "name": "Ann Smith",
                    "host": "City of Edinburgh",
                    "lines": ["Monday 6 January 2025", "  08:30–10:00 Meeting with officers"],
                    "team": ["Rhona Peer (Aberdeen City Council)"],
                }),
            )
            .unwrap();
        assert!(
            r.text
                .contains("Monday 6 January 2025\n  08:30–10:00 Meeting with officers"),
            "{}",
            r.text
        );
        assert!(
            r.html.contains("Rhona Peer (Aberdeen City Council)"),
            "{}",
            r.html
        );
        assert_eq!(
            r.subject,
            "The agenda of the peer review visit to City of Edinburgh"
        );
    }

    #[test]
    fn every_built_in_template_parses() {
        let t = Templates::new();
        for name in Templates::names() {
            for suffix in ["subject.txt", "txt", "html"] {
                assert!(
                    t.env.get_template(&format!("{name}.{suffix}")).is_ok(),
                    "{name}.{suffix}"
                );
            }
        }
    }

    #[test]
    fn an_invitation_renders_escaped_html_and_plain_text() {
        let r = Templates::new()
            .render("account_invitation", &invitation())
            .unwrap();
        assert_eq!(r.subject, "You're invited to Quads");
        assert!(r.text.contains("Hello Ailsa <Ross>,"), "{}", r.text);
        assert!(r.text.contains("https://quads.example/invite?t=abc&x=1"));
        assert!(r.text.contains("1 December 2026 at 17:00"));
        assert!(r.html.contains("Hello Ailsa &lt;Ross&gt;,"), "{}", r.html);
        assert!(r.html.contains("t=abc&amp;x=1"), "{}", r.html);
    }

    #[test]
    fn a_missing_variable_is_an_error_naming_the_template() {
        let mut payload = invitation();
        payload.as_object_mut().unwrap().remove("link");
        let err = Templates::new()
            .render("account_invitation", &payload)
            .unwrap_err();
        assert!(matches!(err, RenderError::Template { .. }), "{err}");
        assert!(err.to_string().contains("account_invitation"), "{err}");
    }

    #[test]
    fn a_completed_visit_tells_the_host_lead_the_agreed_findings_can_be_read() {
        let r = Templates::new()
            .render(
                "findings_readable",
                &json!({
                    "name": "Hazel Host",
                    "host": "Dumfries & Galloway",
                    "link": "https://quads.example/reviews/r1/findings",
                }),
            )
            .unwrap();
        assert_eq!(
            r.subject,
            "The review team's agreed findings for Dumfries & Galloway can now be read"
        );
        assert!(r.text.contains("https://quads.example/reviews/r1/findings"));
        assert!(r.html.contains("Dumfries &amp; Galloway"), "{}", r.html);
    }

    #[test]
    fn a_submitted_self_evaluation_tells_the_team_it_is_ready_to_read() {
        let r = Templates::new()
            .render(
                "self_evaluation_submitted",
                &json!({
                    "name": "Rhona Reviewer",
                    "host": "Dumfries & Galloway",
                    "programme": "Quads 2024-25",
                    "link": "https://quads.example/reviews/r1",
                }),
            )
            .unwrap();
        assert_eq!(
            r.subject,
            "The self-evaluation of Dumfries & Galloway is ready to read"
        );
        assert!(r.text.contains("ready for the team to read"), "{}", r.text);
        assert!(r.text.contains("https://quads.example/reviews/r1"));
        assert!(r.html.contains("Dumfries &amp; Galloway"), "{}", r.html);
    }

    #[test]
    fn a_reschedule_notice_says_where_the_review_moved_and_why() {
        let r = Templates::new()
            .render(
                "review_rescheduled",
                &json!({
                    "name": "Rhona Reviewer",
                    "host": "City of Edinburgh",
                    "programme": "Quads 2024-25",
                    "from_month": "October 2025",
                    "from_phase": 1,
                    "to_month": "February 2026",
                    "to_phase": 1,
                    "reason": "The <budget> meeting moved",
                    "link": "https://quads.example/reviews/r1",
                }),
            )
            .unwrap();
        assert_eq!(
            r.subject,
            "The review of City of Edinburgh has moved to February 2026"
        );
        assert!(
            r.text
                .contains("moves from October 2025 (phase 1) to February 2026 (phase 1)"),
            "{}",
            r.text
        );
        assert!(r.text.contains("The <budget> meeting moved"), "{}", r.text);
        assert!(
            r.html.contains("The &lt;budget&gt; meeting moved"),
            "{}",
            r.html
        );
        assert!(r.html.contains(">See the review</a>"), "{}", r.html);
    }

    #[test]
    fn a_reminder_says_why_it_was_sent_and_links_to_the_setting() {
        let payload = json!({
            "name": "Ann",
            "title": "Visit starting soon",
            "review": "Highland Council",
            "why": "The visit starts on Monday 14 June 2027.",
            "essential": false,
            "link": "https://quads.example/reviews/1",
            "settings_link": "https://quads.example/me/reminders",
        });
        let r = Templates::new().render("reminder", &payload).unwrap();
        assert_eq!(
            r.subject,
            "Reminder: Visit starting soon (Highland Council)"
        );
        for body in [&r.text, &r.html] {
            assert!(body.contains("Why you are receiving this: The visit starts"));
        }
        assert!(r.text.contains("https://quads.example/me/reminders"));
        // HTML escapes the slashes of the link.
        assert!(r.html.contains("me&#x2f;reminders"), "{}", r.html);
        assert!(r.text.contains("turn this kind of reminder off"));
    }

    #[test]
    fn an_action_reminder_names_the_action_and_one_queued_before_names_none() {
        let mut payload = json!({
            "name": "Ann",
            "title": "Action due soon",
            "review": "Highland Council",
            "why": "You own an action of this review's follow-up.",
            "about": "Moderate writing <P5-P7>",
            "essential": false,
            "link": "https://quads.example/reviews/1/follow-up",
            "settings_link": "https://quads.example/me/reminders",
        });
        let r = Templates::new().render("reminder", &payload).unwrap();
        assert!(
            r.text
                .contains("\n\nThe action: Moderate writing <P5-P7>\n\nWhy"),
            "{}",
            r.text
        );
        assert!(r
            .html
            .contains("The action: Moderate writing &lt;P5-P7&gt;"));
        // A reminder about no action, and one queued before reminders
        // named actions, say nothing of one.
        payload["about"] = json!("");
        let r = Templates::new().render("reminder", &payload).unwrap();
        assert!(!r.text.contains("The action"), "{}", r.text);
        assert!(r.text.contains("Highland Council.\n\nWhy"), "{}", r.text);
        payload.as_object_mut().unwrap().remove("about");
        let r = Templates::new().render("reminder", &payload).unwrap();
        assert!(!r.text.contains("The action"), "{}", r.text);
    }

    #[test]
    fn an_unknown_template_is_an_error() {
        assert_eq!(
            Templates::new().render("no_such", &json!({})),
            Err(RenderError::UnknownTemplate("no_such".into()))
        );
    }

    #[test]
    fn a_password_reset_says_how_long_the_link_works() {
        let r = Templates::new()
            .render(
                "password_reset",
                &json!({"name": "Ian", "link": "https://q/r", "expires_in_minutes": 30}),
            )
            .unwrap();
        assert_eq!(r.subject, "Reset your Quads password");
        assert!(r.text.contains("for 30 minutes"));
    }

    #[test]
    fn a_review_invitation_lists_the_pre_reading_for_first_time_participants() {
        let payload = json!({
            "name": "Iain", "review_title": "Fife: Support for school improvement", "host": "Fife",
            "role": "a team member", "link": "https://quads.example/invitations/abc",
            "materials": [{ "title": "The review process", "url": "https://quads.example/m/1" }],
        });
        let r = Templates::new()
            .render("review_invitation", &payload)
            .unwrap();
        assert_eq!(
            r.subject,
            "You're invited to join the review team for Fife: Support for school improvement"
        );
        assert!(
            r.text
                .contains("- The review process: https://quads.example/m/1"),
            "{}",
            r.text
        );
        assert!(r.html.contains("<li><a href="), "{}", r.html);

        let mut returning = payload.clone();
        returning["materials"] = json!([]);
        let r = Templates::new()
            .render("review_invitation", &returning)
            .unwrap();
        assert!(!r.text.contains("Before the review"));
    }

    fn review_invitation(role: &str) -> Value {
        json!({
            "name": "Iain", "review_title": "Quads 2024-25: Fife (2025-01)", "host": "Fife",
            "role": role, "link": "https://quads.example/reviews/1", "materials": [],
        })
    }

    #[test]
    fn a_review_invitation_names_the_role_in_words() {
        let t = Templates::new();
        let lead = t
            .render("review_invitation", &review_invitation("LEAD"))
            .unwrap();
        assert!(
            lead.text.contains("hosted by Fife, as the team lead."),
            "{}",
            lead.text
        );
        assert!(lead.html.contains("as the team lead."), "{}", lead.html);
        let member = t
            .render("review_invitation", &review_invitation("MEMBER"))
            .unwrap();
        assert!(member.text.contains("as a member."), "{}", member.text);
        assert!(!member.text.contains("MEMBER"), "{}", member.text);
    }

    #[test]
    fn a_review_invitation_to_someone_without_a_password_carries_the_set_up_link() {
        let t = Templates::new();
        let mut payload = review_invitation("MEMBER");
        payload["setup_link"] = json!("https://quads.example/invitation/tok?a=1&b=2");
        let r = t.render("review_invitation", &payload).unwrap();
        assert!(
            r.text.contains(
                "(it works for 7 days):\n\nhttps://quads.example/invitation/tok?a=1&b=2\n"
            ),
            "{}",
            r.text
        );
        assert!(
            r.html.contains("tok?a=1&amp;b=2\">Set up your account</a>"),
            "{}",
            r.html
        );
        // Messages queued before the link existed, or to people who have a
        // password, say nothing about setting one.
        let without = t
            .render("review_invitation", &review_invitation("MEMBER"))
            .unwrap();
        assert!(!without.text.contains("password"), "{}", without.text);
        payload["setup_link"] = Value::Null;
        let null = t.render("review_invitation", &payload).unwrap();
        assert!(!null.text.contains("password"), "{}", null.text);
    }
}
