//! The participant survey of the demonstration's review in follow-up: its
//! survey opened a week ago, four of its invitees answered (so results
//! show), and one invitation left unanswered whose link is fixed and
//! documented ([`DEMO_SURVEY_TOKEN`]), for trying the form. No mail is
//! queued: the answered links are spent and the fixed one is known.

use super::Demo;
use anyhow::anyhow;
use domain::survey::{self as sv, Answer, CheckedResponse, OrganisationType};
use store::survey as stored;
use uuid::Uuid;

/// The token of the demonstration's unanswered survey link:
/// `/survey/5eed5eed5eed5eed5eed5eed5eed5eed`.
pub const DEMO_SURVEY_TOKEN: &str = "5eed5eed5eed5eed5eed5eed5eed5eed";

/// Answers, per respondent, cycled over the statements.
const PATTERNS: [[Answer; 4]; 4] = {
    use Answer::*;
    [
        [StronglyAgree, Agree, StronglyAgree, Agree],
        [Agree, Agree, Disagree, StronglyAgree],
        [StronglyAgree, StronglyAgree, Agree, DontKnow],
        [Agree, Disagree, Agree, Agree],
    ]
};

const COMMENTS: [Option<&str>; 4] = [
    Some("Meeting headteachers and young people together gave the team a rounded picture."),
    None,
    Some(
        "The visit timetable was tight; an extra afternoon for the team's deliberation would help.",
    ),
    None,
];

impl Demo<'_> {
    /// Opens the survey of `review_id` and answers it as four invitees.
    pub(super) async fn answered_survey(&self, review_id: Uuid) -> anyhow::Result<()> {
        let opened = self.now - chrono::Duration::weeks(1);
        let mut fixed_given = false;
        let made = api::survey::use_cases::invite_everyone(self.txn, review_id, opened, |_| {
            if fixed_given {
                api::secrets::new_token().0
            } else {
                fixed_given = true;
                DEMO_SURVEY_TOKEN.to_owned()
            }
        })
        .await
        .map_err(|e| anyhow!("demo survey: {}", e.message()))?;
        let Some((_, made)) = made else {
            return Err(anyhow!("demo survey: nobody to invite"));
        };
        if made.len() < 5 {
            return Err(anyhow!("demo survey: only {} invitees", made.len()));
        }
        let statements: Vec<(Uuid, i32)> = stored::statements_of(self.txn, self.programme.id)
            .await?
            .into_iter()
            .map(|s| (s.id, s.position))
            .collect();
        for (i, invitee) in made.iter().skip(1).take(4).enumerate() {
            let invitation =
                stored::invitation_by_token(self.txn, &api::secrets::token_hash(&invitee.token))
                    .await?
                    .ok_or_else(|| anyhow!("demo survey: an invitation vanished"))?;
            let answers: Vec<(Uuid, Answer)> = statements
                .iter()
                .enumerate()
                .map(|(j, (id, _))| (*id, PATTERNS[i][j % 4]))
                .collect();
            let checked: CheckedResponse = sv::check_response(
                &statements,
                invitation.suggested.unwrap_or(OrganisationType::Other),
                &answers,
                COMMENTS[i],
            )
            .map_err(|r| anyhow!("demo survey response: {r:?}"))?;
            stored::answer(self.txn, &invitation, &checked).await?;
        }
        Ok(())
    }
}
