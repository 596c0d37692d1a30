//! Comparing self-evaluations: a quad's side by side and the national
//! distribution. Rights first (someone who may not compare learns nothing
//! about the quad's self-evaluations), then a fixed number of statements
//! whatever the number of reviews: the quad, the viewer's team place, the
//! submitted self-evaluations, the framework, the grades, the names.

use crate::auth::SessionUser;
use crate::error::{ApiError, ApiResult};
use crate::reference::Framework;
use crate::self_evaluation::quad::{
    GradeCount, IndicatorDistribution, NationalDistribution, QuadComparison,
    QuadComparisonAuthority, QuadComparisonIndicator, QuadGrade,
};
use crate::ApiContext;
use domain::identity::Role;
use domain::quad_comparison::{self as qc, NationalVisibility, Submitted, Viewer};
use domain::text::{Text, LOOKUP_KEY};
use std::collections::HashMap;
use store::submitted_grades as grades;
use uuid::Uuid;

fn viewer(user: &SessionUser) -> Viewer {
    Viewer {
        authority_id: user.authority_id(),
        oversees: user.has(Role::ProgrammeOfficer) || user.has(Role::Admin),
    }
}

/// The four authorities' submitted grades per indicator, side by side.
pub async fn quad_comparison(
    app: &ApiContext,
    user: &SessionUser,
    quad_id: Uuid,
) -> ApiResult<QuadComparison> {
    let db = app.store.conn();
    let quad = store::programme::quad(db, quad_id).await?;
    let viewer = viewer(user);
    let allowed = qc::may_compare(&viewer, &quad.members, false)
        || grades::on_a_quad_review_team(db, quad.id, user.id()).await?;
    if !allowed {
        return Err(ApiError::Forbidden(qc::NOT_YOUR_QUAD.into()));
    }
    let submitted: Vec<Submitted> = grades::in_quad(db, quad.id)
        .await?
        .into_iter()
        .filter(|s| quad.members.contains(&s.authority_id))
        .collect();
    let latest = qc::latest_per_authority(&submitted);
    let key = qc::comparison_framework(&latest);
    let framework = match &key {
        Some((id, version)) => Some(store::reference::framework(db, id, Some(*version)).await?),
        None => None,
    };
    let compared: Vec<Uuid> = latest
        .iter()
        .filter(|s| key.as_ref() == Some(&s.framework))
        .map(|s| s.id)
        .collect();
    let given = grades::grades_of(db, &compared).await?;
    let mut members = store::reference::organisations_by_ids(db, &quad.members).await?;
    members.sort_by(|a, b| a.name.cmp(&b.name));
    let authorities: Vec<QuadComparisonAuthority> = members
        .iter()
        .map(|m| {
            let own = latest.iter().find(|s| s.authority_id == m.id);
            QuadComparisonAuthority {
                authority_id: m.id,
                name: m.name.clone(),
                review_id: own.map(|s| s.review_id),
                submitted_at: own.map(|s| s.submitted_at),
                framework_version: own.map(|s| s.framework.1),
                compared: own.is_some_and(|s| compared.contains(&s.id)),
            }
        })
        .collect();
    let by_authority: HashMap<Uuid, Uuid> = latest
        .iter()
        .filter(|s| compared.contains(&s.id))
        .map(|s| (s.authority_id, s.id))
        .collect();
    let grade = |authority: Uuid, number: &str| -> Option<i32> {
        let se = by_authority.get(&authority)?;
        given
            .iter()
            .find(|(id, n, _)| id == se && n == number)
            .map(|(_, _, g)| i32::from(*g))
    };
    let indicators = framework
        .iter()
        .flat_map(|f| f.key_areas.iter())
        .flat_map(|area| area.quality_indicators.iter().map(move |qi| (area, qi)))
        .map(|(area, qi)| QuadComparisonIndicator {
            key_area_number: area.number.clone(),
            key_area_title: area.title.clone(),
            number: qi.number.clone(),
            title: qi.title.clone(),
            grades: authorities
                .iter()
                .map(|a| QuadGrade {
                    authority_id: a.authority_id,
                    grade: grade(a.authority_id, &qi.number),
                })
                .collect(),
        })
        .collect();
    Ok(QuadComparison {
        quad_id: quad.id,
        name: quad.name,
        session: quad.session,
        framework: framework.map(Framework),
        authorities,
        indicators,
    })
}

/// How many authorities gave each grade to each indicator of one framework
/// version, or why that is hidden from this viewer.
pub async fn national_distribution(
    app: &ApiContext,
    user: &SessionUser,
    framework_id: &str,
    version: i32,
) -> ApiResult<NationalDistribution> {
    Text {
        field: "frameworkId",
        ..LOOKUP_KEY
    }
    .check(framework_id)?;
    let db = app.store.conn();
    let framework = store::reference::framework(db, framework_id, Some(version)).await?;
    let submitted = grades::on_framework(db, &framework.id, framework.version).await?;
    let latest = qc::latest_per_authority(&submitted);
    let counted: Vec<Uuid> = latest.iter().map(|s| s.authority_id).collect();
    let known = grades::known_to(db, user.authority_id(), user.id()).await?;
    if let NationalVisibility::Hidden(reason) = qc::national_visibility(&counted, &known) {
        return Ok(NationalDistribution {
            framework: Framework(framework),
            hidden: true,
            reason: Some(reason),
            authorities: None,
            indicators: Vec::new(),
        });
    }
    let ids: Vec<Uuid> = latest.iter().map(|s| s.id).collect();
    let given = grades::grades_of(db, &ids).await?;
    let label = |grade: u8| {
        framework
            .scale
            .iter()
            .find(|l| l.level == grade)
            .map(|l| l.label.clone())
            .unwrap_or_default()
    };
    let title = |number: &str| {
        framework
            .indicators()
            .find(|qi| qi.number == number)
            .map(|qi| qi.title.clone())
            .unwrap_or_default()
    };
    let indicators = qc::distribution(&framework, &ids, &given)
        .into_iter()
        .map(|d| IndicatorDistribution {
            title: title(&d.number),
            counts: d
                .counts
                .iter()
                .map(|c| GradeCount {
                    grade: i32::from(c.grade),
                    label: label(c.grade),
                    authorities: c.authorities as i32,
                })
                .collect(),
            ungraded: d.ungraded as i32,
            number: d.number,
        })
        .collect();
    Ok(NationalDistribution {
        framework: Framework(framework),
        hidden: false,
        reason: None,
        authorities: Some(counted.len() as i32),
        indicators,
    })
}
