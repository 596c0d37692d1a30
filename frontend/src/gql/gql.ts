/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MyReviews_Review on Review {\n    id\n    targetMonth\n    state\n    hosts {\n      id\n      name\n    }\n    programme {\n      id\n      name\n    }\n  }\n": typeof types.MyReviews_ReviewFragmentDoc,
    "\n  query MyReviews_List($offset: Int, $limit: Int) {\n    me {\n      id\n      reviews(offset: $offset, limit: $limit) {\n        total\n        items {\n          id\n          ...MyReviews_Review\n        }\n      }\n    }\n  }\n": typeof types.MyReviews_ListDocument,
    "\n  fragment MyTasks_Task on Task {\n    id\n    kind\n    title\n    detail\n    due\n    path\n    review {\n      id\n      targetMonth\n      hosts {\n        id\n        name\n      }\n      programme {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyTasks_TaskFragmentDoc,
    "\n  query MyTasks {\n    me {\n      id\n      tasks {\n        id\n        ...MyTasks_Task\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation SiteHeader_SignOut {\n    signOut\n  }\n": typeof types.SiteHeader_SignOutDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    lead\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Session_Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.Session_MeDocument,
    "\n  query AdminOutboxPage_Outbox($status: OutboxStatus, $offset: Int, $limit: Int) {\n    outbox(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        dueAt\n        sentAt\n        createdAt\n      }\n    }\n  }\n": typeof types.AdminOutboxPage_OutboxDocument,
    "\n  mutation AdminOutboxPage_RetryOutboxMessage($id: UUID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdminOutboxPage_RetryOutboxMessageDocument,
    "\n  fragment AdminUserPage_User on User {\n    id\n    name\n    email\n    roles\n    lead\n    active\n    invitationPending\n    lastSignInAt\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserPage_UserFragmentDoc,
    "\n  query AdminUserPage_User($id: UUID!) {\n    user(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n": typeof types.AdminUserPage_UserDocument,
    "\n  mutation AdminUserPage_SetUserRoles($id: UUID!, $roles: [Role!]!, $lead: Boolean!) {\n    setUserRoles(id: $id, roles: $roles, lead: $lead) {\n      ...AdminUserPage_User\n    }\n  }\n": typeof types.AdminUserPage_SetUserRolesDocument,
    "\n  mutation AdminUserPage_DeactivateUser($id: UUID!) {\n    deactivateUser(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n": typeof types.AdminUserPage_DeactivateUserDocument,
    "\n  mutation AdminUserPage_ReactivateUser($id: UUID!) {\n    reactivateUser(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n": typeof types.AdminUserPage_ReactivateUserDocument,
    "\n  mutation AdminUserPage_ResendInvitation($id: UUID!) {\n    resendInvitation(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n": typeof types.AdminUserPage_ResendInvitationDocument,
    "\n  fragment UserRow_User on User {\n    id\n    name\n    email\n    roles\n    lead\n    active\n    invitationPending\n    lastSignInAt\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  query AdminUsersPage_Users($search: String, $offset: Int, $limit: Int) {\n    users(search: $search, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...UserRow_User\n      }\n    }\n  }\n": typeof types.AdminUsersPage_UsersDocument,
    "\n  fragment AuthorityRow_Authority on Authority {\n    id\n    name\n    gssCode\n    ric\n    lgbfFamilyGroup\n  }\n": typeof types.AuthorityRow_AuthorityFragmentDoc,
    "\n  query AuthoritiesPage_Authorities($ric: String, $lgbfFamilyGroup: Int) {\n    authorities(ric: $ric, lgbfFamilyGroup: $lgbfFamilyGroup) {\n      ...AuthorityRow_Authority\n    }\n    regionalImprovementCollaboratives\n  }\n": typeof types.AuthoritiesPage_AuthoritiesDocument,
    "\n  query AuthorityPage_Authority($gssCode: String!) {\n    authority(gssCode: $gssCode) {\n      id\n      name\n      gssCode\n      ric\n      lgbfFamilyGroup\n    }\n  }\n": typeof types.AuthorityPage_AuthorityDocument,
    "\n  mutation ChangePasswordPage_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordPage_ChangePasswordDocument,
    "\n  mutation FindingItem_Update($findingId: UUID!, $version: Int!, $input: FindingInput!) {\n    updateFinding(findingId: $findingId, version: $version, input: $input) {\n      id\n      version\n      text\n      status\n    }\n  }\n": typeof types.FindingItem_UpdateDocument,
    "\n  mutation FindingItem_Remove($findingId: UUID!, $version: Int!) {\n    removeFinding(findingId: $findingId, version: $version)\n  }\n": typeof types.FindingItem_RemoveDocument,
    "\n  mutation FindingItem_Agree($findingId: UUID!, $version: Int!) {\n    agreeFinding(findingId: $findingId, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.FindingItem_AgreeDocument,
    "\n  mutation FindingItem_Unagree($findingId: UUID!, $version: Int!) {\n    unagreeFinding(findingId: $findingId, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.FindingItem_UnagreeDocument,
    "\n  query FindingsSection_Findings($reviewId: UUID!) {\n    reviewFindings(reviewId: $reviewId) {\n      reviewId\n      reviewVersion\n      state\n      canRecord\n      canAgree\n      agreedStrengths\n      agreedAreasForImprovement\n      indicators {\n        number\n        title\n      }\n      sessions {\n        id\n        day\n        startsAt\n        endsAt\n        kind\n      }\n      findings {\n        id\n        kind\n        text\n        indicators\n        session {\n          id\n          day\n          startsAt\n          endsAt\n          kind\n        }\n        author {\n          id\n          name\n        }\n        status\n        mergedIntoId\n        version\n        recordedAt\n        updatedAt\n        canEdit\n        attachments {\n          id\n          fileName\n          url\n        }\n      }\n    }\n  }\n": typeof types.FindingsSection_FindingsDocument,
    "\n  query FindingsSection_History($reviewId: UUID!) {\n    reviewFindings(reviewId: $reviewId) {\n      reviewId\n      findings {\n        id\n        history {\n          at\n          by {\n            id\n            name\n          }\n          kind\n          text\n        }\n      }\n    }\n  }\n": typeof types.FindingsSection_HistoryDocument,
    "\n  mutation FindingsSection_CompleteVisit($reviewId: UUID!, $version: Int!) {\n    completeVisit(reviewId: $reviewId, version: $version) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.FindingsSection_CompleteVisitDocument,
    "\n  mutation MergeForm_Merge($intoId: UUID!, $mergedIds: [UUID!]!, $text: String!) {\n    mergeFindings(intoId: $intoId, mergedIds: $mergedIds, text: $text) {\n      id\n      version\n      text\n      status\n    }\n  }\n": typeof types.MergeForm_MergeDocument,
    "\n  mutation CaptureForm_RecordFinding($reviewId: UUID!, $idempotencyKey: UUID!, $input: FindingInput!) {\n    recordFinding(reviewId: $reviewId, idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      reviewId\n      version\n      status\n    }\n  }\n": typeof types.CaptureForm_RecordFindingDocument,
    "\n  mutation FollowUpTab_AddAction($reviewId: UUID!, $input: FollowUpActionInput!) {\n    addFollowUpAction(reviewId: $reviewId, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n": typeof types.FollowUpTab_AddActionDocument,
    "\n  mutation FollowUpTab_UpdateAction($actionId: UUID!, $version: Int!, $input: FollowUpActionUpdateInput!) {\n    updateFollowUpAction(actionId: $actionId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n": typeof types.FollowUpTab_UpdateActionDocument,
    "\n  mutation FollowUpTab_SetNoActionReason($reviewId: UUID!, $itemId: UUID!, $reason: String) {\n    setNoActionReason(reviewId: $reviewId, itemId: $itemId, reason: $reason) {\n      reviewId\n      reviewVersion\n    }\n  }\n": typeof types.FollowUpTab_SetNoActionReasonDocument,
    "\n  mutation FollowUpTab_AddNote($actionId: UUID!, $input: FollowUpNoteInput!) {\n    addFollowUpNote(actionId: $actionId, input: $input) {\n      reviewId\n      actions {\n        id\n        notes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FollowUpTab_AddNoteDocument,
    "\n  query FollowUpTab_FollowUp($reviewId: UUID!) {\n    reviewFollowUp(reviewId: $reviewId) {\n      reviewId reviewVersion state publishedOn actionsOpen actionsOverdue\n      canManageActions canScheduleSessions canWriteSessionNotes canRecordMeasures\n      canPublishMeasures canBeginFollowUp canClose\n      unmetToBegin { code message } unmetToClose { code message }\n      possibleOwners { id name }\n      areas { itemId text indicators superseded noActionReason\n              noActionReasonBy { id name } noActionReasonAt actionCount }\n      actions { id version areaItemId areaText fromSupersededVersion description\n                owner { id name } dueOn status overdue dueSoon createdAt updatedAt\n                createdBy { id name } canUpdate\n                notes { id text notedOn createdAt author { id name }\n                        attachments { id fileName contentType sizeBytes summary url } } }\n      sessions { number proposedOn scheduledOn scheduled savedBy { id name } savedAt notes sequence }\n      impactMeasures { id version name learnerGroup unit baselineValue baselinePeriod\n                       laterValue laterPeriod noLaterValueReason change changeText published\n                       recordedBy { id name } updatedAt }\n    }\n  }\n": typeof types.FollowUpTab_FollowUpDocument,
    "\n  mutation FollowUpTab_AddMeasure($reviewId: UUID!, $input: ImpactMeasureInput!) {\n    addImpactMeasure(reviewId: $reviewId, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n": typeof types.FollowUpTab_AddMeasureDocument,
    "\n  mutation FollowUpTab_UpdateMeasure($measureId: UUID!, $version: Int!, $input: ImpactMeasureInput!) {\n    updateImpactMeasure(measureId: $measureId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n": typeof types.FollowUpTab_UpdateMeasureDocument,
    "\n  mutation FollowUpTab_PublishMeasure($measureId: UUID!, $version: Int!, $published: Boolean!) {\n    publishImpactMeasure(measureId: $measureId, version: $version, published: $published) {\n      reviewId\n      reviewVersion\n    }\n  }\n": typeof types.FollowUpTab_PublishMeasureDocument,
    "\n  mutation FollowUpTab_ScheduleSession($reviewId: UUID!, $number: Int!, $date: NaiveDate!) {\n    scheduleFollowUpSession(reviewId: $reviewId, number: $number, date: $date) {\n      reviewId\n      reviewVersion\n    }\n  }\n": typeof types.FollowUpTab_ScheduleSessionDocument,
    "\n  mutation FollowUpTab_CancelSession($reviewId: UUID!, $number: Int!) {\n    cancelFollowUpSession(reviewId: $reviewId, number: $number) {\n      reviewId\n      reviewVersion\n    }\n  }\n": typeof types.FollowUpTab_CancelSessionDocument,
    "\n  mutation FollowUpTab_SessionNotes($reviewId: UUID!, $number: Int!, $notes: String!) {\n    setFollowUpSessionNotes(reviewId: $reviewId, number: $number, notes: $notes) {\n      reviewId\n      reviewVersion\n    }\n  }\n": typeof types.FollowUpTab_SessionNotesDocument,
    "\n  mutation ForgotPasswordPage_RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.ForgotPasswordPage_RequestPasswordResetDocument,
    "\n  fragment FrameworkScale_ScaleLevel on ScaleLevel {\n    level\n    label\n    meaning\n  }\n": typeof types.FrameworkScale_ScaleLevelFragmentDoc,
    "\n  query FrameworkPage_Framework($id: String!, $version: Int) {\n    framework(id: $id, version: $version) {\n      id\n      version\n      name\n      publisher\n      year\n      appliesTo\n      about\n      grading\n      gradingRules\n      questions\n      scale {\n        ...FrameworkScale_ScaleLevel\n      }\n      keyAreas {\n        number\n        title\n        qualityIndicators {\n          number\n          title\n          themes\n        }\n      }\n    }\n  }\n": typeof types.FrameworkPage_FrameworkDocument,
    "\n  query FrameworksPage_Frameworks {\n    frameworks {\n      id\n      version\n      name\n      publisher\n      year\n      appliesTo\n      grading\n    }\n  }\n": typeof types.FrameworksPage_FrameworksDocument,
    "\n  query InsightDashboard_Dashboard($programmeId: UUID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programme {\n        id\n        name\n      }\n      today\n      thresholds {\n        programmeId\n        focusDaysBefore\n        teamDaysBefore\n        selfEvaluationWorkingDaysBefore\n        reportWorkingDaysAfter\n        isDefault\n      }\n      total\n      byState {\n        state\n        label\n        count\n      }\n      byPhase {\n        phase\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n      upcomingVisits {\n        review {\n          id\n          phase\n          targetMonth\n          state\n          theme\n          hosts {\n            id\n            name\n          }\n        }\n        firstDay\n        lastDay\n        days\n      }\n      atRisk {\n        review {\n          id\n          phase\n          targetMonth\n          state\n          theme\n          hosts {\n            id\n            name\n          }\n        }\n        reasons {\n          reason\n          message\n          since\n        }\n      }\n      overdueActions {\n        authority {\n          id\n          name\n        }\n        count\n        actions {\n          reviewId\n          actionId\n          description\n          dueOn\n          daysOverdue\n        }\n      }\n      impactMeasures {\n        review {\n          id\n          phase\n          targetMonth\n          state\n          theme\n          hosts {\n            id\n            name\n          }\n        }\n        reportSlug\n        measure {\n          name\n          learnerGroup\n          unit\n          baselineValue\n          baselinePeriod\n          laterValue\n          laterPeriod\n          changeText\n        }\n      }\n    }\n  }\n": typeof types.InsightDashboard_DashboardDocument,
    "\n  query InsightNetwork_Network($programmeId: UUID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    collaborationNetwork(programmeId: $programmeId) {\n      authorities {\n        id\n        name\n      }\n      matrix\n      total\n    }\n  }\n": typeof types.InsightNetwork_NetworkDocument,
    "\n  query InsightOpenData_Programmes {\n    programmes {\n      id\n      name\n    }\n  }\n": typeof types.InsightOpenData_ProgrammesDocument,
    "\n  query InsightThemes_Themes($groupBy: ThemeGrouping!, $kind: ReportItemKind, $authority: UUID, $year: Int) {\n    themesAcrossReports(groupBy: $groupBy, kind: $kind, authority: $authority, year: $year) {\n      groupBy\n      reports\n      groups {\n        key\n        label\n        strengths\n        areasForImprovement\n        total\n        items {\n          kind\n          text\n          indicators\n          theme\n          hostNames\n          year\n          targetMonth\n          programmeName\n          slug\n          version\n        }\n      }\n    }\n    publishedReportFilters {\n      authorities {\n        id\n        name\n      }\n      years\n    }\n  }\n": typeof types.InsightThemes_ThemesDocument,
    "\n  mutation InsightThresholds_Set($programmeId: UUID!, $thresholds: RiskThresholdsInput!) {\n    setRiskThresholds(programmeId: $programmeId, thresholds: $thresholds) {\n      programmeId\n      focusDaysBefore\n      teamDaysBefore\n      selfEvaluationWorkingDaysBefore\n      reportWorkingDaysAfter\n      isDefault\n    }\n  }\n": typeof types.InsightThresholds_SetDocument,
    "\n  mutation InvitationPage_AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SessionUser\n    }\n  }\n": typeof types.InvitationPage_AcceptInvitationDocument,
    "\n  query InviteUserPage_Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.InviteUserPage_OrganisationsDocument,
    "\n  mutation InviteUserPage_InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteUserPage_InviteUserDocument,
    "\n  query MyRemindersPage_Reminders {\n    myReminders {\n      id\n      reviewId\n      reviewName\n      action\n      path\n      kind\n      label\n      dueAt\n      aboutDay\n      why\n      wanted\n    }\n    myReminderSettings {\n      kind\n      label\n      wanted\n      essential\n    }\n  }\n": typeof types.MyRemindersPage_RemindersDocument,
    "\n  mutation MyRemindersPage_SetReminderWanted($kind: ReminderKind!, $wanted: Boolean!) {\n    setReminderWanted(kind: $kind, wanted: $wanted) {\n      kind\n      wanted\n      essential\n    }\n  }\n": typeof types.MyRemindersPage_SetReminderWantedDocument,
    "\n  query ProgrammePage_Programme($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n      phases {\n        number\n        from\n        to\n      }\n    }\n    authorities {\n      id\n      name\n    }\n  }\n": typeof types.ProgrammePage_ProgrammeDocument,
    "\n  query ProgrammePage_Materials($id: UUID!) {\n    programme(id: $id) {\n      id\n      materials {\n        id\n        title\n        url\n      }\n    }\n  }\n": typeof types.ProgrammePage_MaterialsDocument,
    "\n  query ProgrammePage_Reviews($filter: ReviewFilterInput, $offset: Int!, $limit: Int!) {\n    reviews(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        phase\n        targetMonth\n        theme\n        state\n        publishedReportUrl\n        hosts {\n          id\n          name\n        }\n        quad {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProgrammePage_ReviewsDocument,
    "\n  query ProgrammeRemindersPage_Policy($id: UUID!) {\n    reminderPolicy(programmeId: $id) {\n      kind\n      label\n      offsets\n      anchor\n      unit\n      repeats\n      isDefault\n      defaultOffsets\n      essential\n    }\n  }\n": typeof types.ProgrammeRemindersPage_PolicyDocument,
    "\n  mutation ProgrammeRemindersPage_SetPolicy($id: UUID!, $kind: ReminderKind!, $offsets: [Int!]!, $useDefault: Boolean) {\n    setReminderPolicy(programmeId: $id, kind: $kind, offsets: $offsets, useDefault: $useDefault) {\n      kind\n      offsets\n      isDefault\n    }\n  }\n": typeof types.ProgrammeRemindersPage_SetPolicyDocument,
    "\n  query ProgrammeSettingsPage_Programme($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n      version\n      ...SettingsForm_Programme\n      ...MaterialsSection_Programme\n    }\n  }\n": typeof types.ProgrammeSettingsPage_ProgrammeDocument,
    "\n  fragment MaterialsSection_Programme on Programme {\n    id\n    materials {\n      id\n      title\n      url\n    }\n  }\n": typeof types.MaterialsSection_ProgrammeFragmentDoc,
    "\n  mutation MaterialsSection_AddMaterial($programmeId: UUID!, $input: MaterialInput!) {\n    addMaterial(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n": typeof types.MaterialsSection_AddMaterialDocument,
    "\n  mutation MaterialsSection_RemoveMaterial($id: UUID!) {\n    removeMaterial(id: $id)\n  }\n": typeof types.MaterialsSection_RemoveMaterialDocument,
    "\n  fragment SettingsForm_Programme on Programme {\n    id\n    name\n    kind\n    version\n    phases {\n      number\n      from\n      to\n    }\n    rules {\n      teamSizeMin\n      teamSizeMax\n      hmiRequired\n      visitLengthDays\n      selfEvaluationMode\n      gradingRequired\n      publicReportRequired\n      reciprocity\n    }\n  }\n": typeof types.SettingsForm_ProgrammeFragmentDoc,
    "\n  mutation SettingsForm_Create($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": typeof types.SettingsForm_CreateDocument,
    "\n  mutation SettingsForm_Update($id: UUID!, $version: Int!, $input: ProgrammeInput!) {\n    updateProgramme(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SettingsForm_UpdateDocument,
    "\n  query ProgrammesPage_Programmes {\n    programmes {\n      id\n      name\n      kind\n      phases {\n        number\n        from\n        to\n      }\n    }\n  }\n": typeof types.ProgrammesPage_ProgrammesDocument,
    "\n  query QuadsPage_Quads {\n    quads {\n      id\n      session\n      name\n      authorities {\n        id\n        name\n      }\n    }\n    authorities {\n      id\n      name\n    }\n  }\n": typeof types.QuadsPage_QuadsDocument,
    "\n  mutation QuadsPage_CreateQuad($input: QuadInput!) {\n    createQuad(input: $input) {\n      id\n      name\n      session\n    }\n  }\n": typeof types.QuadsPage_CreateQuadDocument,
    "\n  mutation QuadsPage_UpdateQuad($id: UUID!, $input: QuadUpdateInput!) {\n    updateQuad(id: $id, input: $input) {\n      id\n      name\n      session\n    }\n  }\n": typeof types.QuadsPage_UpdateQuadDocument,
    "\n  mutation QuadsPage_DissolveQuad($id: UUID!) {\n    dissolveQuad(id: $id)\n  }\n": typeof types.QuadsPage_DissolveQuadDocument,
    "\n  mutation ReportSection_AddComment($reviewId: UUID!, $input: ReportCommentInput!) {\n    addReportComment(reviewId: $reviewId, input: $input) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_AddCommentDocument,
    "\n  mutation ReportSection_AnswerComment($commentId: UUID!, $accept: Boolean!, $reply: String!) {\n    answerReportComment(commentId: $commentId, accept: $accept, reply: $reply) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_AnswerCommentDocument,
    "\n  mutation ReportSection_AddItem($reviewId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {\n    addReportItem(reviewId: $reviewId, draftVersion: $draftVersion, input: $input) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_AddItemDocument,
    "\n  mutation ReportSection_UpdateItem($itemId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {\n    updateReportItem(itemId: $itemId, draftVersion: $draftVersion, input: $input) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_UpdateItemDocument,
    "\n  query PublicReportPage_Report($slug: String!, $version: Int) {\n    publishedReport(slug: $slug, version: $version) {\n      slug\n      version\n      publishedAt\n      changeNote\n      latestVersion\n      superseded\n      hostNames\n      programmeName\n      targetMonth\n      focusTheme\n      keyQuestions\n      pdfUrl\n      sections {\n        key\n        title\n        text\n      }\n      strengths {\n        id\n        kind\n        text\n        indicators\n        position\n      }\n      areasForImprovement {\n        id\n        kind\n        text\n        indicators\n        position\n      }\n      impactMeasures {\n        name\n        learnerGroup\n        unit\n        baselineValue\n        baselinePeriod\n        laterValue\n        laterPeriod\n        change\n        changeText\n      }\n      versions {\n        slug\n        version\n        publishedAt\n        changeNote\n      }\n    }\n  }\n": typeof types.PublicReportPage_ReportDocument,
    "\n  query PublishedReportsPage_Index(\n    $theme: String\n    $authority: UUID\n    $year: Int\n    $text: String\n    $offset: Int!\n    $limit: Int!\n  ) {\n    publishedReports(theme: $theme, authority: $authority, year: $year, text: $text, offset: $offset, limit: $limit) {\n      total\n      notice\n      items {\n        reviewId\n        slug\n        version\n        hostNames\n        programmeName\n        targetMonth\n        focusTheme\n        publishedAt\n        snippet\n        externalUrl\n        imported\n        pdfUrl\n      }\n    }\n    publishedReportFilters {\n      themes\n      authorities {\n        id\n        name\n      }\n      years\n    }\n  }\n": typeof types.PublishedReportsPage_IndexDocument,
    "\n  query ReportSection_Draft($reviewId: UUID!) {\n    review(id: $reviewId) {\n      id\n      version\n      state\n      ...ReviewActions_Review\n    }\n    reportDraft(reviewId: $reviewId) {\n      reviewId\n      reviewVersion\n      state\n      draftVersion\n      isCorrection\n      changeNote\n      sharedWithHostAt\n      sections {\n        key\n        title\n        text\n      }\n      strengths {\n        id\n        kind\n        text\n        indicators\n        findingIds\n        position\n      }\n      areasForImprovement {\n        id\n        kind\n        text\n        indicators\n        findingIds\n        position\n      }\n      comments {\n        id\n        sectionKey\n        itemId\n        author {\n          id\n          name\n        }\n        text\n        createdAt\n        status\n        reply\n        answeredBy {\n          id\n          name\n        }\n        answeredAt\n      }\n      openComments\n      approvals {\n        by {\n          id\n          name\n        }\n        role\n        authorityName\n        draftVersion\n        at\n      }\n      awaitingApprovalFrom\n      canEdit\n      canShare\n      canComment\n      canAnswerComments\n      canApprove\n      canPublish\n      canOpenCorrection\n      draftPdfUrl\n      published {\n        slug\n        version\n        publishedAt\n        changeNote\n      }\n    }\n  }\n": typeof types.ReportSection_DraftDocument,
    "\n  query ReportSection_Findings($reviewId: UUID!) {\n    reviewFindings(reviewId: $reviewId) {\n      reviewId\n      findings {\n        id\n        kind\n        text\n        indicators\n        status\n      }\n    }\n  }\n": typeof types.ReportSection_FindingsDocument,
    "\n  mutation ReportSection_RemoveItem($itemId: UUID!, $draftVersion: Int!) {\n    removeReportItem(itemId: $itemId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_RemoveItemDocument,
    "\n  mutation ReportSection_MoveItem($itemId: UUID!, $draftVersion: Int!, $position: Int!) {\n    moveReportItem(itemId: $itemId, draftVersion: $draftVersion, position: $position) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_MoveItemDocument,
    "\n  mutation ReportSection_Share($reviewId: UUID!, $draftVersion: Int!) {\n    shareReportDraft(reviewId: $reviewId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n      sharedWithHostAt\n    }\n  }\n": typeof types.ReportSection_ShareDocument,
    "\n  mutation ReportSection_Approve($reviewId: UUID!, $draftVersion: Int!) {\n    approveReport(reviewId: $reviewId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_ApproveDocument,
    "\n  mutation ReportSection_Publish($reviewId: UUID!, $version: Int!) {\n    publishReport(reviewId: $reviewId, version: $version) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ReportSection_PublishDocument,
    "\n  mutation ReportSection_PublishCorrection($reviewId: UUID!, $draftVersion: Int!) {\n    publishReportCorrection(reviewId: $reviewId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_PublishCorrectionDocument,
    "\n  mutation ReportSection_OpenCorrection($reviewId: UUID!, $changeNote: String!) {\n    openReportCorrection(reviewId: $reviewId, changeNote: $changeNote) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_OpenCorrectionDocument,
    "\n  mutation ReportSection_UpdateSection($reviewId: UUID!, $draftVersion: Int!, $key: ReportSectionKey!, $text: String!) {\n    updateReportSection(reviewId: $reviewId, draftVersion: $draftVersion, key: $key, text: $text) {\n      reviewId\n      draftVersion\n    }\n  }\n": typeof types.ReportSection_UpdateSectionDocument,
    "\n  mutation ResetPasswordPage_ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordPage_ResetPasswordDocument,
    "\n  fragment FocusForm_Review on Review {\n    id\n    version\n    hosts {\n      id\n      name\n    }\n    focus {\n      theme\n      keyQuestions\n      scope\n      canEdit\n      canSignOff\n      canReopen\n      signOffs {\n        user {\n          id\n          name\n        }\n        authority {\n          id\n          name\n        }\n        asProgrammeOfficer\n        signedAt\n      }\n    }\n  }\n": typeof types.FocusForm_ReviewFragmentDoc,
    "\n  mutation FocusForm_UpdateFocus($reviewId: UUID!, $version: Int!, $input: FocusInput!) {\n    updateFocus(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.FocusForm_UpdateFocusDocument,
    "\n  mutation FocusForm_SignOffFocus($reviewId: UUID!, $version: Int!) {\n    signOffFocus(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.FocusForm_SignOffFocusDocument,
    "\n  mutation FocusForm_ReopenFocus($reviewId: UUID!, $version: Int!, $reason: String!) {\n    reopenFocus(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": typeof types.FocusForm_ReopenFocusDocument,
    "\n  query HistorySection_History($id: UUID!, $after: Int) {\n    review(id: $id) {\n      id\n      history(first: 50, after: $after) {\n        total\n        endCursor\n        hasNextPage\n        items {\n          id\n          sequence\n          kind\n          summary\n          fromState\n          toState\n          reason\n          actorName\n          at\n          reportUrl\n        }\n      }\n    }\n  }\n": typeof types.HistorySection_HistoryDocument,
    "\n  mutation InvitationAnswer_Respond($memberId: UUID!, $version: Int!, $accept: Boolean!) {\n    respondToTeamInvitation(memberId: $memberId, version: $version, accept: $accept) {\n      id\n      invitation\n    }\n  }\n": typeof types.InvitationAnswer_RespondDocument,
    "\n  query InviteForm_Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.InviteForm_OrganisationsDocument,
    "\n  mutation InviteForm_InviteTeamMember($reviewId: UUID!, $version: Int!, $input: InviteTeamMemberInput!) {\n    inviteTeamMember(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.InviteForm_InviteTeamMemberDocument,
    "\n  query PeopleSearch_Users($search: String) {\n    users(search: $search, limit: 20) {\n      items {\n        id\n        name\n        email\n        invitationPending\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleSearch_UsersDocument,
    "\n  mutation ReplaceMemberForm_ReplaceTeamMember($memberId: UUID!, $version: Int!, $input: TeamMemberInput!) {\n    replaceTeamMember(memberId: $memberId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ReplaceMemberForm_ReplaceTeamMemberDocument,
    "\n  mutation ReplaceMemberForm_ReplaceTeamMemberByInvite(\n    $memberId: UUID!\n    $version: Int!\n    $input: InviteTeamMemberInput!\n  ) {\n    replaceTeamMemberByInvite(memberId: $memberId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ReplaceMemberForm_ReplaceTeamMemberByInviteDocument,
    "\n  fragment RescheduleForm_Review on Review {\n    id\n    version\n    phase\n    targetMonth\n    hosts {\n      id\n      name\n    }\n    programme {\n      id\n      phases {\n        number\n        from\n        to\n      }\n    }\n  }\n": typeof types.RescheduleForm_ReviewFragmentDoc,
    "\n  mutation RescheduleForm_RescheduleReview($reviewId: UUID!, $version: Int!, $input: RescheduleReviewInput!) {\n    rescheduleReview(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n      phase\n      targetMonth\n    }\n  }\n": typeof types.RescheduleForm_RescheduleReviewDocument,
    "\n  fragment ReviewActions_Review on Review {\n    id\n    version\n    nextCommand {\n      command\n      label\n      allowed\n      forbiddenReason\n      unmet {\n        code\n        message\n      }\n    }\n    availableCommands {\n      command\n      label\n      allowed\n      forbiddenReason\n      unmet {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReviewActions_ReviewFragmentDoc,
    "\n  mutation ReviewActions_AgreeFocus($reviewId: UUID!, $version: Int!) {\n    agreeFocus(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_AgreeFocusDocument,
    "\n  mutation ReviewActions_FormTeam($reviewId: UUID!, $version: Int!) {\n    formTeam(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_FormTeamDocument,
    "\n  mutation ReviewActions_SubmitSelfEvaluation($reviewId: UUID!, $version: Int!) {\n    submitSelfEvaluation(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_SubmitSelfEvaluationDocument,
    "\n  mutation ReviewActions_StartVisit($reviewId: UUID!, $version: Int!) {\n    startVisit(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_StartVisitDocument,
    "\n  mutation ReviewActions_CompleteVisit($reviewId: UUID!, $version: Int!) {\n    completeVisit(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_CompleteVisitDocument,
    "\n  mutation ReviewActions_DraftReport($reviewId: UUID!, $version: Int!) {\n    draftReport(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_DraftReportDocument,
    "\n  mutation ReviewActions_PublishReport($reviewId: UUID!, $version: Int!) {\n    publishReport(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_PublishReportDocument,
    "\n  mutation ReviewActions_BeginFollowUp($reviewId: UUID!, $version: Int!) {\n    beginFollowUp(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_BeginFollowUpDocument,
    "\n  mutation ReviewActions_CloseReview($reviewId: UUID!, $version: Int!) {\n    closeReview(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_CloseReviewDocument,
    "\n  mutation ReviewActions_ResumeReview($reviewId: UUID!, $version: Int!) {\n    resumeReview(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_ResumeReviewDocument,
    "\n  mutation ReviewActions_PostponeReview($reviewId: UUID!, $version: Int!, $reason: String!) {\n    postponeReview(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_PostponeReviewDocument,
    "\n  mutation ReviewActions_WithdrawReview($reviewId: UUID!, $version: Int!, $reason: String!) {\n    withdrawReview(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_WithdrawReviewDocument,
    "\n  mutation ReviewActions_ReopenSelfEvaluation($reviewId: UUID!, $version: Int!, $reason: String!) {\n    reopenSelfEvaluation(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": typeof types.ReviewActions_ReopenSelfEvaluationDocument,
    "\n  query ReviewPage_Review($id: UUID!) {\n    review(id: $id) {\n      id\n      version\n      state\n      targetMonth\n      programme {\n        id\n        name\n      }\n      hosts {\n        id\n        name\n      }\n      team {\n        id\n        user {\n          id\n        }\n        role\n        invitation\n        replaced\n      }\n      latestEvent {\n        id\n        fromState\n      }\n      ...ReviewSummary_Review\n      ...ReviewActions_Review\n      ...FocusForm_Review\n      ...TeamSection_Review\n      canReschedule\n      canAnswerInvitation\n      ...RescheduleForm_Review\n      ...SelfEvaluationLinks_Review\n    }\n  }\n": typeof types.ReviewPage_ReviewDocument,
    "\n  query ReviewPage_PublicReview($id: UUID!) {\n    review(id: $id) {\n      id\n      targetMonth\n      programme {\n        id\n        name\n      }\n      hosts {\n        id\n        name\n      }\n      ...ReviewSummary_Review\n    }\n  }\n": typeof types.ReviewPage_PublicReviewDocument,
    "\n  fragment ReviewSummary_Review on Review {\n    programme {\n      id\n      name\n    }\n    hosts {\n      id\n      name\n    }\n    phase\n    targetMonth\n    theme\n    state\n    publishedReportUrl\n  }\n": typeof types.ReviewSummary_ReviewFragmentDoc,
    "\n  fragment TeamSection_Review on Review {\n    id\n    version\n    canChangeTeam\n    team {\n      id\n      user {\n        id\n        name\n        email\n      }\n      organisation {\n        id\n        name\n      }\n      affiliation\n      role\n      invitation\n      replaced\n      replacedByMemberId\n    }\n    conflicts {\n      id\n      description\n      dismissed\n      dismissalReason\n      dismissedAt\n      dismissedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamSection_ReviewFragmentDoc,
    "\n  mutation TeamSection_AddTeamMember($reviewId: UUID!, $version: Int!, $input: TeamMemberInput!) {\n    addTeamMember(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.TeamSection_AddTeamMemberDocument,
    "\n  mutation TeamSection_DismissConflict($id: UUID!, $version: Int!, $reason: String!) {\n    dismissConflict(id: $id, version: $version, reason: $reason) {\n      id\n      dismissed\n    }\n  }\n": typeof types.TeamSection_DismissConflictDocument,
    "\n  query ScheduleReviewPage_Data($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n      phases {\n        number\n        from\n        to\n      }\n    }\n    authorities {\n      id\n      name\n    }\n    quads {\n      id\n      session\n      name\n      authorities {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ScheduleReviewPage_DataDocument,
    "\n  mutation ScheduleReviewPage_Schedule($input: ScheduleReviewInput!) {\n    scheduleReview(input: $input) {\n      id\n      hosts {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ScheduleReviewPage_ScheduleDocument,
    "\n  query ScheduleReviewPage_Existing($programmeId: UUID!, $hostId: UUID!) {\n    reviews(filter: { programmeId: $programmeId, hostId: $hostId }, limit: 50) {\n      items {\n        id\n        targetMonth\n        state\n      }\n    }\n  }\n": typeof types.ScheduleReviewPage_ExistingDocument,
    "\n  mutation SelfEvaluationAttachments_Remove($id: UUID!) {\n    removeAttachment(id: $id)\n  }\n": typeof types.SelfEvaluationAttachments_RemoveDocument,
    "\n  mutation IndicatorEditor_Save($input: SaveSelfEvaluationIndicatorInput!) {\n    saveSelfEvaluationIndicator(input: $input) {\n      number\n      grade\n      evidence\n      strengths\n      areasForImprovement\n      answers\n      version\n      complete\n      lastEditedBy {\n        id\n        name\n      }\n      lastEditedAt\n    }\n  }\n": typeof types.IndicatorEditor_SaveDocument,
    "\n  query NationalDistribution_Distribution($frameworkId: String!, $version: Int!) {\n    nationalDistribution(frameworkId: $frameworkId, version: $version) {\n      hidden\n      reason\n      authorities\n      framework {\n        id\n        name\n        version\n        scale {\n          level\n          label\n        }\n      }\n      indicators {\n        number\n        title\n        counts {\n          grade\n          label\n          authorities\n        }\n        ungraded\n      }\n    }\n  }\n": typeof types.NationalDistribution_DistributionDocument,
    "\n  query SelfEvaluationPrintPage_SelfEvaluations($reviewId: UUID!) {\n    selfEvaluations(reviewId: $reviewId) {\n      id\n      authorityId\n      authorityName\n      submitted\n      submittedAt\n      graded\n      framework {\n        id\n        name\n        version\n        questions\n        scale {\n          level\n          label\n        }\n      }\n      progress {\n        complete\n        total\n      }\n      indicators {\n        number\n        title\n        grade\n        evidence\n        strengths\n        areasForImprovement\n        answers\n        lastEditedBy {\n          id\n          name\n        }\n        lastEditedAt\n      }\n      documents {\n        id\n        fileName\n        summary\n      }\n    }\n  }\n": typeof types.SelfEvaluationPrintPage_SelfEvaluationsDocument,
    "\n  query QuadComparisonPage_Comparison($quadId: UUID!) {\n    quadComparison(quadId: $quadId) {\n      quadId\n      name\n      session\n      framework {\n        id\n        name\n        version\n        scale {\n          level\n          label\n        }\n      }\n      authorities {\n        authorityId\n        name\n        reviewId\n        submittedAt\n        frameworkVersion\n        compared\n      }\n      indicators {\n        number\n        title\n        grades {\n          authorityId\n          grade\n        }\n      }\n    }\n  }\n": typeof types.QuadComparisonPage_ComparisonDocument,
    "\n  fragment SelfEvaluationLinks_Review on Review {\n    id\n    state\n    hosts {\n      id\n      name\n    }\n    quad {\n      id\n      name\n    }\n  }\n": typeof types.SelfEvaluationLinks_ReviewFragmentDoc,
    "\n  query SelfEvaluationSection_SelfEvaluations($reviewId: UUID!) {\n    review(id: $reviewId) {\n      id\n      version\n      ...ReviewActions_Review\n      ...SubmitSelfEvaluation_Review\n    }\n    selfEvaluations(reviewId: $reviewId) {\n      id\n      authorityId\n      authorityName\n      mode\n      graded\n      submitted\n      submittedAt\n      submittedBy {\n        id\n        name\n      }\n      canEdit\n      framework {\n        id\n        version\n        name\n        questions\n        scale {\n          level\n          label\n          meaning\n        }\n      }\n      progress {\n        complete\n        total\n      }\n      indicators {\n        number\n        title\n        keyAreaNumber\n        keyAreaTitle\n        grade\n        evidence\n        strengths\n        areasForImprovement\n        answers\n        version\n        complete\n        lastEditedBy {\n          id\n          name\n        }\n        lastEditedAt\n        documents {\n          id\n          fileName\n          url\n        }\n      }\n      documents {\n        id\n        fileName\n        summary\n        url\n      }\n    }\n  }\n": typeof types.SelfEvaluationSection_SelfEvaluationsDocument,
    "\n  fragment SubmitSelfEvaluation_Review on Review {\n    id\n    version\n    nextCommand {\n      command\n      label\n      allowed\n    }\n  }\n": typeof types.SubmitSelfEvaluation_ReviewFragmentDoc,
    "\n  mutation TeamViewEditor_Save($input: SaveTeamViewIndicatorInput!) {\n    saveTeamViewIndicator(input: $input) {\n      number\n      teamGrade\n      teamEvidence\n      teamVersion\n      teamLastEditedBy {\n        id\n        name\n      }\n      teamLastEditedAt\n      gradeDifference\n    }\n  }\n": typeof types.TeamViewEditor_SaveDocument,
    "\n  query TeamViewSection_Comparison($reviewId: UUID!) {\n    selfEvaluationComparison(reviewId: $reviewId) {\n      authorityId\n      authorityName\n      graded\n      canEditTeamView\n      indicators {\n        number\n        title\n        selfGrade\n        selfEvidence\n        teamGrade\n        teamEvidence\n        teamVersion\n        teamLastEditedBy {\n          id\n          name\n        }\n        teamLastEditedAt\n        gradeDifference\n      }\n    }\n    selfEvaluations(reviewId: $reviewId) {\n      id\n      authorityId\n      framework {\n        id\n        version\n        name\n        scale {\n          level\n          label\n          meaning\n        }\n      }\n    }\n  }\n": typeof types.TeamViewSection_ComparisonDocument,
    "\n  mutation SignInPage_SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n": typeof types.SignInPage_SignInDocument,
    "\n  query SurveyFormPage_Form($token: String!) {\n    surveyForm(token: $token) {\n      reviewName\n      programmeName\n      closesAt\n      closed\n      answered\n      suggestedOrganisationType\n      commentMaxChars\n      statements {\n        id\n        position\n        text\n      }\n    }\n  }\n": typeof types.SurveyFormPage_FormDocument,
    "\n  mutation SurveyFormPage_Answer($token: String!, $response: SurveyResponseInput!) {\n    answerSurvey(token: $token, response: $response)\n  }\n": typeof types.SurveyFormPage_AnswerDocument,
    "\n  query SurveyResultsPage_Results($id: UUID!, $phase: Int, $reviewId: UUID) {\n    programme(id: $id) {\n      id\n      name\n      phases {\n        number\n      }\n    }\n    surveyResults(programmeId: $id, phase: $phase, reviewId: $reviewId) {\n      scope\n      phase\n      reviewId\n      reviewName\n      invited\n      respondents\n      breakdownShown\n      byOrganisationType {\n        organisationType\n        count\n      }\n      statements {\n        statement {\n          id\n          position\n          text\n        }\n        counts {\n          answer\n          count\n          percentage\n        }\n      }\n      comments\n    }\n  }\n": typeof types.SurveyResultsPage_ResultsDocument,
    "\n  query SurveyResultsPage_Surveys($id: UUID!) {\n    programmeSurveys(programmeId: $id) {\n      id\n      reviewId\n      reviewName\n      phase\n      closesAt\n      closed\n      invited\n      respondents\n    }\n  }\n": typeof types.SurveyResultsPage_SurveysDocument,
    "\n  query SurveyStatementsPage_Settings($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n    }\n    surveySettings(programmeId: $id) {\n      programmeId\n      editable\n      closeAfterWeeks\n      maxStatements\n      statementMaxChars\n      statements {\n        id\n        position\n        text\n      }\n    }\n  }\n": typeof types.SurveyStatementsPage_SettingsDocument,
    "\n  mutation SurveyStatementsPage_SetStatements($id: UUID!, $statements: [String!]!) {\n    setSurveyStatements(programmeId: $id, statements: $statements) {\n      programmeId\n      editable\n      statements {\n        id\n        position\n        text\n      }\n    }\n  }\n": typeof types.SurveyStatementsPage_SetStatementsDocument,
    "\n  mutation SurveyStatementsPage_SetWeeks($id: UUID!, $weeks: Int!) {\n    setSurveyCloseAfterWeeks(programmeId: $id, weeks: $weeks) {\n      programmeId\n      closeAfterWeeks\n    }\n  }\n": typeof types.SurveyStatementsPage_SetWeeksDocument,
    "\n  query AgendaPage_Agenda($reviewId: UUID!) {\n    visitAgenda(reviewId: $reviewId) {\n      host\n      days {\n        date\n        label\n        sessions {\n          startsAt\n          endsAt\n          kind\n          meets\n          place\n          team {\n            name\n            organisation\n          }\n        }\n      }\n      team {\n        name\n        organisation\n      }\n      sharedAt\n      recipients\n      canShare\n    }\n  }\n": typeof types.AgendaPage_AgendaDocument,
    "\n  mutation AgendaPage_Share($reviewId: UUID!) {\n    shareVisitAgenda(reviewId: $reviewId) {\n      sharedAt\n      recipients\n      canShare\n    }\n  }\n": typeof types.AgendaPage_ShareDocument,
    "\n  query BlackoutDatesPage_Authority($gssCode: String!) {\n    authority(gssCode: $gssCode) {\n      id\n      name\n      gssCode\n    }\n  }\n": typeof types.BlackoutDatesPage_AuthorityDocument,
    "\n  query BlackoutDatesPage_Blackouts($authorityId: UUID!) {\n    blackoutDates(authorityId: $authorityId) {\n      id\n      authorityId\n      firstDay\n      lastDay\n      reason\n    }\n  }\n": typeof types.BlackoutDatesPage_BlackoutsDocument,
    "\n  mutation BlackoutDatesPage_Add($authorityId: UUID!, $input: BlackoutDateInput!) {\n    addBlackoutDate(authorityId: $authorityId, input: $input) {\n      id\n      authorityId\n      firstDay\n      lastDay\n      reason\n    }\n  }\n": typeof types.BlackoutDatesPage_AddDocument,
    "\n  mutation BlackoutDatesPage_Remove($id: UUID!) {\n    removeBlackoutDate(id: $id)\n  }\n": typeof types.BlackoutDatesPage_RemoveDocument,
    "\n  mutation HostDetails_AddContact($reviewId: UUID!, $input: HostContactInput!) {\n    addHostContact(reviewId: $reviewId, input: $input) {\n      reviewId\n      sequence\n    }\n  }\n": typeof types.HostDetails_AddContactDocument,
    "\n  mutation HostDetails_RemoveContact($contactId: UUID!) {\n    removeHostContact(contactId: $contactId) {\n      reviewId\n      sequence\n    }\n  }\n": typeof types.HostDetails_RemoveContactDocument,
    "\n  mutation HostDetails_AddPlace($reviewId: UUID!, $input: VisitPlaceInput!) {\n    addVisitPlace(reviewId: $reviewId, input: $input) {\n      reviewId\n      sequence\n    }\n  }\n": typeof types.HostDetails_AddPlaceDocument,
    "\n  mutation HostDetails_RemovePlace($placeId: UUID!) {\n    removeVisitPlace(placeId: $placeId) {\n      reviewId\n      sequence\n    }\n  }\n": typeof types.HostDetails_RemovePlaceDocument,
    "\n  mutation SessionForm_AddSession($reviewId: UUID!, $version: Int!, $input: VisitSessionInput!) {\n    addVisitSession(reviewId: $reviewId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n      sequence\n    }\n  }\n": typeof types.SessionForm_AddSessionDocument,
    "\n  mutation SessionForm_UpdateSession($sessionId: UUID!, $version: Int!, $input: VisitSessionInput!) {\n    updateVisitSession(sessionId: $sessionId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n      sequence\n    }\n  }\n": typeof types.SessionForm_UpdateSessionDocument,
    "\n  mutation VisitDatesForm_SetVisitDates($reviewId: UUID!, $version: Int!, $days: [NaiveDate!]!) {\n    setVisitDates(reviewId: $reviewId, version: $version, days: $days) {\n      reviewId\n      reviewVersion\n      days\n      sequence\n    }\n  }\n": typeof types.VisitDatesForm_SetVisitDatesDocument,
    "\n  query VisitSection_Plan($reviewId: UUID!) {\n    review(id: $reviewId) {\n      id\n      version\n      hosts {\n        id\n        name\n        gssCode\n      }\n      ...ReviewActions_Review\n    }\n    visitPlan(reviewId: $reviewId) {\n      reviewId\n      reviewVersion\n      targetMonth\n      lengthDays\n      days\n      sequence\n      sharedAt\n      sessions {\n        id\n        day\n        startsAt\n        endsAt\n        kind\n        audiences\n        place\n        members {\n          id\n          name\n        }\n      }\n      contacts {\n        id\n        role\n        name\n        email\n      }\n      places {\n        id\n        name\n        address\n      }\n      daysOff {\n        date\n        reason\n      }\n      assignable {\n        id\n        name\n      }\n      canPlan\n      canRecordContacts\n    }\n  }\n": typeof types.VisitSection_PlanDocument,
    "\n  mutation VisitSection_RemoveSession($sessionId: UUID!, $version: Int!) {\n    removeVisitSession(sessionId: $sessionId, version: $version) {\n      reviewId\n      reviewVersion\n      sequence\n    }\n  }\n": typeof types.VisitSection_RemoveSessionDocument,
};
const documents: Documents = {
    "\n  fragment MyReviews_Review on Review {\n    id\n    targetMonth\n    state\n    hosts {\n      id\n      name\n    }\n    programme {\n      id\n      name\n    }\n  }\n": types.MyReviews_ReviewFragmentDoc,
    "\n  query MyReviews_List($offset: Int, $limit: Int) {\n    me {\n      id\n      reviews(offset: $offset, limit: $limit) {\n        total\n        items {\n          id\n          ...MyReviews_Review\n        }\n      }\n    }\n  }\n": types.MyReviews_ListDocument,
    "\n  fragment MyTasks_Task on Task {\n    id\n    kind\n    title\n    detail\n    due\n    path\n    review {\n      id\n      targetMonth\n      hosts {\n        id\n        name\n      }\n      programme {\n        id\n        name\n      }\n    }\n  }\n": types.MyTasks_TaskFragmentDoc,
    "\n  query MyTasks {\n    me {\n      id\n      tasks {\n        id\n        ...MyTasks_Task\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation SiteHeader_SignOut {\n    signOut\n  }\n": types.SiteHeader_SignOutDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    lead\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Session_Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.Session_MeDocument,
    "\n  query AdminOutboxPage_Outbox($status: OutboxStatus, $offset: Int, $limit: Int) {\n    outbox(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        dueAt\n        sentAt\n        createdAt\n      }\n    }\n  }\n": types.AdminOutboxPage_OutboxDocument,
    "\n  mutation AdminOutboxPage_RetryOutboxMessage($id: UUID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdminOutboxPage_RetryOutboxMessageDocument,
    "\n  fragment AdminUserPage_User on User {\n    id\n    name\n    email\n    roles\n    lead\n    active\n    invitationPending\n    lastSignInAt\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n": types.AdminUserPage_UserFragmentDoc,
    "\n  query AdminUserPage_User($id: UUID!) {\n    user(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n": types.AdminUserPage_UserDocument,
    "\n  mutation AdminUserPage_SetUserRoles($id: UUID!, $roles: [Role!]!, $lead: Boolean!) {\n    setUserRoles(id: $id, roles: $roles, lead: $lead) {\n      ...AdminUserPage_User\n    }\n  }\n": types.AdminUserPage_SetUserRolesDocument,
    "\n  mutation AdminUserPage_DeactivateUser($id: UUID!) {\n    deactivateUser(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n": types.AdminUserPage_DeactivateUserDocument,
    "\n  mutation AdminUserPage_ReactivateUser($id: UUID!) {\n    reactivateUser(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n": types.AdminUserPage_ReactivateUserDocument,
    "\n  mutation AdminUserPage_ResendInvitation($id: UUID!) {\n    resendInvitation(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n": types.AdminUserPage_ResendInvitationDocument,
    "\n  fragment UserRow_User on User {\n    id\n    name\n    email\n    roles\n    lead\n    active\n    invitationPending\n    lastSignInAt\n    organisation {\n      id\n      name\n    }\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  query AdminUsersPage_Users($search: String, $offset: Int, $limit: Int) {\n    users(search: $search, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...UserRow_User\n      }\n    }\n  }\n": types.AdminUsersPage_UsersDocument,
    "\n  fragment AuthorityRow_Authority on Authority {\n    id\n    name\n    gssCode\n    ric\n    lgbfFamilyGroup\n  }\n": types.AuthorityRow_AuthorityFragmentDoc,
    "\n  query AuthoritiesPage_Authorities($ric: String, $lgbfFamilyGroup: Int) {\n    authorities(ric: $ric, lgbfFamilyGroup: $lgbfFamilyGroup) {\n      ...AuthorityRow_Authority\n    }\n    regionalImprovementCollaboratives\n  }\n": types.AuthoritiesPage_AuthoritiesDocument,
    "\n  query AuthorityPage_Authority($gssCode: String!) {\n    authority(gssCode: $gssCode) {\n      id\n      name\n      gssCode\n      ric\n      lgbfFamilyGroup\n    }\n  }\n": types.AuthorityPage_AuthorityDocument,
    "\n  mutation ChangePasswordPage_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordPage_ChangePasswordDocument,
    "\n  mutation FindingItem_Update($findingId: UUID!, $version: Int!, $input: FindingInput!) {\n    updateFinding(findingId: $findingId, version: $version, input: $input) {\n      id\n      version\n      text\n      status\n    }\n  }\n": types.FindingItem_UpdateDocument,
    "\n  mutation FindingItem_Remove($findingId: UUID!, $version: Int!) {\n    removeFinding(findingId: $findingId, version: $version)\n  }\n": types.FindingItem_RemoveDocument,
    "\n  mutation FindingItem_Agree($findingId: UUID!, $version: Int!) {\n    agreeFinding(findingId: $findingId, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": types.FindingItem_AgreeDocument,
    "\n  mutation FindingItem_Unagree($findingId: UUID!, $version: Int!) {\n    unagreeFinding(findingId: $findingId, version: $version) {\n      id\n      version\n      status\n    }\n  }\n": types.FindingItem_UnagreeDocument,
    "\n  query FindingsSection_Findings($reviewId: UUID!) {\n    reviewFindings(reviewId: $reviewId) {\n      reviewId\n      reviewVersion\n      state\n      canRecord\n      canAgree\n      agreedStrengths\n      agreedAreasForImprovement\n      indicators {\n        number\n        title\n      }\n      sessions {\n        id\n        day\n        startsAt\n        endsAt\n        kind\n      }\n      findings {\n        id\n        kind\n        text\n        indicators\n        session {\n          id\n          day\n          startsAt\n          endsAt\n          kind\n        }\n        author {\n          id\n          name\n        }\n        status\n        mergedIntoId\n        version\n        recordedAt\n        updatedAt\n        canEdit\n        attachments {\n          id\n          fileName\n          url\n        }\n      }\n    }\n  }\n": types.FindingsSection_FindingsDocument,
    "\n  query FindingsSection_History($reviewId: UUID!) {\n    reviewFindings(reviewId: $reviewId) {\n      reviewId\n      findings {\n        id\n        history {\n          at\n          by {\n            id\n            name\n          }\n          kind\n          text\n        }\n      }\n    }\n  }\n": types.FindingsSection_HistoryDocument,
    "\n  mutation FindingsSection_CompleteVisit($reviewId: UUID!, $version: Int!) {\n    completeVisit(reviewId: $reviewId, version: $version) {\n      id\n      version\n      state\n    }\n  }\n": types.FindingsSection_CompleteVisitDocument,
    "\n  mutation MergeForm_Merge($intoId: UUID!, $mergedIds: [UUID!]!, $text: String!) {\n    mergeFindings(intoId: $intoId, mergedIds: $mergedIds, text: $text) {\n      id\n      version\n      text\n      status\n    }\n  }\n": types.MergeForm_MergeDocument,
    "\n  mutation CaptureForm_RecordFinding($reviewId: UUID!, $idempotencyKey: UUID!, $input: FindingInput!) {\n    recordFinding(reviewId: $reviewId, idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      reviewId\n      version\n      status\n    }\n  }\n": types.CaptureForm_RecordFindingDocument,
    "\n  mutation FollowUpTab_AddAction($reviewId: UUID!, $input: FollowUpActionInput!) {\n    addFollowUpAction(reviewId: $reviewId, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n": types.FollowUpTab_AddActionDocument,
    "\n  mutation FollowUpTab_UpdateAction($actionId: UUID!, $version: Int!, $input: FollowUpActionUpdateInput!) {\n    updateFollowUpAction(actionId: $actionId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n": types.FollowUpTab_UpdateActionDocument,
    "\n  mutation FollowUpTab_SetNoActionReason($reviewId: UUID!, $itemId: UUID!, $reason: String) {\n    setNoActionReason(reviewId: $reviewId, itemId: $itemId, reason: $reason) {\n      reviewId\n      reviewVersion\n    }\n  }\n": types.FollowUpTab_SetNoActionReasonDocument,
    "\n  mutation FollowUpTab_AddNote($actionId: UUID!, $input: FollowUpNoteInput!) {\n    addFollowUpNote(actionId: $actionId, input: $input) {\n      reviewId\n      actions {\n        id\n        notes {\n          id\n        }\n      }\n    }\n  }\n": types.FollowUpTab_AddNoteDocument,
    "\n  query FollowUpTab_FollowUp($reviewId: UUID!) {\n    reviewFollowUp(reviewId: $reviewId) {\n      reviewId reviewVersion state publishedOn actionsOpen actionsOverdue\n      canManageActions canScheduleSessions canWriteSessionNotes canRecordMeasures\n      canPublishMeasures canBeginFollowUp canClose\n      unmetToBegin { code message } unmetToClose { code message }\n      possibleOwners { id name }\n      areas { itemId text indicators superseded noActionReason\n              noActionReasonBy { id name } noActionReasonAt actionCount }\n      actions { id version areaItemId areaText fromSupersededVersion description\n                owner { id name } dueOn status overdue dueSoon createdAt updatedAt\n                createdBy { id name } canUpdate\n                notes { id text notedOn createdAt author { id name }\n                        attachments { id fileName contentType sizeBytes summary url } } }\n      sessions { number proposedOn scheduledOn scheduled savedBy { id name } savedAt notes sequence }\n      impactMeasures { id version name learnerGroup unit baselineValue baselinePeriod\n                       laterValue laterPeriod noLaterValueReason change changeText published\n                       recordedBy { id name } updatedAt }\n    }\n  }\n": types.FollowUpTab_FollowUpDocument,
    "\n  mutation FollowUpTab_AddMeasure($reviewId: UUID!, $input: ImpactMeasureInput!) {\n    addImpactMeasure(reviewId: $reviewId, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n": types.FollowUpTab_AddMeasureDocument,
    "\n  mutation FollowUpTab_UpdateMeasure($measureId: UUID!, $version: Int!, $input: ImpactMeasureInput!) {\n    updateImpactMeasure(measureId: $measureId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n": types.FollowUpTab_UpdateMeasureDocument,
    "\n  mutation FollowUpTab_PublishMeasure($measureId: UUID!, $version: Int!, $published: Boolean!) {\n    publishImpactMeasure(measureId: $measureId, version: $version, published: $published) {\n      reviewId\n      reviewVersion\n    }\n  }\n": types.FollowUpTab_PublishMeasureDocument,
    "\n  mutation FollowUpTab_ScheduleSession($reviewId: UUID!, $number: Int!, $date: NaiveDate!) {\n    scheduleFollowUpSession(reviewId: $reviewId, number: $number, date: $date) {\n      reviewId\n      reviewVersion\n    }\n  }\n": types.FollowUpTab_ScheduleSessionDocument,
    "\n  mutation FollowUpTab_CancelSession($reviewId: UUID!, $number: Int!) {\n    cancelFollowUpSession(reviewId: $reviewId, number: $number) {\n      reviewId\n      reviewVersion\n    }\n  }\n": types.FollowUpTab_CancelSessionDocument,
    "\n  mutation FollowUpTab_SessionNotes($reviewId: UUID!, $number: Int!, $notes: String!) {\n    setFollowUpSessionNotes(reviewId: $reviewId, number: $number, notes: $notes) {\n      reviewId\n      reviewVersion\n    }\n  }\n": types.FollowUpTab_SessionNotesDocument,
    "\n  mutation ForgotPasswordPage_RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.ForgotPasswordPage_RequestPasswordResetDocument,
    "\n  fragment FrameworkScale_ScaleLevel on ScaleLevel {\n    level\n    label\n    meaning\n  }\n": types.FrameworkScale_ScaleLevelFragmentDoc,
    "\n  query FrameworkPage_Framework($id: String!, $version: Int) {\n    framework(id: $id, version: $version) {\n      id\n      version\n      name\n      publisher\n      year\n      appliesTo\n      about\n      grading\n      gradingRules\n      questions\n      scale {\n        ...FrameworkScale_ScaleLevel\n      }\n      keyAreas {\n        number\n        title\n        qualityIndicators {\n          number\n          title\n          themes\n        }\n      }\n    }\n  }\n": types.FrameworkPage_FrameworkDocument,
    "\n  query FrameworksPage_Frameworks {\n    frameworks {\n      id\n      version\n      name\n      publisher\n      year\n      appliesTo\n      grading\n    }\n  }\n": types.FrameworksPage_FrameworksDocument,
    "\n  query InsightDashboard_Dashboard($programmeId: UUID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programme {\n        id\n        name\n      }\n      today\n      thresholds {\n        programmeId\n        focusDaysBefore\n        teamDaysBefore\n        selfEvaluationWorkingDaysBefore\n        reportWorkingDaysAfter\n        isDefault\n      }\n      total\n      byState {\n        state\n        label\n        count\n      }\n      byPhase {\n        phase\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n      upcomingVisits {\n        review {\n          id\n          phase\n          targetMonth\n          state\n          theme\n          hosts {\n            id\n            name\n          }\n        }\n        firstDay\n        lastDay\n        days\n      }\n      atRisk {\n        review {\n          id\n          phase\n          targetMonth\n          state\n          theme\n          hosts {\n            id\n            name\n          }\n        }\n        reasons {\n          reason\n          message\n          since\n        }\n      }\n      overdueActions {\n        authority {\n          id\n          name\n        }\n        count\n        actions {\n          reviewId\n          actionId\n          description\n          dueOn\n          daysOverdue\n        }\n      }\n      impactMeasures {\n        review {\n          id\n          phase\n          targetMonth\n          state\n          theme\n          hosts {\n            id\n            name\n          }\n        }\n        reportSlug\n        measure {\n          name\n          learnerGroup\n          unit\n          baselineValue\n          baselinePeriod\n          laterValue\n          laterPeriod\n          changeText\n        }\n      }\n    }\n  }\n": types.InsightDashboard_DashboardDocument,
    "\n  query InsightNetwork_Network($programmeId: UUID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    collaborationNetwork(programmeId: $programmeId) {\n      authorities {\n        id\n        name\n      }\n      matrix\n      total\n    }\n  }\n": types.InsightNetwork_NetworkDocument,
    "\n  query InsightOpenData_Programmes {\n    programmes {\n      id\n      name\n    }\n  }\n": types.InsightOpenData_ProgrammesDocument,
    "\n  query InsightThemes_Themes($groupBy: ThemeGrouping!, $kind: ReportItemKind, $authority: UUID, $year: Int) {\n    themesAcrossReports(groupBy: $groupBy, kind: $kind, authority: $authority, year: $year) {\n      groupBy\n      reports\n      groups {\n        key\n        label\n        strengths\n        areasForImprovement\n        total\n        items {\n          kind\n          text\n          indicators\n          theme\n          hostNames\n          year\n          targetMonth\n          programmeName\n          slug\n          version\n        }\n      }\n    }\n    publishedReportFilters {\n      authorities {\n        id\n        name\n      }\n      years\n    }\n  }\n": types.InsightThemes_ThemesDocument,
    "\n  mutation InsightThresholds_Set($programmeId: UUID!, $thresholds: RiskThresholdsInput!) {\n    setRiskThresholds(programmeId: $programmeId, thresholds: $thresholds) {\n      programmeId\n      focusDaysBefore\n      teamDaysBefore\n      selfEvaluationWorkingDaysBefore\n      reportWorkingDaysAfter\n      isDefault\n    }\n  }\n": types.InsightThresholds_SetDocument,
    "\n  mutation InvitationPage_AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SessionUser\n    }\n  }\n": types.InvitationPage_AcceptInvitationDocument,
    "\n  query InviteUserPage_Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n": types.InviteUserPage_OrganisationsDocument,
    "\n  mutation InviteUserPage_InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteUserPage_InviteUserDocument,
    "\n  query MyRemindersPage_Reminders {\n    myReminders {\n      id\n      reviewId\n      reviewName\n      action\n      path\n      kind\n      label\n      dueAt\n      aboutDay\n      why\n      wanted\n    }\n    myReminderSettings {\n      kind\n      label\n      wanted\n      essential\n    }\n  }\n": types.MyRemindersPage_RemindersDocument,
    "\n  mutation MyRemindersPage_SetReminderWanted($kind: ReminderKind!, $wanted: Boolean!) {\n    setReminderWanted(kind: $kind, wanted: $wanted) {\n      kind\n      wanted\n      essential\n    }\n  }\n": types.MyRemindersPage_SetReminderWantedDocument,
    "\n  query ProgrammePage_Programme($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n      phases {\n        number\n        from\n        to\n      }\n    }\n    authorities {\n      id\n      name\n    }\n  }\n": types.ProgrammePage_ProgrammeDocument,
    "\n  query ProgrammePage_Materials($id: UUID!) {\n    programme(id: $id) {\n      id\n      materials {\n        id\n        title\n        url\n      }\n    }\n  }\n": types.ProgrammePage_MaterialsDocument,
    "\n  query ProgrammePage_Reviews($filter: ReviewFilterInput, $offset: Int!, $limit: Int!) {\n    reviews(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        phase\n        targetMonth\n        theme\n        state\n        publishedReportUrl\n        hosts {\n          id\n          name\n        }\n        quad {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProgrammePage_ReviewsDocument,
    "\n  query ProgrammeRemindersPage_Policy($id: UUID!) {\n    reminderPolicy(programmeId: $id) {\n      kind\n      label\n      offsets\n      anchor\n      unit\n      repeats\n      isDefault\n      defaultOffsets\n      essential\n    }\n  }\n": types.ProgrammeRemindersPage_PolicyDocument,
    "\n  mutation ProgrammeRemindersPage_SetPolicy($id: UUID!, $kind: ReminderKind!, $offsets: [Int!]!, $useDefault: Boolean) {\n    setReminderPolicy(programmeId: $id, kind: $kind, offsets: $offsets, useDefault: $useDefault) {\n      kind\n      offsets\n      isDefault\n    }\n  }\n": types.ProgrammeRemindersPage_SetPolicyDocument,
    "\n  query ProgrammeSettingsPage_Programme($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n      version\n      ...SettingsForm_Programme\n      ...MaterialsSection_Programme\n    }\n  }\n": types.ProgrammeSettingsPage_ProgrammeDocument,
    "\n  fragment MaterialsSection_Programme on Programme {\n    id\n    materials {\n      id\n      title\n      url\n    }\n  }\n": types.MaterialsSection_ProgrammeFragmentDoc,
    "\n  mutation MaterialsSection_AddMaterial($programmeId: UUID!, $input: MaterialInput!) {\n    addMaterial(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n": types.MaterialsSection_AddMaterialDocument,
    "\n  mutation MaterialsSection_RemoveMaterial($id: UUID!) {\n    removeMaterial(id: $id)\n  }\n": types.MaterialsSection_RemoveMaterialDocument,
    "\n  fragment SettingsForm_Programme on Programme {\n    id\n    name\n    kind\n    version\n    phases {\n      number\n      from\n      to\n    }\n    rules {\n      teamSizeMin\n      teamSizeMax\n      hmiRequired\n      visitLengthDays\n      selfEvaluationMode\n      gradingRequired\n      publicReportRequired\n      reciprocity\n    }\n  }\n": types.SettingsForm_ProgrammeFragmentDoc,
    "\n  mutation SettingsForm_Create($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": types.SettingsForm_CreateDocument,
    "\n  mutation SettingsForm_Update($id: UUID!, $version: Int!, $input: ProgrammeInput!) {\n    updateProgramme(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.SettingsForm_UpdateDocument,
    "\n  query ProgrammesPage_Programmes {\n    programmes {\n      id\n      name\n      kind\n      phases {\n        number\n        from\n        to\n      }\n    }\n  }\n": types.ProgrammesPage_ProgrammesDocument,
    "\n  query QuadsPage_Quads {\n    quads {\n      id\n      session\n      name\n      authorities {\n        id\n        name\n      }\n    }\n    authorities {\n      id\n      name\n    }\n  }\n": types.QuadsPage_QuadsDocument,
    "\n  mutation QuadsPage_CreateQuad($input: QuadInput!) {\n    createQuad(input: $input) {\n      id\n      name\n      session\n    }\n  }\n": types.QuadsPage_CreateQuadDocument,
    "\n  mutation QuadsPage_UpdateQuad($id: UUID!, $input: QuadUpdateInput!) {\n    updateQuad(id: $id, input: $input) {\n      id\n      name\n      session\n    }\n  }\n": types.QuadsPage_UpdateQuadDocument,
    "\n  mutation QuadsPage_DissolveQuad($id: UUID!) {\n    dissolveQuad(id: $id)\n  }\n": types.QuadsPage_DissolveQuadDocument,
    "\n  mutation ReportSection_AddComment($reviewId: UUID!, $input: ReportCommentInput!) {\n    addReportComment(reviewId: $reviewId, input: $input) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_AddCommentDocument,
    "\n  mutation ReportSection_AnswerComment($commentId: UUID!, $accept: Boolean!, $reply: String!) {\n    answerReportComment(commentId: $commentId, accept: $accept, reply: $reply) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_AnswerCommentDocument,
    "\n  mutation ReportSection_AddItem($reviewId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {\n    addReportItem(reviewId: $reviewId, draftVersion: $draftVersion, input: $input) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_AddItemDocument,
    "\n  mutation ReportSection_UpdateItem($itemId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {\n    updateReportItem(itemId: $itemId, draftVersion: $draftVersion, input: $input) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_UpdateItemDocument,
    "\n  query PublicReportPage_Report($slug: String!, $version: Int) {\n    publishedReport(slug: $slug, version: $version) {\n      slug\n      version\n      publishedAt\n      changeNote\n      latestVersion\n      superseded\n      hostNames\n      programmeName\n      targetMonth\n      focusTheme\n      keyQuestions\n      pdfUrl\n      sections {\n        key\n        title\n        text\n      }\n      strengths {\n        id\n        kind\n        text\n        indicators\n        position\n      }\n      areasForImprovement {\n        id\n        kind\n        text\n        indicators\n        position\n      }\n      impactMeasures {\n        name\n        learnerGroup\n        unit\n        baselineValue\n        baselinePeriod\n        laterValue\n        laterPeriod\n        change\n        changeText\n      }\n      versions {\n        slug\n        version\n        publishedAt\n        changeNote\n      }\n    }\n  }\n": types.PublicReportPage_ReportDocument,
    "\n  query PublishedReportsPage_Index(\n    $theme: String\n    $authority: UUID\n    $year: Int\n    $text: String\n    $offset: Int!\n    $limit: Int!\n  ) {\n    publishedReports(theme: $theme, authority: $authority, year: $year, text: $text, offset: $offset, limit: $limit) {\n      total\n      notice\n      items {\n        reviewId\n        slug\n        version\n        hostNames\n        programmeName\n        targetMonth\n        focusTheme\n        publishedAt\n        snippet\n        externalUrl\n        imported\n        pdfUrl\n      }\n    }\n    publishedReportFilters {\n      themes\n      authorities {\n        id\n        name\n      }\n      years\n    }\n  }\n": types.PublishedReportsPage_IndexDocument,
    "\n  query ReportSection_Draft($reviewId: UUID!) {\n    review(id: $reviewId) {\n      id\n      version\n      state\n      ...ReviewActions_Review\n    }\n    reportDraft(reviewId: $reviewId) {\n      reviewId\n      reviewVersion\n      state\n      draftVersion\n      isCorrection\n      changeNote\n      sharedWithHostAt\n      sections {\n        key\n        title\n        text\n      }\n      strengths {\n        id\n        kind\n        text\n        indicators\n        findingIds\n        position\n      }\n      areasForImprovement {\n        id\n        kind\n        text\n        indicators\n        findingIds\n        position\n      }\n      comments {\n        id\n        sectionKey\n        itemId\n        author {\n          id\n          name\n        }\n        text\n        createdAt\n        status\n        reply\n        answeredBy {\n          id\n          name\n        }\n        answeredAt\n      }\n      openComments\n      approvals {\n        by {\n          id\n          name\n        }\n        role\n        authorityName\n        draftVersion\n        at\n      }\n      awaitingApprovalFrom\n      canEdit\n      canShare\n      canComment\n      canAnswerComments\n      canApprove\n      canPublish\n      canOpenCorrection\n      draftPdfUrl\n      published {\n        slug\n        version\n        publishedAt\n        changeNote\n      }\n    }\n  }\n": types.ReportSection_DraftDocument,
    "\n  query ReportSection_Findings($reviewId: UUID!) {\n    reviewFindings(reviewId: $reviewId) {\n      reviewId\n      findings {\n        id\n        kind\n        text\n        indicators\n        status\n      }\n    }\n  }\n": types.ReportSection_FindingsDocument,
    "\n  mutation ReportSection_RemoveItem($itemId: UUID!, $draftVersion: Int!) {\n    removeReportItem(itemId: $itemId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_RemoveItemDocument,
    "\n  mutation ReportSection_MoveItem($itemId: UUID!, $draftVersion: Int!, $position: Int!) {\n    moveReportItem(itemId: $itemId, draftVersion: $draftVersion, position: $position) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_MoveItemDocument,
    "\n  mutation ReportSection_Share($reviewId: UUID!, $draftVersion: Int!) {\n    shareReportDraft(reviewId: $reviewId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n      sharedWithHostAt\n    }\n  }\n": types.ReportSection_ShareDocument,
    "\n  mutation ReportSection_Approve($reviewId: UUID!, $draftVersion: Int!) {\n    approveReport(reviewId: $reviewId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_ApproveDocument,
    "\n  mutation ReportSection_Publish($reviewId: UUID!, $version: Int!) {\n    publishReport(reviewId: $reviewId, version: $version) {\n      id\n      version\n      state\n    }\n  }\n": types.ReportSection_PublishDocument,
    "\n  mutation ReportSection_PublishCorrection($reviewId: UUID!, $draftVersion: Int!) {\n    publishReportCorrection(reviewId: $reviewId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_PublishCorrectionDocument,
    "\n  mutation ReportSection_OpenCorrection($reviewId: UUID!, $changeNote: String!) {\n    openReportCorrection(reviewId: $reviewId, changeNote: $changeNote) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_OpenCorrectionDocument,
    "\n  mutation ReportSection_UpdateSection($reviewId: UUID!, $draftVersion: Int!, $key: ReportSectionKey!, $text: String!) {\n    updateReportSection(reviewId: $reviewId, draftVersion: $draftVersion, key: $key, text: $text) {\n      reviewId\n      draftVersion\n    }\n  }\n": types.ReportSection_UpdateSectionDocument,
    "\n  mutation ResetPasswordPage_ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordPage_ResetPasswordDocument,
    "\n  fragment FocusForm_Review on Review {\n    id\n    version\n    hosts {\n      id\n      name\n    }\n    focus {\n      theme\n      keyQuestions\n      scope\n      canEdit\n      canSignOff\n      canReopen\n      signOffs {\n        user {\n          id\n          name\n        }\n        authority {\n          id\n          name\n        }\n        asProgrammeOfficer\n        signedAt\n      }\n    }\n  }\n": types.FocusForm_ReviewFragmentDoc,
    "\n  mutation FocusForm_UpdateFocus($reviewId: UUID!, $version: Int!, $input: FocusInput!) {\n    updateFocus(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.FocusForm_UpdateFocusDocument,
    "\n  mutation FocusForm_SignOffFocus($reviewId: UUID!, $version: Int!) {\n    signOffFocus(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.FocusForm_SignOffFocusDocument,
    "\n  mutation FocusForm_ReopenFocus($reviewId: UUID!, $version: Int!, $reason: String!) {\n    reopenFocus(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": types.FocusForm_ReopenFocusDocument,
    "\n  query HistorySection_History($id: UUID!, $after: Int) {\n    review(id: $id) {\n      id\n      history(first: 50, after: $after) {\n        total\n        endCursor\n        hasNextPage\n        items {\n          id\n          sequence\n          kind\n          summary\n          fromState\n          toState\n          reason\n          actorName\n          at\n          reportUrl\n        }\n      }\n    }\n  }\n": types.HistorySection_HistoryDocument,
    "\n  mutation InvitationAnswer_Respond($memberId: UUID!, $version: Int!, $accept: Boolean!) {\n    respondToTeamInvitation(memberId: $memberId, version: $version, accept: $accept) {\n      id\n      invitation\n    }\n  }\n": types.InvitationAnswer_RespondDocument,
    "\n  query InviteForm_Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n": types.InviteForm_OrganisationsDocument,
    "\n  mutation InviteForm_InviteTeamMember($reviewId: UUID!, $version: Int!, $input: InviteTeamMemberInput!) {\n    inviteTeamMember(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.InviteForm_InviteTeamMemberDocument,
    "\n  query PeopleSearch_Users($search: String) {\n    users(search: $search, limit: 20) {\n      items {\n        id\n        name\n        email\n        invitationPending\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeopleSearch_UsersDocument,
    "\n  mutation ReplaceMemberForm_ReplaceTeamMember($memberId: UUID!, $version: Int!, $input: TeamMemberInput!) {\n    replaceTeamMember(memberId: $memberId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.ReplaceMemberForm_ReplaceTeamMemberDocument,
    "\n  mutation ReplaceMemberForm_ReplaceTeamMemberByInvite(\n    $memberId: UUID!\n    $version: Int!\n    $input: InviteTeamMemberInput!\n  ) {\n    replaceTeamMemberByInvite(memberId: $memberId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.ReplaceMemberForm_ReplaceTeamMemberByInviteDocument,
    "\n  fragment RescheduleForm_Review on Review {\n    id\n    version\n    phase\n    targetMonth\n    hosts {\n      id\n      name\n    }\n    programme {\n      id\n      phases {\n        number\n        from\n        to\n      }\n    }\n  }\n": types.RescheduleForm_ReviewFragmentDoc,
    "\n  mutation RescheduleForm_RescheduleReview($reviewId: UUID!, $version: Int!, $input: RescheduleReviewInput!) {\n    rescheduleReview(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n      phase\n      targetMonth\n    }\n  }\n": types.RescheduleForm_RescheduleReviewDocument,
    "\n  fragment ReviewActions_Review on Review {\n    id\n    version\n    nextCommand {\n      command\n      label\n      allowed\n      forbiddenReason\n      unmet {\n        code\n        message\n      }\n    }\n    availableCommands {\n      command\n      label\n      allowed\n      forbiddenReason\n      unmet {\n        code\n        message\n      }\n    }\n  }\n": types.ReviewActions_ReviewFragmentDoc,
    "\n  mutation ReviewActions_AgreeFocus($reviewId: UUID!, $version: Int!) {\n    agreeFocus(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_AgreeFocusDocument,
    "\n  mutation ReviewActions_FormTeam($reviewId: UUID!, $version: Int!) {\n    formTeam(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_FormTeamDocument,
    "\n  mutation ReviewActions_SubmitSelfEvaluation($reviewId: UUID!, $version: Int!) {\n    submitSelfEvaluation(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_SubmitSelfEvaluationDocument,
    "\n  mutation ReviewActions_StartVisit($reviewId: UUID!, $version: Int!) {\n    startVisit(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_StartVisitDocument,
    "\n  mutation ReviewActions_CompleteVisit($reviewId: UUID!, $version: Int!) {\n    completeVisit(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_CompleteVisitDocument,
    "\n  mutation ReviewActions_DraftReport($reviewId: UUID!, $version: Int!) {\n    draftReport(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_DraftReportDocument,
    "\n  mutation ReviewActions_PublishReport($reviewId: UUID!, $version: Int!) {\n    publishReport(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_PublishReportDocument,
    "\n  mutation ReviewActions_BeginFollowUp($reviewId: UUID!, $version: Int!) {\n    beginFollowUp(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_BeginFollowUpDocument,
    "\n  mutation ReviewActions_CloseReview($reviewId: UUID!, $version: Int!) {\n    closeReview(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_CloseReviewDocument,
    "\n  mutation ReviewActions_ResumeReview($reviewId: UUID!, $version: Int!) {\n    resumeReview(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_ResumeReviewDocument,
    "\n  mutation ReviewActions_PostponeReview($reviewId: UUID!, $version: Int!, $reason: String!) {\n    postponeReview(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_PostponeReviewDocument,
    "\n  mutation ReviewActions_WithdrawReview($reviewId: UUID!, $version: Int!, $reason: String!) {\n    withdrawReview(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_WithdrawReviewDocument,
    "\n  mutation ReviewActions_ReopenSelfEvaluation($reviewId: UUID!, $version: Int!, $reason: String!) {\n    reopenSelfEvaluation(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n": types.ReviewActions_ReopenSelfEvaluationDocument,
    "\n  query ReviewPage_Review($id: UUID!) {\n    review(id: $id) {\n      id\n      version\n      state\n      targetMonth\n      programme {\n        id\n        name\n      }\n      hosts {\n        id\n        name\n      }\n      team {\n        id\n        user {\n          id\n        }\n        role\n        invitation\n        replaced\n      }\n      latestEvent {\n        id\n        fromState\n      }\n      ...ReviewSummary_Review\n      ...ReviewActions_Review\n      ...FocusForm_Review\n      ...TeamSection_Review\n      canReschedule\n      canAnswerInvitation\n      ...RescheduleForm_Review\n      ...SelfEvaluationLinks_Review\n    }\n  }\n": types.ReviewPage_ReviewDocument,
    "\n  query ReviewPage_PublicReview($id: UUID!) {\n    review(id: $id) {\n      id\n      targetMonth\n      programme {\n        id\n        name\n      }\n      hosts {\n        id\n        name\n      }\n      ...ReviewSummary_Review\n    }\n  }\n": types.ReviewPage_PublicReviewDocument,
    "\n  fragment ReviewSummary_Review on Review {\n    programme {\n      id\n      name\n    }\n    hosts {\n      id\n      name\n    }\n    phase\n    targetMonth\n    theme\n    state\n    publishedReportUrl\n  }\n": types.ReviewSummary_ReviewFragmentDoc,
    "\n  fragment TeamSection_Review on Review {\n    id\n    version\n    canChangeTeam\n    team {\n      id\n      user {\n        id\n        name\n        email\n      }\n      organisation {\n        id\n        name\n      }\n      affiliation\n      role\n      invitation\n      replaced\n      replacedByMemberId\n    }\n    conflicts {\n      id\n      description\n      dismissed\n      dismissalReason\n      dismissedAt\n      dismissedBy {\n        id\n        name\n      }\n    }\n  }\n": types.TeamSection_ReviewFragmentDoc,
    "\n  mutation TeamSection_AddTeamMember($reviewId: UUID!, $version: Int!, $input: TeamMemberInput!) {\n    addTeamMember(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.TeamSection_AddTeamMemberDocument,
    "\n  mutation TeamSection_DismissConflict($id: UUID!, $version: Int!, $reason: String!) {\n    dismissConflict(id: $id, version: $version, reason: $reason) {\n      id\n      dismissed\n    }\n  }\n": types.TeamSection_DismissConflictDocument,
    "\n  query ScheduleReviewPage_Data($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n      phases {\n        number\n        from\n        to\n      }\n    }\n    authorities {\n      id\n      name\n    }\n    quads {\n      id\n      session\n      name\n      authorities {\n        id\n        name\n      }\n    }\n  }\n": types.ScheduleReviewPage_DataDocument,
    "\n  mutation ScheduleReviewPage_Schedule($input: ScheduleReviewInput!) {\n    scheduleReview(input: $input) {\n      id\n      hosts {\n        id\n        name\n      }\n    }\n  }\n": types.ScheduleReviewPage_ScheduleDocument,
    "\n  query ScheduleReviewPage_Existing($programmeId: UUID!, $hostId: UUID!) {\n    reviews(filter: { programmeId: $programmeId, hostId: $hostId }, limit: 50) {\n      items {\n        id\n        targetMonth\n        state\n      }\n    }\n  }\n": types.ScheduleReviewPage_ExistingDocument,
    "\n  mutation SelfEvaluationAttachments_Remove($id: UUID!) {\n    removeAttachment(id: $id)\n  }\n": types.SelfEvaluationAttachments_RemoveDocument,
    "\n  mutation IndicatorEditor_Save($input: SaveSelfEvaluationIndicatorInput!) {\n    saveSelfEvaluationIndicator(input: $input) {\n      number\n      grade\n      evidence\n      strengths\n      areasForImprovement\n      answers\n      version\n      complete\n      lastEditedBy {\n        id\n        name\n      }\n      lastEditedAt\n    }\n  }\n": types.IndicatorEditor_SaveDocument,
    "\n  query NationalDistribution_Distribution($frameworkId: String!, $version: Int!) {\n    nationalDistribution(frameworkId: $frameworkId, version: $version) {\n      hidden\n      reason\n      authorities\n      framework {\n        id\n        name\n        version\n        scale {\n          level\n          label\n        }\n      }\n      indicators {\n        number\n        title\n        counts {\n          grade\n          label\n          authorities\n        }\n        ungraded\n      }\n    }\n  }\n": types.NationalDistribution_DistributionDocument,
    "\n  query SelfEvaluationPrintPage_SelfEvaluations($reviewId: UUID!) {\n    selfEvaluations(reviewId: $reviewId) {\n      id\n      authorityId\n      authorityName\n      submitted\n      submittedAt\n      graded\n      framework {\n        id\n        name\n        version\n        questions\n        scale {\n          level\n          label\n        }\n      }\n      progress {\n        complete\n        total\n      }\n      indicators {\n        number\n        title\n        grade\n        evidence\n        strengths\n        areasForImprovement\n        answers\n        lastEditedBy {\n          id\n          name\n        }\n        lastEditedAt\n      }\n      documents {\n        id\n        fileName\n        summary\n      }\n    }\n  }\n": types.SelfEvaluationPrintPage_SelfEvaluationsDocument,
    "\n  query QuadComparisonPage_Comparison($quadId: UUID!) {\n    quadComparison(quadId: $quadId) {\n      quadId\n      name\n      session\n      framework {\n        id\n        name\n        version\n        scale {\n          level\n          label\n        }\n      }\n      authorities {\n        authorityId\n        name\n        reviewId\n        submittedAt\n        frameworkVersion\n        compared\n      }\n      indicators {\n        number\n        title\n        grades {\n          authorityId\n          grade\n        }\n      }\n    }\n  }\n": types.QuadComparisonPage_ComparisonDocument,
    "\n  fragment SelfEvaluationLinks_Review on Review {\n    id\n    state\n    hosts {\n      id\n      name\n    }\n    quad {\n      id\n      name\n    }\n  }\n": types.SelfEvaluationLinks_ReviewFragmentDoc,
    "\n  query SelfEvaluationSection_SelfEvaluations($reviewId: UUID!) {\n    review(id: $reviewId) {\n      id\n      version\n      ...ReviewActions_Review\n      ...SubmitSelfEvaluation_Review\n    }\n    selfEvaluations(reviewId: $reviewId) {\n      id\n      authorityId\n      authorityName\n      mode\n      graded\n      submitted\n      submittedAt\n      submittedBy {\n        id\n        name\n      }\n      canEdit\n      framework {\n        id\n        version\n        name\n        questions\n        scale {\n          level\n          label\n          meaning\n        }\n      }\n      progress {\n        complete\n        total\n      }\n      indicators {\n        number\n        title\n        keyAreaNumber\n        keyAreaTitle\n        grade\n        evidence\n        strengths\n        areasForImprovement\n        answers\n        version\n        complete\n        lastEditedBy {\n          id\n          name\n        }\n        lastEditedAt\n        documents {\n          id\n          fileName\n          url\n        }\n      }\n      documents {\n        id\n        fileName\n        summary\n        url\n      }\n    }\n  }\n": types.SelfEvaluationSection_SelfEvaluationsDocument,
    "\n  fragment SubmitSelfEvaluation_Review on Review {\n    id\n    version\n    nextCommand {\n      command\n      label\n      allowed\n    }\n  }\n": types.SubmitSelfEvaluation_ReviewFragmentDoc,
    "\n  mutation TeamViewEditor_Save($input: SaveTeamViewIndicatorInput!) {\n    saveTeamViewIndicator(input: $input) {\n      number\n      teamGrade\n      teamEvidence\n      teamVersion\n      teamLastEditedBy {\n        id\n        name\n      }\n      teamLastEditedAt\n      gradeDifference\n    }\n  }\n": types.TeamViewEditor_SaveDocument,
    "\n  query TeamViewSection_Comparison($reviewId: UUID!) {\n    selfEvaluationComparison(reviewId: $reviewId) {\n      authorityId\n      authorityName\n      graded\n      canEditTeamView\n      indicators {\n        number\n        title\n        selfGrade\n        selfEvidence\n        teamGrade\n        teamEvidence\n        teamVersion\n        teamLastEditedBy {\n          id\n          name\n        }\n        teamLastEditedAt\n        gradeDifference\n      }\n    }\n    selfEvaluations(reviewId: $reviewId) {\n      id\n      authorityId\n      framework {\n        id\n        version\n        name\n        scale {\n          level\n          label\n          meaning\n        }\n      }\n    }\n  }\n": types.TeamViewSection_ComparisonDocument,
    "\n  mutation SignInPage_SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n": types.SignInPage_SignInDocument,
    "\n  query SurveyFormPage_Form($token: String!) {\n    surveyForm(token: $token) {\n      reviewName\n      programmeName\n      closesAt\n      closed\n      answered\n      suggestedOrganisationType\n      commentMaxChars\n      statements {\n        id\n        position\n        text\n      }\n    }\n  }\n": types.SurveyFormPage_FormDocument,
    "\n  mutation SurveyFormPage_Answer($token: String!, $response: SurveyResponseInput!) {\n    answerSurvey(token: $token, response: $response)\n  }\n": types.SurveyFormPage_AnswerDocument,
    "\n  query SurveyResultsPage_Results($id: UUID!, $phase: Int, $reviewId: UUID) {\n    programme(id: $id) {\n      id\n      name\n      phases {\n        number\n      }\n    }\n    surveyResults(programmeId: $id, phase: $phase, reviewId: $reviewId) {\n      scope\n      phase\n      reviewId\n      reviewName\n      invited\n      respondents\n      breakdownShown\n      byOrganisationType {\n        organisationType\n        count\n      }\n      statements {\n        statement {\n          id\n          position\n          text\n        }\n        counts {\n          answer\n          count\n          percentage\n        }\n      }\n      comments\n    }\n  }\n": types.SurveyResultsPage_ResultsDocument,
    "\n  query SurveyResultsPage_Surveys($id: UUID!) {\n    programmeSurveys(programmeId: $id) {\n      id\n      reviewId\n      reviewName\n      phase\n      closesAt\n      closed\n      invited\n      respondents\n    }\n  }\n": types.SurveyResultsPage_SurveysDocument,
    "\n  query SurveyStatementsPage_Settings($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n    }\n    surveySettings(programmeId: $id) {\n      programmeId\n      editable\n      closeAfterWeeks\n      maxStatements\n      statementMaxChars\n      statements {\n        id\n        position\n        text\n      }\n    }\n  }\n": types.SurveyStatementsPage_SettingsDocument,
    "\n  mutation SurveyStatementsPage_SetStatements($id: UUID!, $statements: [String!]!) {\n    setSurveyStatements(programmeId: $id, statements: $statements) {\n      programmeId\n      editable\n      statements {\n        id\n        position\n        text\n      }\n    }\n  }\n": types.SurveyStatementsPage_SetStatementsDocument,
    "\n  mutation SurveyStatementsPage_SetWeeks($id: UUID!, $weeks: Int!) {\n    setSurveyCloseAfterWeeks(programmeId: $id, weeks: $weeks) {\n      programmeId\n      closeAfterWeeks\n    }\n  }\n": types.SurveyStatementsPage_SetWeeksDocument,
    "\n  query AgendaPage_Agenda($reviewId: UUID!) {\n    visitAgenda(reviewId: $reviewId) {\n      host\n      days {\n        date\n        label\n        sessions {\n          startsAt\n          endsAt\n          kind\n          meets\n          place\n          team {\n            name\n            organisation\n          }\n        }\n      }\n      team {\n        name\n        organisation\n      }\n      sharedAt\n      recipients\n      canShare\n    }\n  }\n": types.AgendaPage_AgendaDocument,
    "\n  mutation AgendaPage_Share($reviewId: UUID!) {\n    shareVisitAgenda(reviewId: $reviewId) {\n      sharedAt\n      recipients\n      canShare\n    }\n  }\n": types.AgendaPage_ShareDocument,
    "\n  query BlackoutDatesPage_Authority($gssCode: String!) {\n    authority(gssCode: $gssCode) {\n      id\n      name\n      gssCode\n    }\n  }\n": types.BlackoutDatesPage_AuthorityDocument,
    "\n  query BlackoutDatesPage_Blackouts($authorityId: UUID!) {\n    blackoutDates(authorityId: $authorityId) {\n      id\n      authorityId\n      firstDay\n      lastDay\n      reason\n    }\n  }\n": types.BlackoutDatesPage_BlackoutsDocument,
    "\n  mutation BlackoutDatesPage_Add($authorityId: UUID!, $input: BlackoutDateInput!) {\n    addBlackoutDate(authorityId: $authorityId, input: $input) {\n      id\n      authorityId\n      firstDay\n      lastDay\n      reason\n    }\n  }\n": types.BlackoutDatesPage_AddDocument,
    "\n  mutation BlackoutDatesPage_Remove($id: UUID!) {\n    removeBlackoutDate(id: $id)\n  }\n": types.BlackoutDatesPage_RemoveDocument,
    "\n  mutation HostDetails_AddContact($reviewId: UUID!, $input: HostContactInput!) {\n    addHostContact(reviewId: $reviewId, input: $input) {\n      reviewId\n      sequence\n    }\n  }\n": types.HostDetails_AddContactDocument,
    "\n  mutation HostDetails_RemoveContact($contactId: UUID!) {\n    removeHostContact(contactId: $contactId) {\n      reviewId\n      sequence\n    }\n  }\n": types.HostDetails_RemoveContactDocument,
    "\n  mutation HostDetails_AddPlace($reviewId: UUID!, $input: VisitPlaceInput!) {\n    addVisitPlace(reviewId: $reviewId, input: $input) {\n      reviewId\n      sequence\n    }\n  }\n": types.HostDetails_AddPlaceDocument,
    "\n  mutation HostDetails_RemovePlace($placeId: UUID!) {\n    removeVisitPlace(placeId: $placeId) {\n      reviewId\n      sequence\n    }\n  }\n": types.HostDetails_RemovePlaceDocument,
    "\n  mutation SessionForm_AddSession($reviewId: UUID!, $version: Int!, $input: VisitSessionInput!) {\n    addVisitSession(reviewId: $reviewId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n      sequence\n    }\n  }\n": types.SessionForm_AddSessionDocument,
    "\n  mutation SessionForm_UpdateSession($sessionId: UUID!, $version: Int!, $input: VisitSessionInput!) {\n    updateVisitSession(sessionId: $sessionId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n      sequence\n    }\n  }\n": types.SessionForm_UpdateSessionDocument,
    "\n  mutation VisitDatesForm_SetVisitDates($reviewId: UUID!, $version: Int!, $days: [NaiveDate!]!) {\n    setVisitDates(reviewId: $reviewId, version: $version, days: $days) {\n      reviewId\n      reviewVersion\n      days\n      sequence\n    }\n  }\n": types.VisitDatesForm_SetVisitDatesDocument,
    "\n  query VisitSection_Plan($reviewId: UUID!) {\n    review(id: $reviewId) {\n      id\n      version\n      hosts {\n        id\n        name\n        gssCode\n      }\n      ...ReviewActions_Review\n    }\n    visitPlan(reviewId: $reviewId) {\n      reviewId\n      reviewVersion\n      targetMonth\n      lengthDays\n      days\n      sequence\n      sharedAt\n      sessions {\n        id\n        day\n        startsAt\n        endsAt\n        kind\n        audiences\n        place\n        members {\n          id\n          name\n        }\n      }\n      contacts {\n        id\n        role\n        name\n        email\n      }\n      places {\n        id\n        name\n        address\n      }\n      daysOff {\n        date\n        reason\n      }\n      assignable {\n        id\n        name\n      }\n      canPlan\n      canRecordContacts\n    }\n  }\n": types.VisitSection_PlanDocument,
    "\n  mutation VisitSection_RemoveSession($sessionId: UUID!, $version: Int!) {\n    removeVisitSession(sessionId: $sessionId, version: $version) {\n      reviewId\n      reviewVersion\n      sequence\n    }\n  }\n": types.VisitSection_RemoveSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyReviews_Review on Review {\n    id\n    targetMonth\n    state\n    hosts {\n      id\n      name\n    }\n    programme {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MyReviews_ReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReviews_List($offset: Int, $limit: Int) {\n    me {\n      id\n      reviews(offset: $offset, limit: $limit) {\n        total\n        items {\n          id\n          ...MyReviews_Review\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyReviews_ListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyTasks_Task on Task {\n    id\n    kind\n    title\n    detail\n    due\n    path\n    review {\n      id\n      targetMonth\n      hosts {\n        id\n        name\n      }\n      programme {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasks_TaskFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    me {\n      id\n      tasks {\n        id\n        ...MyTasks_Task\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteHeader_SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SiteHeader_SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    lead\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session_Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').Session_MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutboxPage_Outbox($status: OutboxStatus, $offset: Int, $limit: Int) {\n    outbox(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        dueAt\n        sentAt\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOutboxPage_OutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOutboxPage_RetryOutboxMessage($id: UUID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminOutboxPage_RetryOutboxMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserPage_User on User {\n    id\n    name\n    email\n    roles\n    lead\n    active\n    invitationPending\n    lastSignInAt\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminUserPage_UserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserPage_User($id: UUID!) {\n    user(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n"): typeof import('./graphql').AdminUserPage_UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUserPage_SetUserRoles($id: UUID!, $roles: [Role!]!, $lead: Boolean!) {\n    setUserRoles(id: $id, roles: $roles, lead: $lead) {\n      ...AdminUserPage_User\n    }\n  }\n"): typeof import('./graphql').AdminUserPage_SetUserRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUserPage_DeactivateUser($id: UUID!) {\n    deactivateUser(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n"): typeof import('./graphql').AdminUserPage_DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUserPage_ReactivateUser($id: UUID!) {\n    reactivateUser(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n"): typeof import('./graphql').AdminUserPage_ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUserPage_ResendInvitation($id: UUID!) {\n    resendInvitation(id: $id) {\n      ...AdminUserPage_User\n    }\n  }\n"): typeof import('./graphql').AdminUserPage_ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_User on User {\n    id\n    name\n    email\n    roles\n    lead\n    active\n    invitationPending\n    lastSignInAt\n    organisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UserRow_UserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsersPage_Users($search: String, $offset: Int, $limit: Int) {\n    users(search: $search, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...UserRow_User\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersPage_UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorityRow_Authority on Authority {\n    id\n    name\n    gssCode\n    ric\n    lgbfFamilyGroup\n  }\n"): typeof import('./graphql').AuthorityRow_AuthorityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoritiesPage_Authorities($ric: String, $lgbfFamilyGroup: Int) {\n    authorities(ric: $ric, lgbfFamilyGroup: $lgbfFamilyGroup) {\n      ...AuthorityRow_Authority\n    }\n    regionalImprovementCollaboratives\n  }\n"): typeof import('./graphql').AuthoritiesPage_AuthoritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorityPage_Authority($gssCode: String!) {\n    authority(gssCode: $gssCode) {\n      id\n      name\n      gssCode\n      ric\n      lgbfFamilyGroup\n    }\n  }\n"): typeof import('./graphql').AuthorityPage_AuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordPage_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordPage_ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingItem_Update($findingId: UUID!, $version: Int!, $input: FindingInput!) {\n    updateFinding(findingId: $findingId, version: $version, input: $input) {\n      id\n      version\n      text\n      status\n    }\n  }\n"): typeof import('./graphql').FindingItem_UpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingItem_Remove($findingId: UUID!, $version: Int!) {\n    removeFinding(findingId: $findingId, version: $version)\n  }\n"): typeof import('./graphql').FindingItem_RemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingItem_Agree($findingId: UUID!, $version: Int!) {\n    agreeFinding(findingId: $findingId, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').FindingItem_AgreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingItem_Unagree($findingId: UUID!, $version: Int!) {\n    unagreeFinding(findingId: $findingId, version: $version) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').FindingItem_UnagreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsSection_Findings($reviewId: UUID!) {\n    reviewFindings(reviewId: $reviewId) {\n      reviewId\n      reviewVersion\n      state\n      canRecord\n      canAgree\n      agreedStrengths\n      agreedAreasForImprovement\n      indicators {\n        number\n        title\n      }\n      sessions {\n        id\n        day\n        startsAt\n        endsAt\n        kind\n      }\n      findings {\n        id\n        kind\n        text\n        indicators\n        session {\n          id\n          day\n          startsAt\n          endsAt\n          kind\n        }\n        author {\n          id\n          name\n        }\n        status\n        mergedIntoId\n        version\n        recordedAt\n        updatedAt\n        canEdit\n        attachments {\n          id\n          fileName\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindingsSection_FindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsSection_History($reviewId: UUID!) {\n    reviewFindings(reviewId: $reviewId) {\n      reviewId\n      findings {\n        id\n        history {\n          at\n          by {\n            id\n            name\n          }\n          kind\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindingsSection_HistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindingsSection_CompleteVisit($reviewId: UUID!, $version: Int!) {\n    completeVisit(reviewId: $reviewId, version: $version) {\n      id\n      version\n      state\n    }\n  }\n"): typeof import('./graphql').FindingsSection_CompleteVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeForm_Merge($intoId: UUID!, $mergedIds: [UUID!]!, $text: String!) {\n    mergeFindings(intoId: $intoId, mergedIds: $mergedIds, text: $text) {\n      id\n      version\n      text\n      status\n    }\n  }\n"): typeof import('./graphql').MergeForm_MergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaptureForm_RecordFinding($reviewId: UUID!, $idempotencyKey: UUID!, $input: FindingInput!) {\n    recordFinding(reviewId: $reviewId, idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      reviewId\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').CaptureForm_RecordFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_AddAction($reviewId: UUID!, $input: FollowUpActionInput!) {\n    addFollowUpAction(reviewId: $reviewId, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_AddActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_UpdateAction($actionId: UUID!, $version: Int!, $input: FollowUpActionUpdateInput!) {\n    updateFollowUpAction(actionId: $actionId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_UpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_SetNoActionReason($reviewId: UUID!, $itemId: UUID!, $reason: String) {\n    setNoActionReason(reviewId: $reviewId, itemId: $itemId, reason: $reason) {\n      reviewId\n      reviewVersion\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_SetNoActionReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_AddNote($actionId: UUID!, $input: FollowUpNoteInput!) {\n    addFollowUpNote(actionId: $actionId, input: $input) {\n      reviewId\n      actions {\n        id\n        notes {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_AddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpTab_FollowUp($reviewId: UUID!) {\n    reviewFollowUp(reviewId: $reviewId) {\n      reviewId reviewVersion state publishedOn actionsOpen actionsOverdue\n      canManageActions canScheduleSessions canWriteSessionNotes canRecordMeasures\n      canPublishMeasures canBeginFollowUp canClose\n      unmetToBegin { code message } unmetToClose { code message }\n      possibleOwners { id name }\n      areas { itemId text indicators superseded noActionReason\n              noActionReasonBy { id name } noActionReasonAt actionCount }\n      actions { id version areaItemId areaText fromSupersededVersion description\n                owner { id name } dueOn status overdue dueSoon createdAt updatedAt\n                createdBy { id name } canUpdate\n                notes { id text notedOn createdAt author { id name }\n                        attachments { id fileName contentType sizeBytes summary url } } }\n      sessions { number proposedOn scheduledOn scheduled savedBy { id name } savedAt notes sequence }\n      impactMeasures { id version name learnerGroup unit baselineValue baselinePeriod\n                       laterValue laterPeriod noLaterValueReason change changeText published\n                       recordedBy { id name } updatedAt }\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_FollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_AddMeasure($reviewId: UUID!, $input: ImpactMeasureInput!) {\n    addImpactMeasure(reviewId: $reviewId, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_AddMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_UpdateMeasure($measureId: UUID!, $version: Int!, $input: ImpactMeasureInput!) {\n    updateImpactMeasure(measureId: $measureId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_UpdateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_PublishMeasure($measureId: UUID!, $version: Int!, $published: Boolean!) {\n    publishImpactMeasure(measureId: $measureId, version: $version, published: $published) {\n      reviewId\n      reviewVersion\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_PublishMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_ScheduleSession($reviewId: UUID!, $number: Int!, $date: NaiveDate!) {\n    scheduleFollowUpSession(reviewId: $reviewId, number: $number, date: $date) {\n      reviewId\n      reviewVersion\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_ScheduleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_CancelSession($reviewId: UUID!, $number: Int!) {\n    cancelFollowUpSession(reviewId: $reviewId, number: $number) {\n      reviewId\n      reviewVersion\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_CancelSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpTab_SessionNotes($reviewId: UUID!, $number: Int!, $notes: String!) {\n    setFollowUpSessionNotes(reviewId: $reviewId, number: $number, notes: $notes) {\n      reviewId\n      reviewVersion\n    }\n  }\n"): typeof import('./graphql').FollowUpTab_SessionNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgotPasswordPage_RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').ForgotPasswordPage_RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkScale_ScaleLevel on ScaleLevel {\n    level\n    label\n    meaning\n  }\n"): typeof import('./graphql').FrameworkScale_ScaleLevelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkPage_Framework($id: String!, $version: Int) {\n    framework(id: $id, version: $version) {\n      id\n      version\n      name\n      publisher\n      year\n      appliesTo\n      about\n      grading\n      gradingRules\n      questions\n      scale {\n        ...FrameworkScale_ScaleLevel\n      }\n      keyAreas {\n        number\n        title\n        qualityIndicators {\n          number\n          title\n          themes\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FrameworkPage_FrameworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworksPage_Frameworks {\n    frameworks {\n      id\n      version\n      name\n      publisher\n      year\n      appliesTo\n      grading\n    }\n  }\n"): typeof import('./graphql').FrameworksPage_FrameworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightDashboard_Dashboard($programmeId: UUID!) {\n    programmeDashboard(programmeId: $programmeId) {\n      programme {\n        id\n        name\n      }\n      today\n      thresholds {\n        programmeId\n        focusDaysBefore\n        teamDaysBefore\n        selfEvaluationWorkingDaysBefore\n        reportWorkingDaysAfter\n        isDefault\n      }\n      total\n      byState {\n        state\n        label\n        count\n      }\n      byPhase {\n        phase\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n      upcomingVisits {\n        review {\n          id\n          phase\n          targetMonth\n          state\n          theme\n          hosts {\n            id\n            name\n          }\n        }\n        firstDay\n        lastDay\n        days\n      }\n      atRisk {\n        review {\n          id\n          phase\n          targetMonth\n          state\n          theme\n          hosts {\n            id\n            name\n          }\n        }\n        reasons {\n          reason\n          message\n          since\n        }\n      }\n      overdueActions {\n        authority {\n          id\n          name\n        }\n        count\n        actions {\n          reviewId\n          actionId\n          description\n          dueOn\n          daysOverdue\n        }\n      }\n      impactMeasures {\n        review {\n          id\n          phase\n          targetMonth\n          state\n          theme\n          hosts {\n            id\n            name\n          }\n        }\n        reportSlug\n        measure {\n          name\n          learnerGroup\n          unit\n          baselineValue\n          baselinePeriod\n          laterValue\n          laterPeriod\n          changeText\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InsightDashboard_DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightNetwork_Network($programmeId: UUID!) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    collaborationNetwork(programmeId: $programmeId) {\n      authorities {\n        id\n        name\n      }\n      matrix\n      total\n    }\n  }\n"): typeof import('./graphql').InsightNetwork_NetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightOpenData_Programmes {\n    programmes {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').InsightOpenData_ProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightThemes_Themes($groupBy: ThemeGrouping!, $kind: ReportItemKind, $authority: UUID, $year: Int) {\n    themesAcrossReports(groupBy: $groupBy, kind: $kind, authority: $authority, year: $year) {\n      groupBy\n      reports\n      groups {\n        key\n        label\n        strengths\n        areasForImprovement\n        total\n        items {\n          kind\n          text\n          indicators\n          theme\n          hostNames\n          year\n          targetMonth\n          programmeName\n          slug\n          version\n        }\n      }\n    }\n    publishedReportFilters {\n      authorities {\n        id\n        name\n      }\n      years\n    }\n  }\n"): typeof import('./graphql').InsightThemes_ThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightThresholds_Set($programmeId: UUID!, $thresholds: RiskThresholdsInput!) {\n    setRiskThresholds(programmeId: $programmeId, thresholds: $thresholds) {\n      programmeId\n      focusDaysBefore\n      teamDaysBefore\n      selfEvaluationWorkingDaysBefore\n      reportWorkingDaysAfter\n      isDefault\n    }\n  }\n"): typeof import('./graphql').InsightThresholds_SetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPage_AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').InvitationPage_AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteUserPage_Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').InviteUserPage_OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUserPage_InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').InviteUserPage_InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRemindersPage_Reminders {\n    myReminders {\n      id\n      reviewId\n      reviewName\n      action\n      path\n      kind\n      label\n      dueAt\n      aboutDay\n      why\n      wanted\n    }\n    myReminderSettings {\n      kind\n      label\n      wanted\n      essential\n    }\n  }\n"): typeof import('./graphql').MyRemindersPage_RemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyRemindersPage_SetReminderWanted($kind: ReminderKind!, $wanted: Boolean!) {\n    setReminderWanted(kind: $kind, wanted: $wanted) {\n      kind\n      wanted\n      essential\n    }\n  }\n"): typeof import('./graphql').MyRemindersPage_SetReminderWantedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePage_Programme($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n      phases {\n        number\n        from\n        to\n      }\n    }\n    authorities {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ProgrammePage_ProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePage_Materials($id: UUID!) {\n    programme(id: $id) {\n      id\n      materials {\n        id\n        title\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammePage_MaterialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePage_Reviews($filter: ReviewFilterInput, $offset: Int!, $limit: Int!) {\n    reviews(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        phase\n        targetMonth\n        theme\n        state\n        publishedReportUrl\n        hosts {\n          id\n          name\n        }\n        quad {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammePage_ReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeRemindersPage_Policy($id: UUID!) {\n    reminderPolicy(programmeId: $id) {\n      kind\n      label\n      offsets\n      anchor\n      unit\n      repeats\n      isDefault\n      defaultOffsets\n      essential\n    }\n  }\n"): typeof import('./graphql').ProgrammeRemindersPage_PolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgrammeRemindersPage_SetPolicy($id: UUID!, $kind: ReminderKind!, $offsets: [Int!]!, $useDefault: Boolean) {\n    setReminderPolicy(programmeId: $id, kind: $kind, offsets: $offsets, useDefault: $useDefault) {\n      kind\n      offsets\n      isDefault\n    }\n  }\n"): typeof import('./graphql').ProgrammeRemindersPage_SetPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeSettingsPage_Programme($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n      version\n      ...SettingsForm_Programme\n      ...MaterialsSection_Programme\n    }\n  }\n"): typeof import('./graphql').ProgrammeSettingsPage_ProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaterialsSection_Programme on Programme {\n    id\n    materials {\n      id\n      title\n      url\n    }\n  }\n"): typeof import('./graphql').MaterialsSection_ProgrammeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MaterialsSection_AddMaterial($programmeId: UUID!, $input: MaterialInput!) {\n    addMaterial(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MaterialsSection_AddMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MaterialsSection_RemoveMaterial($id: UUID!) {\n    removeMaterial(id: $id)\n  }\n"): typeof import('./graphql').MaterialsSection_RemoveMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsForm_Programme on Programme {\n    id\n    name\n    kind\n    version\n    phases {\n      number\n      from\n      to\n    }\n    rules {\n      teamSizeMin\n      teamSizeMax\n      hmiRequired\n      visitLengthDays\n      selfEvaluationMode\n      gradingRequired\n      publicReportRequired\n      reciprocity\n    }\n  }\n"): typeof import('./graphql').SettingsForm_ProgrammeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsForm_Create($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SettingsForm_CreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsForm_Update($id: UUID!, $version: Int!, $input: ProgrammeInput!) {\n    updateProgramme(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SettingsForm_UpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammesPage_Programmes {\n    programmes {\n      id\n      name\n      kind\n      phases {\n        number\n        from\n        to\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammesPage_ProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuadsPage_Quads {\n    quads {\n      id\n      session\n      name\n      authorities {\n        id\n        name\n      }\n    }\n    authorities {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').QuadsPage_QuadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuadsPage_CreateQuad($input: QuadInput!) {\n    createQuad(input: $input) {\n      id\n      name\n      session\n    }\n  }\n"): typeof import('./graphql').QuadsPage_CreateQuadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuadsPage_UpdateQuad($id: UUID!, $input: QuadUpdateInput!) {\n    updateQuad(id: $id, input: $input) {\n      id\n      name\n      session\n    }\n  }\n"): typeof import('./graphql').QuadsPage_UpdateQuadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuadsPage_DissolveQuad($id: UUID!) {\n    dissolveQuad(id: $id)\n  }\n"): typeof import('./graphql').QuadsPage_DissolveQuadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_AddComment($reviewId: UUID!, $input: ReportCommentInput!) {\n    addReportComment(reviewId: $reviewId, input: $input) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_AddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_AnswerComment($commentId: UUID!, $accept: Boolean!, $reply: String!) {\n    answerReportComment(commentId: $commentId, accept: $accept, reply: $reply) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_AnswerCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_AddItem($reviewId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {\n    addReportItem(reviewId: $reviewId, draftVersion: $draftVersion, input: $input) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_AddItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_UpdateItem($itemId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {\n    updateReportItem(itemId: $itemId, draftVersion: $draftVersion, input: $input) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_UpdateItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicReportPage_Report($slug: String!, $version: Int) {\n    publishedReport(slug: $slug, version: $version) {\n      slug\n      version\n      publishedAt\n      changeNote\n      latestVersion\n      superseded\n      hostNames\n      programmeName\n      targetMonth\n      focusTheme\n      keyQuestions\n      pdfUrl\n      sections {\n        key\n        title\n        text\n      }\n      strengths {\n        id\n        kind\n        text\n        indicators\n        position\n      }\n      areasForImprovement {\n        id\n        kind\n        text\n        indicators\n        position\n      }\n      impactMeasures {\n        name\n        learnerGroup\n        unit\n        baselineValue\n        baselinePeriod\n        laterValue\n        laterPeriod\n        change\n        changeText\n      }\n      versions {\n        slug\n        version\n        publishedAt\n        changeNote\n      }\n    }\n  }\n"): typeof import('./graphql').PublicReportPage_ReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedReportsPage_Index(\n    $theme: String\n    $authority: UUID\n    $year: Int\n    $text: String\n    $offset: Int!\n    $limit: Int!\n  ) {\n    publishedReports(theme: $theme, authority: $authority, year: $year, text: $text, offset: $offset, limit: $limit) {\n      total\n      notice\n      items {\n        reviewId\n        slug\n        version\n        hostNames\n        programmeName\n        targetMonth\n        focusTheme\n        publishedAt\n        snippet\n        externalUrl\n        imported\n        pdfUrl\n      }\n    }\n    publishedReportFilters {\n      themes\n      authorities {\n        id\n        name\n      }\n      years\n    }\n  }\n"): typeof import('./graphql').PublishedReportsPage_IndexDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSection_Draft($reviewId: UUID!) {\n    review(id: $reviewId) {\n      id\n      version\n      state\n      ...ReviewActions_Review\n    }\n    reportDraft(reviewId: $reviewId) {\n      reviewId\n      reviewVersion\n      state\n      draftVersion\n      isCorrection\n      changeNote\n      sharedWithHostAt\n      sections {\n        key\n        title\n        text\n      }\n      strengths {\n        id\n        kind\n        text\n        indicators\n        findingIds\n        position\n      }\n      areasForImprovement {\n        id\n        kind\n        text\n        indicators\n        findingIds\n        position\n      }\n      comments {\n        id\n        sectionKey\n        itemId\n        author {\n          id\n          name\n        }\n        text\n        createdAt\n        status\n        reply\n        answeredBy {\n          id\n          name\n        }\n        answeredAt\n      }\n      openComments\n      approvals {\n        by {\n          id\n          name\n        }\n        role\n        authorityName\n        draftVersion\n        at\n      }\n      awaitingApprovalFrom\n      canEdit\n      canShare\n      canComment\n      canAnswerComments\n      canApprove\n      canPublish\n      canOpenCorrection\n      draftPdfUrl\n      published {\n        slug\n        version\n        publishedAt\n        changeNote\n      }\n    }\n  }\n"): typeof import('./graphql').ReportSection_DraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSection_Findings($reviewId: UUID!) {\n    reviewFindings(reviewId: $reviewId) {\n      reviewId\n      findings {\n        id\n        kind\n        text\n        indicators\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ReportSection_FindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_RemoveItem($itemId: UUID!, $draftVersion: Int!) {\n    removeReportItem(itemId: $itemId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_RemoveItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_MoveItem($itemId: UUID!, $draftVersion: Int!, $position: Int!) {\n    moveReportItem(itemId: $itemId, draftVersion: $draftVersion, position: $position) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_MoveItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_Share($reviewId: UUID!, $draftVersion: Int!) {\n    shareReportDraft(reviewId: $reviewId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n      sharedWithHostAt\n    }\n  }\n"): typeof import('./graphql').ReportSection_ShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_Approve($reviewId: UUID!, $draftVersion: Int!) {\n    approveReport(reviewId: $reviewId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_ApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_Publish($reviewId: UUID!, $version: Int!) {\n    publishReport(reviewId: $reviewId, version: $version) {\n      id\n      version\n      state\n    }\n  }\n"): typeof import('./graphql').ReportSection_PublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_PublishCorrection($reviewId: UUID!, $draftVersion: Int!) {\n    publishReportCorrection(reviewId: $reviewId, draftVersion: $draftVersion) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_PublishCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_OpenCorrection($reviewId: UUID!, $changeNote: String!) {\n    openReportCorrection(reviewId: $reviewId, changeNote: $changeNote) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_OpenCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSection_UpdateSection($reviewId: UUID!, $draftVersion: Int!, $key: ReportSectionKey!, $text: String!) {\n    updateReportSection(reviewId: $reviewId, draftVersion: $draftVersion, key: $key, text: $text) {\n      reviewId\n      draftVersion\n    }\n  }\n"): typeof import('./graphql').ReportSection_UpdateSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordPage_ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): typeof import('./graphql').ResetPasswordPage_ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FocusForm_Review on Review {\n    id\n    version\n    hosts {\n      id\n      name\n    }\n    focus {\n      theme\n      keyQuestions\n      scope\n      canEdit\n      canSignOff\n      canReopen\n      signOffs {\n        user {\n          id\n          name\n        }\n        authority {\n          id\n          name\n        }\n        asProgrammeOfficer\n        signedAt\n      }\n    }\n  }\n"): typeof import('./graphql').FocusForm_ReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FocusForm_UpdateFocus($reviewId: UUID!, $version: Int!, $input: FocusInput!) {\n    updateFocus(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').FocusForm_UpdateFocusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FocusForm_SignOffFocus($reviewId: UUID!, $version: Int!) {\n    signOffFocus(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').FocusForm_SignOffFocusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FocusForm_ReopenFocus($reviewId: UUID!, $version: Int!, $reason: String!) {\n    reopenFocus(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').FocusForm_ReopenFocusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistorySection_History($id: UUID!, $after: Int) {\n    review(id: $id) {\n      id\n      history(first: 50, after: $after) {\n        total\n        endCursor\n        hasNextPage\n        items {\n          id\n          sequence\n          kind\n          summary\n          fromState\n          toState\n          reason\n          actorName\n          at\n          reportUrl\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HistorySection_HistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationAnswer_Respond($memberId: UUID!, $version: Int!, $accept: Boolean!) {\n    respondToTeamInvitation(memberId: $memberId, version: $version, accept: $accept) {\n      id\n      invitation\n    }\n  }\n"): typeof import('./graphql').InvitationAnswer_RespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteForm_Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').InviteForm_OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteForm_InviteTeamMember($reviewId: UUID!, $version: Int!, $input: InviteTeamMemberInput!) {\n    inviteTeamMember(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').InviteForm_InviteTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch_Users($search: String) {\n    users(search: $search, limit: 20) {\n      items {\n        id\n        name\n        email\n        invitationPending\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleSearch_UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceMemberForm_ReplaceTeamMember($memberId: UUID!, $version: Int!, $input: TeamMemberInput!) {\n    replaceTeamMember(memberId: $memberId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReplaceMemberForm_ReplaceTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceMemberForm_ReplaceTeamMemberByInvite(\n    $memberId: UUID!\n    $version: Int!\n    $input: InviteTeamMemberInput!\n  ) {\n    replaceTeamMemberByInvite(memberId: $memberId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReplaceMemberForm_ReplaceTeamMemberByInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RescheduleForm_Review on Review {\n    id\n    version\n    phase\n    targetMonth\n    hosts {\n      id\n      name\n    }\n    programme {\n      id\n      phases {\n        number\n        from\n        to\n      }\n    }\n  }\n"): typeof import('./graphql').RescheduleForm_ReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleForm_RescheduleReview($reviewId: UUID!, $version: Int!, $input: RescheduleReviewInput!) {\n    rescheduleReview(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n      phase\n      targetMonth\n    }\n  }\n"): typeof import('./graphql').RescheduleForm_RescheduleReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewActions_Review on Review {\n    id\n    version\n    nextCommand {\n      command\n      label\n      allowed\n      forbiddenReason\n      unmet {\n        code\n        message\n      }\n    }\n    availableCommands {\n      command\n      label\n      allowed\n      forbiddenReason\n      unmet {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewActions_ReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_AgreeFocus($reviewId: UUID!, $version: Int!) {\n    agreeFocus(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_AgreeFocusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_FormTeam($reviewId: UUID!, $version: Int!) {\n    formTeam(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_FormTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_SubmitSelfEvaluation($reviewId: UUID!, $version: Int!) {\n    submitSelfEvaluation(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_SubmitSelfEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_StartVisit($reviewId: UUID!, $version: Int!) {\n    startVisit(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_StartVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_CompleteVisit($reviewId: UUID!, $version: Int!) {\n    completeVisit(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_CompleteVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_DraftReport($reviewId: UUID!, $version: Int!) {\n    draftReport(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_DraftReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_PublishReport($reviewId: UUID!, $version: Int!) {\n    publishReport(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_PublishReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_BeginFollowUp($reviewId: UUID!, $version: Int!) {\n    beginFollowUp(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_BeginFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_CloseReview($reviewId: UUID!, $version: Int!) {\n    closeReview(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_CloseReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_ResumeReview($reviewId: UUID!, $version: Int!) {\n    resumeReview(reviewId: $reviewId, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_ResumeReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_PostponeReview($reviewId: UUID!, $version: Int!, $reason: String!) {\n    postponeReview(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_PostponeReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_WithdrawReview($reviewId: UUID!, $version: Int!, $reason: String!) {\n    withdrawReview(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_WithdrawReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActions_ReopenSelfEvaluation($reviewId: UUID!, $version: Int!, $reason: String!) {\n    reopenSelfEvaluation(reviewId: $reviewId, version: $version, reason: $reason) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReviewActions_ReopenSelfEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPage_Review($id: UUID!) {\n    review(id: $id) {\n      id\n      version\n      state\n      targetMonth\n      programme {\n        id\n        name\n      }\n      hosts {\n        id\n        name\n      }\n      team {\n        id\n        user {\n          id\n        }\n        role\n        invitation\n        replaced\n      }\n      latestEvent {\n        id\n        fromState\n      }\n      ...ReviewSummary_Review\n      ...ReviewActions_Review\n      ...FocusForm_Review\n      ...TeamSection_Review\n      canReschedule\n      canAnswerInvitation\n      ...RescheduleForm_Review\n      ...SelfEvaluationLinks_Review\n    }\n  }\n"): typeof import('./graphql').ReviewPage_ReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPage_PublicReview($id: UUID!) {\n    review(id: $id) {\n      id\n      targetMonth\n      programme {\n        id\n        name\n      }\n      hosts {\n        id\n        name\n      }\n      ...ReviewSummary_Review\n    }\n  }\n"): typeof import('./graphql').ReviewPage_PublicReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewSummary_Review on Review {\n    programme {\n      id\n      name\n    }\n    hosts {\n      id\n      name\n    }\n    phase\n    targetMonth\n    theme\n    state\n    publishedReportUrl\n  }\n"): typeof import('./graphql').ReviewSummary_ReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamSection_Review on Review {\n    id\n    version\n    canChangeTeam\n    team {\n      id\n      user {\n        id\n        name\n        email\n      }\n      organisation {\n        id\n        name\n      }\n      affiliation\n      role\n      invitation\n      replaced\n      replacedByMemberId\n    }\n    conflicts {\n      id\n      description\n      dismissed\n      dismissalReason\n      dismissedAt\n      dismissedBy {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TeamSection_ReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSection_AddTeamMember($reviewId: UUID!, $version: Int!, $input: TeamMemberInput!) {\n    addTeamMember(reviewId: $reviewId, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').TeamSection_AddTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSection_DismissConflict($id: UUID!, $version: Int!, $reason: String!) {\n    dismissConflict(id: $id, version: $version, reason: $reason) {\n      id\n      dismissed\n    }\n  }\n"): typeof import('./graphql').TeamSection_DismissConflictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleReviewPage_Data($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n      phases {\n        number\n        from\n        to\n      }\n    }\n    authorities {\n      id\n      name\n    }\n    quads {\n      id\n      session\n      name\n      authorities {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ScheduleReviewPage_DataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleReviewPage_Schedule($input: ScheduleReviewInput!) {\n    scheduleReview(input: $input) {\n      id\n      hosts {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ScheduleReviewPage_ScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleReviewPage_Existing($programmeId: UUID!, $hostId: UUID!) {\n    reviews(filter: { programmeId: $programmeId, hostId: $hostId }, limit: 50) {\n      items {\n        id\n        targetMonth\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ScheduleReviewPage_ExistingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SelfEvaluationAttachments_Remove($id: UUID!) {\n    removeAttachment(id: $id)\n  }\n"): typeof import('./graphql').SelfEvaluationAttachments_RemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndicatorEditor_Save($input: SaveSelfEvaluationIndicatorInput!) {\n    saveSelfEvaluationIndicator(input: $input) {\n      number\n      grade\n      evidence\n      strengths\n      areasForImprovement\n      answers\n      version\n      complete\n      lastEditedBy {\n        id\n        name\n      }\n      lastEditedAt\n    }\n  }\n"): typeof import('./graphql').IndicatorEditor_SaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalDistribution_Distribution($frameworkId: String!, $version: Int!) {\n    nationalDistribution(frameworkId: $frameworkId, version: $version) {\n      hidden\n      reason\n      authorities\n      framework {\n        id\n        name\n        version\n        scale {\n          level\n          label\n        }\n      }\n      indicators {\n        number\n        title\n        counts {\n          grade\n          label\n          authorities\n        }\n        ungraded\n      }\n    }\n  }\n"): typeof import('./graphql').NationalDistribution_DistributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfEvaluationPrintPage_SelfEvaluations($reviewId: UUID!) {\n    selfEvaluations(reviewId: $reviewId) {\n      id\n      authorityId\n      authorityName\n      submitted\n      submittedAt\n      graded\n      framework {\n        id\n        name\n        version\n        questions\n        scale {\n          level\n          label\n        }\n      }\n      progress {\n        complete\n        total\n      }\n      indicators {\n        number\n        title\n        grade\n        evidence\n        strengths\n        areasForImprovement\n        answers\n        lastEditedBy {\n          id\n          name\n        }\n        lastEditedAt\n      }\n      documents {\n        id\n        fileName\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql').SelfEvaluationPrintPage_SelfEvaluationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuadComparisonPage_Comparison($quadId: UUID!) {\n    quadComparison(quadId: $quadId) {\n      quadId\n      name\n      session\n      framework {\n        id\n        name\n        version\n        scale {\n          level\n          label\n        }\n      }\n      authorities {\n        authorityId\n        name\n        reviewId\n        submittedAt\n        frameworkVersion\n        compared\n      }\n      indicators {\n        number\n        title\n        grades {\n          authorityId\n          grade\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QuadComparisonPage_ComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelfEvaluationLinks_Review on Review {\n    id\n    state\n    hosts {\n      id\n      name\n    }\n    quad {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SelfEvaluationLinks_ReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfEvaluationSection_SelfEvaluations($reviewId: UUID!) {\n    review(id: $reviewId) {\n      id\n      version\n      ...ReviewActions_Review\n      ...SubmitSelfEvaluation_Review\n    }\n    selfEvaluations(reviewId: $reviewId) {\n      id\n      authorityId\n      authorityName\n      mode\n      graded\n      submitted\n      submittedAt\n      submittedBy {\n        id\n        name\n      }\n      canEdit\n      framework {\n        id\n        version\n        name\n        questions\n        scale {\n          level\n          label\n          meaning\n        }\n      }\n      progress {\n        complete\n        total\n      }\n      indicators {\n        number\n        title\n        keyAreaNumber\n        keyAreaTitle\n        grade\n        evidence\n        strengths\n        areasForImprovement\n        answers\n        version\n        complete\n        lastEditedBy {\n          id\n          name\n        }\n        lastEditedAt\n        documents {\n          id\n          fileName\n          url\n        }\n      }\n      documents {\n        id\n        fileName\n        summary\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').SelfEvaluationSection_SelfEvaluationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmitSelfEvaluation_Review on Review {\n    id\n    version\n    nextCommand {\n      command\n      label\n      allowed\n    }\n  }\n"): typeof import('./graphql').SubmitSelfEvaluation_ReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamViewEditor_Save($input: SaveTeamViewIndicatorInput!) {\n    saveTeamViewIndicator(input: $input) {\n      number\n      teamGrade\n      teamEvidence\n      teamVersion\n      teamLastEditedBy {\n        id\n        name\n      }\n      teamLastEditedAt\n      gradeDifference\n    }\n  }\n"): typeof import('./graphql').TeamViewEditor_SaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamViewSection_Comparison($reviewId: UUID!) {\n    selfEvaluationComparison(reviewId: $reviewId) {\n      authorityId\n      authorityName\n      graded\n      canEditTeamView\n      indicators {\n        number\n        title\n        selfGrade\n        selfEvidence\n        teamGrade\n        teamEvidence\n        teamVersion\n        teamLastEditedBy {\n          id\n          name\n        }\n        teamLastEditedAt\n        gradeDifference\n      }\n    }\n    selfEvaluations(reviewId: $reviewId) {\n      id\n      authorityId\n      framework {\n        id\n        version\n        name\n        scale {\n          level\n          label\n          meaning\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamViewSection_ComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage_SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').SignInPage_SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyFormPage_Form($token: String!) {\n    surveyForm(token: $token) {\n      reviewName\n      programmeName\n      closesAt\n      closed\n      answered\n      suggestedOrganisationType\n      commentMaxChars\n      statements {\n        id\n        position\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyFormPage_FormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurveyFormPage_Answer($token: String!, $response: SurveyResponseInput!) {\n    answerSurvey(token: $token, response: $response)\n  }\n"): typeof import('./graphql').SurveyFormPage_AnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsPage_Results($id: UUID!, $phase: Int, $reviewId: UUID) {\n    programme(id: $id) {\n      id\n      name\n      phases {\n        number\n      }\n    }\n    surveyResults(programmeId: $id, phase: $phase, reviewId: $reviewId) {\n      scope\n      phase\n      reviewId\n      reviewName\n      invited\n      respondents\n      breakdownShown\n      byOrganisationType {\n        organisationType\n        count\n      }\n      statements {\n        statement {\n          id\n          position\n          text\n        }\n        counts {\n          answer\n          count\n          percentage\n        }\n      }\n      comments\n    }\n  }\n"): typeof import('./graphql').SurveyResultsPage_ResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsPage_Surveys($id: UUID!) {\n    programmeSurveys(programmeId: $id) {\n      id\n      reviewId\n      reviewName\n      phase\n      closesAt\n      closed\n      invited\n      respondents\n    }\n  }\n"): typeof import('./graphql').SurveyResultsPage_SurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyStatementsPage_Settings($id: UUID!) {\n    programme(id: $id) {\n      id\n      name\n    }\n    surveySettings(programmeId: $id) {\n      programmeId\n      editable\n      closeAfterWeeks\n      maxStatements\n      statementMaxChars\n      statements {\n        id\n        position\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyStatementsPage_SettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurveyStatementsPage_SetStatements($id: UUID!, $statements: [String!]!) {\n    setSurveyStatements(programmeId: $id, statements: $statements) {\n      programmeId\n      editable\n      statements {\n        id\n        position\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyStatementsPage_SetStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurveyStatementsPage_SetWeeks($id: UUID!, $weeks: Int!) {\n    setSurveyCloseAfterWeeks(programmeId: $id, weeks: $weeks) {\n      programmeId\n      closeAfterWeeks\n    }\n  }\n"): typeof import('./graphql').SurveyStatementsPage_SetWeeksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaPage_Agenda($reviewId: UUID!) {\n    visitAgenda(reviewId: $reviewId) {\n      host\n      days {\n        date\n        label\n        sessions {\n          startsAt\n          endsAt\n          kind\n          meets\n          place\n          team {\n            name\n            organisation\n          }\n        }\n      }\n      team {\n        name\n        organisation\n      }\n      sharedAt\n      recipients\n      canShare\n    }\n  }\n"): typeof import('./graphql').AgendaPage_AgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgendaPage_Share($reviewId: UUID!) {\n    shareVisitAgenda(reviewId: $reviewId) {\n      sharedAt\n      recipients\n      canShare\n    }\n  }\n"): typeof import('./graphql').AgendaPage_ShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlackoutDatesPage_Authority($gssCode: String!) {\n    authority(gssCode: $gssCode) {\n      id\n      name\n      gssCode\n    }\n  }\n"): typeof import('./graphql').BlackoutDatesPage_AuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlackoutDatesPage_Blackouts($authorityId: UUID!) {\n    blackoutDates(authorityId: $authorityId) {\n      id\n      authorityId\n      firstDay\n      lastDay\n      reason\n    }\n  }\n"): typeof import('./graphql').BlackoutDatesPage_BlackoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlackoutDatesPage_Add($authorityId: UUID!, $input: BlackoutDateInput!) {\n    addBlackoutDate(authorityId: $authorityId, input: $input) {\n      id\n      authorityId\n      firstDay\n      lastDay\n      reason\n    }\n  }\n"): typeof import('./graphql').BlackoutDatesPage_AddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlackoutDatesPage_Remove($id: UUID!) {\n    removeBlackoutDate(id: $id)\n  }\n"): typeof import('./graphql').BlackoutDatesPage_RemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostDetails_AddContact($reviewId: UUID!, $input: HostContactInput!) {\n    addHostContact(reviewId: $reviewId, input: $input) {\n      reviewId\n      sequence\n    }\n  }\n"): typeof import('./graphql').HostDetails_AddContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostDetails_RemoveContact($contactId: UUID!) {\n    removeHostContact(contactId: $contactId) {\n      reviewId\n      sequence\n    }\n  }\n"): typeof import('./graphql').HostDetails_RemoveContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostDetails_AddPlace($reviewId: UUID!, $input: VisitPlaceInput!) {\n    addVisitPlace(reviewId: $reviewId, input: $input) {\n      reviewId\n      sequence\n    }\n  }\n"): typeof import('./graphql').HostDetails_AddPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostDetails_RemovePlace($placeId: UUID!) {\n    removeVisitPlace(placeId: $placeId) {\n      reviewId\n      sequence\n    }\n  }\n"): typeof import('./graphql').HostDetails_RemovePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionForm_AddSession($reviewId: UUID!, $version: Int!, $input: VisitSessionInput!) {\n    addVisitSession(reviewId: $reviewId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n      sequence\n    }\n  }\n"): typeof import('./graphql').SessionForm_AddSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionForm_UpdateSession($sessionId: UUID!, $version: Int!, $input: VisitSessionInput!) {\n    updateVisitSession(sessionId: $sessionId, version: $version, input: $input) {\n      reviewId\n      reviewVersion\n      sequence\n    }\n  }\n"): typeof import('./graphql').SessionForm_UpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitDatesForm_SetVisitDates($reviewId: UUID!, $version: Int!, $days: [NaiveDate!]!) {\n    setVisitDates(reviewId: $reviewId, version: $version, days: $days) {\n      reviewId\n      reviewVersion\n      days\n      sequence\n    }\n  }\n"): typeof import('./graphql').VisitDatesForm_SetVisitDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitSection_Plan($reviewId: UUID!) {\n    review(id: $reviewId) {\n      id\n      version\n      hosts {\n        id\n        name\n        gssCode\n      }\n      ...ReviewActions_Review\n    }\n    visitPlan(reviewId: $reviewId) {\n      reviewId\n      reviewVersion\n      targetMonth\n      lengthDays\n      days\n      sequence\n      sharedAt\n      sessions {\n        id\n        day\n        startsAt\n        endsAt\n        kind\n        audiences\n        place\n        members {\n          id\n          name\n        }\n      }\n      contacts {\n        id\n        role\n        name\n        email\n      }\n      places {\n        id\n        name\n        address\n      }\n      daysOff {\n        date\n        reason\n      }\n      assignable {\n        id\n        name\n      }\n      canPlan\n      canRecordContacts\n    }\n  }\n"): typeof import('./graphql').VisitSection_PlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitSection_RemoveSession($sessionId: UUID!, $version: Int!) {\n    removeVisitSession(sessionId: $sessionId, version: $version) {\n      reviewId\n      reviewVersion\n      sequence\n    }\n  }\n"): typeof import('./graphql').VisitSection_RemoveSessionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
