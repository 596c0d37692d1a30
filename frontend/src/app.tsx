import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLayout } from './components/page-layout';
import { RequireAuth } from './components/require-auth';
import { AccessibilityPage } from './pages/accessibility-page';
import { AdminOutboxPage } from './pages/admin-outbox-page';
import { AdminUserPage } from './pages/admin-user-page';
import { AdminUsersPage } from './pages/admin-users-page';
import { AuthoritiesPage } from './pages/authorities-page';
import { AuthorityPage } from './pages/authority-page';
import { ChangePasswordPage } from './pages/change-password-page';
import { ForgotPasswordPage } from './pages/forgot-password-page';
import { FrameworkPage } from './pages/framework-page';
import { FrameworksPage } from './pages/frameworks-page';
import { HomePage } from './pages/home-page';
import { InvitationPage } from './pages/invitation-page';
import { InviteUserPage } from './pages/invite-user-page';
import { NotFoundPage } from './pages/not-found-page';
import { PrivacyPage } from './pages/privacy-page';
import { ResetPasswordPage } from './pages/reset-password-page';
import { SignInPage } from './pages/sign-in-page';

const ReviewPage = lazy(() => import('./pages/review/review-page').then((m) => ({ default: m.ReviewPage })));

function Loading() {
  return (
    <main className="ds_layout ds_layout--article" id="main-content" tabIndex={-1}>
      <div className="ds_layout__content">
        <p role="status">Loading…</p>
      </div>
    </main>
  );
}

// Programme pages load on first use (the first-load budget).
const ProgrammesPage = lazy(() => import('./pages/programmes-page').then((m) => ({ default: m.ProgrammesPage })));
const ProgrammePage = lazy(() => import('./pages/programme-page').then((m) => ({ default: m.ProgrammePage })));
const ProgrammeSettingsPage = lazy(() =>
  import('./pages/programme-settings-page').then((m) => ({ default: m.ProgrammeSettingsPage })),
);
const NewProgrammePage = lazy(() =>
  import('./pages/programme-settings-page').then((m) => ({ default: m.NewProgrammePage })),
);
const ProgrammeRemindersPage = lazy(() =>
  import('./pages/programme-reminders-page').then((m) => ({ default: m.ProgrammeRemindersPage })),
);
const MyRemindersPage = lazy(() => import('./pages/my-reminders-page').then((m) => ({ default: m.MyRemindersPage })));
const ScheduleReviewPage = lazy(() =>
  import('./pages/schedule-review-page').then((m) => ({ default: m.ScheduleReviewPage })),
);
const BlackoutDatesPage = lazy(() =>
  import('./pages/visit/blackout-dates-page').then((m) => ({ default: m.BlackoutDatesPage })),
);
const AgendaPage = lazy(() => import('./pages/visit/agenda-page').then((m) => ({ default: m.AgendaPage })));
const QuadsPage = lazy(() => import('./pages/quads-page').then((m) => ({ default: m.QuadsPage })));
// Comparing and printing self-evaluations (pages/self-evaluation/).
const QuadComparisonPage = lazy(() =>
  import('./pages/self-evaluation/quad-comparison-page').then((m) => ({ default: m.QuadComparisonPage })),
);
const NationalDistributionPage = lazy(() =>
  import('./pages/self-evaluation/national-distribution').then((m) => ({ default: m.NationalDistributionPage })),
);
const SelfEvaluationPrintPage = lazy(() =>
  import('./pages/self-evaluation/print-page').then((m) => ({ default: m.SelfEvaluationPrintPage })),
);

// The public index of reports and the public report page (pages/report/).
const PublishedReportsPage = lazy(() =>
  import('./pages/report/published-reports-page').then((m) => ({ default: m.PublishedReportsPage })),
);
const PublicReportPage = lazy(() =>
  import('./pages/report/public-report-page').then((m) => ({ default: m.PublicReportPage })),
);

// The participant survey (pages/survey/): the form behind the emailed link,
// the results and the programme's statements.
const SurveyFormPage = lazy(() => import('./pages/survey/survey-form-page').then((m) => ({ default: m.SurveyFormPage })));
const SurveyAnsweredPage = lazy(() =>
  import('./pages/survey/survey-form-page').then((m) => ({ default: m.SurveyAnsweredPage })),
);
const SurveyResultsPage = lazy(() =>
  import('./pages/survey/survey-results-page').then((m) => ({ default: m.SurveyResultsPage })),
);
const SurveyStatementsPage = lazy(() =>
  import('./pages/survey/survey-statements-page').then((m) => ({ default: m.SurveyStatementsPage })),
);
// Programme insight and open data (pages/insight/).
const DashboardPage = lazy(() => import('./pages/insight/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const NetworkPage = lazy(() => import('./pages/insight/network-page').then((m) => ({ default: m.NetworkPage })));
const ThemesPage = lazy(() => import('./pages/insight/themes-page').then((m) => ({ default: m.ThemesPage })));
const OpenDataPage = lazy(() => import('./pages/insight/open-data-page').then((m) => ({ default: m.OpenDataPage })));

const OFFICERS = ['PROGRAMME_OFFICER'] as const;

export function AppRoutes() {
  return (
    <PageLayout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route path="/survey/answered" element={<Suspense fallback={<Loading />}><SurveyAnsweredPage /></Suspense>} />
        <Route path="/survey/:token" element={<Suspense fallback={<Loading />}><SurveyFormPage /></Suspense>} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
        <Route
          path="/account/password"
          element={
            <RequireAuth>
              <ChangePasswordPage />
            </RequireAuth>
          }
        />
        <Route
          path="/me/reminders"
          element={
            <RequireAuth>
              <Suspense fallback={<Loading />}>
                <MyRemindersPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/admin/users"
          element={
            <RequireAuth roles={['ADMIN']}>
              <AdminUsersPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/users/invite"
          element={
            <RequireAuth roles={['ADMIN', 'PROGRAMME_OFFICER']}>
              <InviteUserPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/users/:id"
          element={
            <RequireAuth roles={['ADMIN']}>
              <AdminUserPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/outbox"
          element={
            <RequireAuth roles={['ADMIN']}>
              <AdminOutboxPage />
            </RequireAuth>
          }
        />
        <Route path="/authorities" element={<AuthoritiesPage />} />
        <Route path="/authorities/:gssCode" element={<AuthorityPage />} />
        <Route
          path="/authorities/:gssCode/blackout-dates"
          element={
            <RequireAuth>
              <Suspense fallback={<Loading />}>
                <BlackoutDatesPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route path="/frameworks" element={<FrameworksPage />} />
        <Route path="/frameworks/:id/:version" element={<FrameworkPage />} />
        <Route path="/programmes" element={<Suspense fallback={<Loading />}><ProgrammesPage /></Suspense>} />
        <Route
          path="/programmes/new"
          element={
            <RequireAuth roles={[...OFFICERS]}>
              <Suspense fallback={<Loading />}>
                <NewProgrammePage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route path="/programmes/:id" element={<Suspense fallback={<Loading />}><ProgrammePage /></Suspense>} />
        <Route
          path="/programmes/:id/settings"
          element={
            <RequireAuth roles={[...OFFICERS]}>
              <Suspense fallback={<Loading />}>
                <ProgrammeSettingsPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/programmes/:id/dashboard"
          element={
            <RequireAuth roles={[...OFFICERS]}>
              <Suspense fallback={<Loading />}>
                <DashboardPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/programmes/:id/network"
          element={
            <RequireAuth roles={[...OFFICERS]}>
              <Suspense fallback={<Loading />}>
                <NetworkPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/programmes/:id/reminders"
          element={
            <RequireAuth roles={[...OFFICERS]}>
              <Suspense fallback={<Loading />}>
                <ProgrammeRemindersPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/programmes/:id/survey"
          element={
            <RequireAuth>
              <Suspense fallback={<Loading />}>
                <SurveyResultsPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/programmes/:id/survey/phases/:phase"
          element={
            <RequireAuth roles={[...OFFICERS]}>
              <Suspense fallback={<Loading />}>
                <SurveyResultsPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/programmes/:id/survey/reviews/:reviewId"
          element={
            <RequireAuth roles={[...OFFICERS]}>
              <Suspense fallback={<Loading />}>
                <SurveyResultsPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/programmes/:id/survey/statements"
          element={
            <RequireAuth roles={[...OFFICERS]}>
              <Suspense fallback={<Loading />}>
                <SurveyStatementsPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/programmes/:id/schedule"
          element={
            <RequireAuth roles={[...OFFICERS]}>
              <Suspense fallback={<Loading />}>
                <ScheduleReviewPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route path="/quads" element={<Suspense fallback={<Loading />}><QuadsPage /></Suspense>} />
        <Route
          path="/quads/:quadId/comparison"
          element={
            <RequireAuth>
              <Suspense fallback={<Loading />}>
                <QuadComparisonPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/frameworks/:id/:version/national"
          element={
            <RequireAuth>
              <Suspense fallback={<Loading />}>
                <NationalDistributionPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/reviews/:id/self-evaluations/:authorityId/print"
          element={
            <RequireAuth>
              <Suspense fallback={<Loading />}>
                <SelfEvaluationPrintPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="/reviews/:id/visit/agenda"
          element={
            <RequireAuth>
              <Suspense fallback={<Loading />}>
                <AgendaPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route path="/reports" element={<Suspense fallback={<Loading />}><PublishedReportsPage /></Suspense>} />
        <Route path="/reports/themes" element={<Suspense fallback={<Loading />}><ThemesPage /></Suspense>} />
        <Route path="/open-data" element={<Suspense fallback={<Loading />}><OpenDataPage /></Suspense>} />
        <Route path="/reports/:slug" element={<Suspense fallback={<Loading />}><PublicReportPage /></Suspense>} />
        <Route
          path="/reports/:slug/versions/:version"
          element={
            <Suspense fallback={<Loading />}>
              <PublicReportPage />
            </Suspense>
          }
        />
        <Route path="/accessibility" element={<AccessibilityPage />} />
        <Route path="/privacy" element={<PrivacyPage />} />
        <Route
          path="/reviews/:id/*"
          element={
            <Suspense fallback={<Loading />}>
              <ReviewPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PageLayout>
  );
}
