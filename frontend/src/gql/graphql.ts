/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a team member comes from; follows from their organisation. */
export type Affiliation =
  | 'ADES'
  | 'EDUCATION_SCOTLAND'
  | 'HM_INSPECTORS'
  | 'HOST'
  | 'PARTNER'
  | 'PEER_AUTHORITY';

/** Whom a session meets. */
export type Audience =
  | 'HEADTEACHERS'
  | 'OFFICERS'
  | 'PARENTS'
  | 'PARTNERS'
  | 'PRACTITIONERS'
  | 'YOUNG_PEOPLE';

/** A blackout as entered: one date, or a range when `lastDay` is given. */
export type BlackoutDateInput = {
  firstDay: string;
  lastDay?: string | null | undefined;
  /** Why, e.g. "In-service day". */
  reason: string;
};

/** One kind of entry in a finding's history. */
export type FindingChangeKind =
  /** Agreed. */
  | 'AGREED'
  /** Changed by its author. */
  | 'EDITED'
  /** Merged into another finding, or others merged into it. */
  | 'MERGED'
  /** Recorded by its author. */
  | 'RECORDED'
  /** Removed. */
  | 'REMOVED'
  /** Changed by the team lead, who is not its author. */
  | 'REWORDED'
  /** Its agreement was taken back. */
  | 'UNAGREED';

/** A finding's content. */
export type FindingInput = {
  /** 0..=20 indicator numbers of the review's framework. */
  indicators: Array<string>;
  kind: FindingKind;
  sessionId?: string | null | undefined;
  /** 1..=4000 characters after trimming. */
  text: string;
};

/** What a finding says about the authority. */
export type FindingKind =
  /** Something the authority should improve. */
  | 'AREA_FOR_IMPROVEMENT'
  /** Evidence seen or heard, supporting other findings. */
  | 'EVIDENCE'
  /** Something the authority does well. */
  | 'STRENGTH';

/**
 * DRAFT: its author's (and the lead's) to change; AGREED: the team's;
 * MERGED: folded into another finding.
 */
export type FindingStatus =
  | 'AGREED'
  | 'DRAFT'
  | 'MERGED';

/** The focus as entered. */
export type FocusInput = {
  /** At least one, none empty. */
  keyQuestions: Array<string>;
  scope?: string | null | undefined;
  theme: string;
};

/** A new action. */
export type FollowUpActionInput = {
  /** A current published area for improvement of this review. */
  areaItemId: string;
  /** 1..=2000 characters, trimmed. */
  description: string;
  /** Not before FollowUp.publishedOn; before 2100. */
  dueOn: string;
  /** A user of one of the review's host authorities. */
  ownerId: string;
};

/** Where an action stands. */
export type FollowUpActionStatus =
  /** Carried into the authority's improvement plan. */
  | 'CARRIED_INTO_PLAN'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** An action's new content. */
export type FollowUpActionUpdateInput = {
  description: string;
  dueOn: string;
  ownerId: string;
  status: FollowUpActionStatus;
};

/** A progress note. */
export type FollowUpNoteInput = {
  /** Null: today. Not in the future, not before publication. */
  notedOn?: string | null | undefined;
  /** 1..=4000 characters, trimmed. */
  text: string;
};

/**
 * What an unmet guard is about: the code a client switches on (its message
 * is for people).
 */
export type GuardCode =
  /** No agreed area for improvement. */
  | 'FINDINGS_AREA_FOR_IMPROVEMENT_MISSING'
  /** The software does not record findings yet. */
  | 'FINDINGS_NOT_RECORDED'
  /** No agreed strength. */
  | 'FINDINGS_STRENGTH_MISSING'
  /** The finding was merged into another, or a merge is not possible. */
  | 'FINDING_MERGED'
  /** The finding is not agreed. */
  | 'FINDING_NOT_AGREED'
  /** The finding is not a draft (agreed or merged). */
  | 'FINDING_NOT_DRAFT'
  /** The focus is already open (reopened, waiting for its sign-offs). */
  | 'FOCUS_ALREADY_OPEN'
  /** This party has already signed off the current focus. */
  | 'FOCUS_ALREADY_SIGNED_OFF'
  /** A host lead has not signed off the focus. */
  | 'FOCUS_HOST_SIGN_OFF_MISSING'
  /** The focus has no non-blank key question. */
  | 'FOCUS_KEY_QUESTION_MISSING'
  /**
   * The focus was agreed and is locked until a programme officer
   * reopens it.
   */
  | 'FOCUS_LOCKED'
  /** No programme officer has signed off the focus. */
  | 'FOCUS_PROGRAMME_SIGN_OFF_MISSING'
  /** The focus has no theme. */
  | 'FOCUS_THEME_MISSING'
  /** An action is neither done nor carried into the improvement plan. */
  | 'FOLLOW_UP_ACTIONS_OPEN'
  /** A published area for improvement has no action and no reason. */
  | 'FOLLOW_UP_ACTION_MISSING'
  /** No impact measure has a later value or a reason why none. */
  | 'FOLLOW_UP_IMPACT_MISSING'
  /** The software does not record follow-up yet. */
  | 'FOLLOW_UP_NOT_RECORDED'
  /** No follow-up session is scheduled. */
  | 'FOLLOW_UP_SESSION_MISSING'
  /** `schedule` names a host authority twice. */
  | 'HOST_DUPLICATED'
  /** A host authority has no host lead to sign or approve. */
  | 'HOST_LEAD_MISSING'
  /** `schedule` names no host authority. */
  | 'HOST_REQUIRED'
  /** The invitation has already been answered or withdrawn. */
  | 'INVITATION_ANSWERED'
  /** `resume` does not know which state the review left. */
  | 'POSTPONED_FROM_UNKNOWN'
  /**
   * A review (scheduled or withdrawn) still names the quad, so it cannot
   * be dissolved.
   */
  | 'QUAD_HAS_REVIEWS'
  /** A Quads review must have exactly one hosting member of the quad. */
  | 'QUAD_HOST_INVALID'
  /** A scheduled review's host would no longer be in the quad. */
  | 'QUAD_HOST_WOULD_LEAVE'
  /** A review of the quad is past SCHEDULED: the quad is in use. */
  | 'QUAD_REVIEW_UNDER_WAY'
  /** A reason is required and was blank. */
  | 'REASON_REQUIRED'
  /** This party has already approved the current draft. */
  | 'REPORT_ALREADY_APPROVED'
  /** Factual-accuracy comments are still open. */
  | 'REPORT_COMMENTS_OPEN'
  /** The comment is not open (answered, or not on this draft). */
  | 'REPORT_COMMENT_ANSWERED'
  /** No correction is open. */
  | 'REPORT_CORRECTION_NOT_OPEN'
  /** A correction is already open. */
  | 'REPORT_CORRECTION_OPEN'
  /** No draft report exists. */
  | 'REPORT_DRAFT_MISSING'
  /** A host lead has not approved the draft. */
  | 'REPORT_HOST_APPROVAL_MISSING'
  /** The software does not record the report yet. */
  | 'REPORT_NOT_RECORDED'
  /** The draft has not been shared with the host. */
  | 'REPORT_NOT_SHARED'
  /** No programme officer has approved the draft. */
  | 'REPORT_PROGRAMME_APPROVAL_MISSING'
  /** No self-evaluation document is attached. */
  | 'SELF_EVALUATION_DOCUMENT_MISSING'
  /** A required quality indicator is not graded with evidence. */
  | 'SELF_EVALUATION_INDICATOR_MISSING'
  /** The software does not record the self-evaluation yet. */
  | 'SELF_EVALUATION_NOT_RECORDED'
  /** A reschedule names the phase and month the review is already in. */
  | 'SLOT_UNCHANGED'
  /** No ADES member. */
  | 'TEAM_ADES_MISSING'
  /** A conflict of interest is unresolved. */
  | 'TEAM_CONFLICT_UNRESOLVED'
  /** No Education Scotland member. */
  | 'TEAM_EDUCATION_SCOTLAND_MISSING'
  /** No HM Inspector where the programme requires one. */
  | 'TEAM_HMI_MISSING'
  /** An invitation is not answered yet. */
  | 'TEAM_INVITATION_PENDING'
  /** No team lead. */
  | 'TEAM_LEAD_MISSING'
  /** More than one team lead. */
  | 'TEAM_LEAD_NOT_UNIQUE'
  /**
   * A Quads review has no member from one of the quad's other
   * authorities.
   */
  | 'TEAM_QUAD_AUTHORITY_MISSING'
  /** More members than the programme's maximum. */
  | 'TEAM_TOO_LARGE'
  /** Fewer members than the programme's minimum. */
  | 'TEAM_TOO_SMALL'
  /** The visit dates are not set. */
  | 'VISIT_DATES_MISSING'
  /** The number of visit days differs from the programme's visit length. */
  | 'VISIT_LENGTH_MISMATCH'
  /** The software does not record the visit yet. */
  | 'VISIT_NOT_RECORDED'
  /** The first visit day has not come yet. */
  | 'VISIT_NOT_STARTED_YET'
  /**
   * The review's visit has started (or it has ended): it can no longer
   * be rescheduled.
   */
  | 'VISIT_STARTED'
  /** The command is not available from the review's current state. */
  | 'WRONG_STATE';

/** A host contact as entered. */
export type HostContactInput = {
  email: string;
  name: string;
  /** E.g. "Headteacher, Leith Academy". */
  role: string;
};

/** An impact measure as a host user enters it. */
export type ImpactMeasureInput = {
  /** 1..=50 characters. */
  baselinePeriod: string;
  /**
   * Decimal string, at most 2 decimal places; PERCENT 0..=100, COUNT
   * whole 0..=1000000000.
   */
  baselineValue: string;
  laterPeriod?: string | null | undefined;
  /** Needs a baseline (always required) and laterPeriod. */
  laterValue?: string | null | undefined;
  /** 1..=200 characters. */
  learnerGroup: string;
  /** 1..=200 characters. */
  name: string;
  /** 0..=1000 characters; only when laterValue is null. */
  noLaterValueReason?: string | null | undefined;
  unit: ImpactUnit;
};

/** An impact measure's unit: a percentage (0–100) or a count (whole, >= 0). */
export type ImpactUnit =
  | 'COUNT'
  | 'PERCENT';

/** Where an invitation to join a team stands. */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

/**
 * Someone to invite to a team by email; they get an account invitation
 * if they have no account yet.
 */
export type InviteTeamMemberInput = {
  email: string;
  name: string;
  organisationId: string;
  role: TeamRole;
};

/** A person to invite. */
export type InviteUserInput = {
  email: string;
  lead?: boolean;
  name: string;
  organisationId: string;
  roles: Array<Role>;
};

/** A material as entered: a title and a link. */
export type MaterialInput = {
  title: string;
  url: string;
};

/** What an organisation is. */
export type OrganisationKind =
  | 'ADES'
  | 'EDUCATION_SCOTLAND'
  | 'HM_INSPECTORS'
  | 'LOCAL_AUTHORITY'
  | 'PARTNER';

/** Where a message is in its life. */
export type OutboxStatus =
  /** Will not be sent unless an administrator retries it. */
  | 'FAILED'
  /** Waiting to be sent (perhaps after a failed attempt). */
  | 'PENDING'
  | 'SENT';

/** One phase as entered. */
export type PhaseInput = {
  /** First month. */
  from: string;
  number: number;
  /** Last month. */
  to: string;
};

/** A programme as entered. */
export type ProgrammeInput = {
  kind: ProgrammeKind;
  name: string;
  phases: Array<PhaseInput>;
  rules?: ProgrammeRulesInput | null | undefined;
};

/** The kind of programme; it sets the defaults of the rules. */
export type ProgrammeKind =
  /** Collaborative Improvement (2021–24). */
  | 'CI'
  /** Quads (2024–): four authorities reviewing each other. */
  | 'QUADS';

/**
 * Rules to change from the kind's defaults; leave a field out to keep
 * the default.
 */
export type ProgrammeRulesInput = {
  frameworkId?: string | null | undefined;
  frameworkVersion?: number | null | undefined;
  gradingRequired?: boolean | null | undefined;
  hmiRequired?: boolean | null | undefined;
  publicReportRequired?: boolean | null | undefined;
  reciprocity?: Reciprocity | null | undefined;
  selfEvaluationMode?: SelfEvaluationMode | null | undefined;
  teamSizeMax?: number | null | undefined;
  teamSizeMin?: number | null | undefined;
  visitLengthDays?: number | null | undefined;
};

/** A quad as entered. */
export type QuadInput = {
  /** Exactly four local authorities. */
  authorityIds: Array<string>;
  name: string;
  /** e.g. 2024-25 */
  session: string;
};

/** A quad's new name and authorities; its session stays. */
export type QuadUpdateInput = {
  /** Exactly four local authorities. */
  authorityIds: Array<string>;
  name: string;
};

/** What the programme does about authorities reviewing each other. */
export type Reciprocity =
  /** The quad's authorities review each other (Quads). */
  | 'EXPECTED'
  /**
   * A reviewing B while B reviews A in the same phase is flagged as a
   * conflict (CI).
   */
  | 'FLAG';

/** Whether a kind's offsets count before or after its day. */
export type ReminderAnchor =
  | 'AFTER'
  | 'BEFORE';

/** What a reminder is about. */
export type ReminderKind =
  /** A follow-up action is due soon (calendar days before its due day). */
  | 'ACTION_DUE'
  /**
   * A follow-up action long overdue, to the host lead (cannot be turned
   * off).
   */
  | 'ACTION_ESCALATION'
  /** A follow-up action is overdue: repeated every so many days. */
  | 'ACTION_OVERDUE'
  /** The factual-accuracy check of the shared draft is still open. */
  | 'FACTUAL_ACCURACY_OPEN'
  /** A follow-up session is coming. */
  | 'FOLLOW_UP_SESSION'
  /** A review team invitation not answered (cannot be turned off). */
  | 'INVITATION_UNANSWERED'
  /** The report draft is due after the visit. */
  | 'REPORT_DRAFT_DUE'
  /** The self-evaluation is due before the first visit day. */
  | 'SELF_EVALUATION_DUE'
  /** The visit starts soon. */
  | 'VISIT_STARTING';

/** What a kind's offsets count. */
export type ReminderUnit =
  /** Calendar days. */
  | 'DAYS'
  /** Weekends, Scotland's bank holidays and blackout dates left out. */
  | 'WORKING_DAYS';

/** In which capacity someone approved. */
export type ReportApprovalRole =
  | 'HOST_LEAD'
  | 'PROGRAMME_OFFICER';

/** A factual-accuracy comment on a section or one of its items. */
export type ReportCommentInput = {
  itemId?: string | null | undefined;
  sectionKey: ReportSectionKey;
  /** 1..=4000 characters, trimmed. */
  text: string;
};

/** Where a factual-accuracy comment stands. */
export type ReportCommentStatus =
  | 'ACCEPTED'
  | 'OPEN'
  | 'REJECTED';

/** A strength or area for improvement as the team writes it. */
export type ReportItemInput = {
  /** 0..=50 agreed findings of this review. */
  findingIds: Array<string>;
  /** 0..=20 quality indicator numbers of the review's framework. */
  indicators: Array<string>;
  kind: ReportItemKind;
  /** 1..=4000 characters, trimmed. */
  text: string;
};

/** A structured item's kind. */
export type ReportItemKind =
  | 'AREA_FOR_IMPROVEMENT'
  | 'STRENGTH';

/** A section of the report. */
export type ReportSectionKey =
  | 'AREAS_FOR_IMPROVEMENT'
  | 'CONTEXT'
  | 'FOCUS'
  | 'NEXT_STEPS'
  | 'STRENGTHS'
  | 'WHAT_THE_TEAM_DID';

/** Where a review moves on the timetable, and why. */
export type RescheduleReviewInput = {
  phase: number;
  /** Why; kept in the history and sent to the team and host leads. */
  reason: string;
  /** Within the phase. */
  targetMonth: string;
};

/** A lifecycle command, by name. */
export type ReviewCommand =
  | 'AGREE_FOCUS'
  | 'BEGIN_FOLLOW_UP'
  | 'CLOSE'
  | 'COMPLETE_VISIT'
  | 'DRAFT_REPORT'
  | 'FORM_TEAM'
  | 'POSTPONE'
  | 'PUBLISH_REPORT'
  | 'REOPEN_SELF_EVALUATION'
  | 'RESUME'
  | 'SCHEDULE'
  | 'START_VISIT'
  | 'SUBMIT_SELF_EVALUATION'
  | 'WITHDRAW';

/** What kind of change a history entry records. */
export type ReviewEventKind =
  /** A conflict of interest was dismissed. */
  | 'CONFLICT_DISMISSED'
  /** Findings were merged into one. */
  | 'FINDINGS_MERGED'
  /** The team lead (or a programme officer) agreed a finding. */
  | 'FINDING_AGREED'
  /** The team lead removed a finding. */
  | 'FINDING_REMOVED'
  /** The team lead reworded a finding. */
  | 'FINDING_REWORDED'
  /** An agreed finding became a draft again. */
  | 'FINDING_UNAGREED'
  /** The focus was edited; its sign-offs were cleared. */
  | 'FOCUS_EDITED'
  /** A programme officer reopened the agreed focus. */
  | 'FOCUS_REOPENED'
  /** A host lead or a programme officer signed off the focus. */
  | 'FOCUS_SIGNED_OFF'
  /** A follow-up action was added from an area for improvement. */
  | 'FOLLOW_UP_ACTION_ADDED'
  /** A follow-up action was changed (its status, owner, due date or description). */
  | 'FOLLOW_UP_ACTION_UPDATED'
  /** A progress note was added to a follow-up action. */
  | 'FOLLOW_UP_NOTE_ADDED'
  /** Why an area for improvement needs no action was recorded or cleared. */
  | 'FOLLOW_UP_NO_ACTION_REASON'
  /** A saved follow-up session was cancelled (proposed again). */
  | 'FOLLOW_UP_SESSION_CANCELLED'
  /** A follow-up session's notes were written. */
  | 'FOLLOW_UP_SESSION_NOTES'
  /** A follow-up session was saved on a date. */
  | 'FOLLOW_UP_SESSION_SCHEDULED'
  /** An impact measure was marked for publication with the report, or unmarked. */
  | 'IMPACT_MEASURE_PUBLISHED'
  /** An impact measure was added or changed. */
  | 'IMPACT_MEASURE_RECORDED'
  /** Recorded from an earlier programme with its end state. */
  | 'IMPORTED'
  /** A person with an account was added to the team. */
  | 'MEMBER_ADDED'
  /** An invited person accepted or declined. */
  | 'MEMBER_ANSWERED'
  /** Someone was invited to the team by email. */
  | 'MEMBER_INVITED'
  /** A member was replaced by another person. */
  | 'MEMBER_REPLACED'
  /** A host lead or a programme officer approved a draft of the report. */
  | 'REPORT_APPROVED'
  /** The team lead answered a factual-accuracy comment. */
  | 'REPORT_COMMENT_ANSWERED'
  /** A programme officer opened a correction of the published report. */
  | 'REPORT_CORRECTION_OPENED'
  /** A version of the report was published (a correction, or the first). */
  | 'REPORT_PUBLISHED'
  /** The team lead shared the draft report with the host. */
  | 'REPORT_SHARED'
  /** Moved to another phase and month of the timetable, with a reason. */
  | 'RESCHEDULED'
  /** Put on the timetable. */
  | 'SCHEDULED'
  /** Moved by a command. */
  | 'TRANSITIONED'
  /** The visit plan changed: its dates or a session. */
  | 'VISIT_CHANGED'
  /** The visit dates were first set. */
  | 'VISIT_PLANNED';

/** Which reviews to list; every field is optional. */
export type ReviewFilterInput = {
  hostId?: string | null | undefined;
  /** The first month, inclusive. */
  monthFrom?: string | null | undefined;
  /** The last month, inclusive. */
  monthTo?: string | null | undefined;
  phase?: number | null | undefined;
  programmeId?: string | null | undefined;
  states?: Array<ReviewState> | null | undefined;
  /** Part of the theme, any case. */
  theme?: string | null | undefined;
};

/** Where a review stands in its lifecycle. */
export type ReviewState =
  | 'CLOSED'
  | 'FOCUS_AGREED'
  | 'FOLLOW_UP'
  | 'POSTPONED'
  | 'REPORT_DRAFTED'
  | 'REPORT_PUBLISHED'
  | 'SCHEDULED'
  | 'SELF_EVALUATION_SUBMITTED'
  | 'TEAM_FORMED'
  | 'VISIT_COMPLETED'
  | 'VISIT_IN_PROGRESS'
  | 'WITHDRAWN';

/** How a review is at risk. */
export type RiskReason =
  /**
   * Still no agreed focus `focusDaysBefore` calendar days before the
   * target month's first day.
   */
  | 'NO_AGREED_FOCUS'
  /**
   * Still no formed team `teamDaysBefore` calendar days before the
   * target month's first day.
   */
  | 'NO_FORMED_TEAM'
  /**
   * Still no submitted self-evaluation `selfEvaluationWorkingDaysBefore`
   * working days before the first visit day.
   */
  | 'NO_SUBMITTED_SELF_EVALUATION'
  /**
   * Still no drafted report `reportWorkingDaysAfter` working days after
   * the last visit day.
   */
  | 'REPORT_NOT_DRAFTED';

/** New thresholds: each within its bounds. */
export type RiskThresholdsInput = {
  focusDaysBefore: number;
  reportWorkingDaysAfter: number;
  selfEvaluationWorkingDaysBefore: number;
  teamDaysBefore: number;
};

/** A global role; rights on a review come from team membership. */
export type Role =
  /** Manages accounts and the mail outbox. */
  | 'ADMIN'
  /** Works for a local authority; with `lead`, its Director or Head of Service. */
  | 'AUTHORITY_USER'
  /** Runs the programme: schedules reviews, forms teams (ADES officers). */
  | 'PROGRAMME_OFFICER'
  /** Joins review teams (Education Scotland, HM Inspectors, others). */
  | 'REVIEWER';

/** One indicator as a host user saves it. */
export type SaveSelfEvaluationIndicatorInput = {
  /** One per framework question, in order. */
  answers?: Array<string>;
  areasForImprovement?: string;
  /** The host authority whose self-evaluation this is. */
  authorityId: string;
  evidence?: string;
  /** On the framework's scale, only where graded. */
  grade?: number | null | undefined;
  /** The indicator's number, e.g. "1.2". */
  indicator: string;
  reviewId: string;
  strengths?: string;
  /** The version last read (0 before the first save). */
  version: number;
};

/** One indicator of the team's view as the team saves it. */
export type SaveTeamViewIndicatorInput = {
  /** The host authority whose self-evaluation this is a view of. */
  authorityId: string;
  evidence?: string;
  /** On the framework's scale, only where graded. */
  grade?: number | null | undefined;
  /** The indicator's number, e.g. "1.2". */
  indicator: string;
  reviewId: string;
  /** The version last read (0 before the first save). */
  version: number;
};

/** A review put on the timetable. */
export type ScheduleReviewInput = {
  /**
   * One host, or several for a joint review; for Quads the hosting
   * member of the quad.
   */
  hostIds: Array<string>;
  phase: number;
  programmeId: string;
  /** For Quads: the quad. */
  quadId?: string | null | undefined;
  /** Within the phase. */
  targetMonth: string;
  /** If already known. */
  theme?: string | null | undefined;
};

/** What a submitted self-evaluation must contain. */
export type SelfEvaluationMode =
  /** At least one self-evaluation document attached. */
  | 'EVIDENCE_ONLY'
  /** Every required quality indicator graded with evidence. */
  | 'RUBRIC';

/** What a session is. */
export type SessionKind =
  /** Feedback to the host. */
  | 'FEEDBACK'
  | 'FOCUS_GROUP'
  | 'MEETING'
  | 'OBSERVATION'
  | 'TEAM_DELIBERATION';

/** A point of the agreement scale. */
export type SurveyAnswer =
  | 'AGREE'
  | 'DISAGREE'
  | 'DONT_KNOW'
  | 'STRONGLY_AGREE'
  | 'STRONGLY_DISAGREE';

/** Where a respondent works. */
export type SurveyOrganisationType =
  | 'ADES'
  | 'AUTHORITY'
  | 'EDUCATION_SCOTLAND'
  | 'HM_INSPECTORS'
  | 'OTHER';

/** A response as the form sends it. */
export type SurveyResponseInput = {
  /** Every statement exactly once (don't know is an answer). */
  answers: Array<SurveyStatementAnswerInput>;
  /** Optional; at most 2,000 characters. */
  comment?: string | null | undefined;
  organisationType: SurveyOrganisationType;
};

/** What a set of results covers. */
export type SurveyScope =
  | 'PHASE'
  | 'PROGRAMME'
  | 'REVIEW';

/** One statement's answer. */
export type SurveyStatementAnswerInput = {
  answer: SurveyAnswer;
  statementId: string;
};

/** What a task asks of the person. */
export type TaskKind =
  /** Agree the team's findings during the visit (the team lead). */
  | 'AGREE_FINDINGS'
  /** Accept or decline an invitation to a review team. */
  | 'ANSWER_INVITATION'
  /**
   * Answer the host's factual-accuracy comments on the draft report
   * (the team lead).
   */
  | 'ANSWER_REPORT_COMMENTS'
  /** Approve the current draft report (host leads, a programme officer). */
  | 'APPROVE_REPORT'
  /**
   * Check the shared draft report's factual accuracy (host users and
   * leads).
   */
  | 'CHECK_FACTUAL_ACCURACY'
  /** Make the command that moves the review forward (see `command`). */
  | 'COMMAND'
  /** Complete the self-evaluation (host users, at TEAM_FORMED). */
  | 'COMPLETE_SELF_EVALUATION'
  /** Invite members until the programme's composition rules hold. */
  | 'COMPLETE_TEAM'
  /**
   * Create actions from the published areas for improvement (host users
   * and leads, at REPORT_PUBLISHED).
   */
  | 'CREATE_FOLLOW_UP_ACTIONS'
  /** Set the visit's dates and sessions (the team lead). */
  | 'PLAN_VISIT'
  /** Record findings during the visit (accepted team members). */
  | 'RECORD_FINDINGS'
  /** Record the team's view of the submitted self-evaluation. */
  | 'RECORD_TEAM_VIEW'
  /** Record blackout dates and the visit's contacts and places (the host). */
  | 'RECORD_VISIT_CONTACTS'
  /** Replace a member who declined. */
  | 'REPLACE_DECLINED_MEMBER'
  /** Resolve a conflict of interest about the team. */
  | 'RESOLVE_CONFLICT'
  /**
   * Save the dates of the follow-up sessions (host leads, programme
   * officers).
   */
  | 'SCHEDULE_FOLLOW_UP_SESSIONS'
  /** Set the focus's theme and key questions. */
  | 'SET_FOCUS'
  /** Sign off the focus, for a host authority or for the programme. */
  | 'SIGN_OFF_FOCUS'
  /**
   * Update an action of yours due within two weeks or overdue (its
   * owner); `due` is the earliest such action's due date.
   */
  | 'UPDATE_FOLLOW_UP_ACTION';

/** An existing user to add to a team. */
export type TeamMemberInput = {
  role: TeamRole;
  userId: string;
};

/** Lead or member of a review team. */
export type TeamRole =
  | 'LEAD'
  | 'MEMBER';

/** How the items are grouped. */
export type ThemeGrouping =
  /** By the review's focus theme (none: key "", label "No theme"). */
  | 'FOCUS_THEME'
  /**
   * By quality indicator code as written on the item (an item with
   * several is in each; none: key "", label "No quality indicator").
   */
  | 'QUALITY_INDICATOR';

/** A place as entered. */
export type VisitPlaceInput = {
  address?: string | null | undefined;
  name: string;
};

/** A session as entered. */
export type VisitSessionInput = {
  /** Whom it meets; each at most once. */
  audiences: Array<Audience>;
  /** One of the visit days. */
  day: string;
  /** `HH:MM`, London time; after `startsAt`. */
  endsAt: string;
  kind: SessionKind;
  /** Accepted team members, at most 30. */
  memberIds: Array<string>;
  place?: string | null | undefined;
  /** `HH:MM`, London time. */
  startsAt: string;
};

export type MyReviews_ReviewFragment = { id: string, targetMonth: string, state: ReviewState, hosts: Array<{ id: string, name: string }>, programme: { id: string, name: string } } & { ' $fragmentName'?: 'MyReviews_ReviewFragment' };

export type MyReviews_ListQueryVariables = Exact<{
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type MyReviews_ListQuery = { me: { id: string, reviews: { total: number, items: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'MyReviews_ReviewFragment': MyReviews_ReviewFragment } }
      )> } | null } | null };

export type MyTasks_TaskFragment = { id: string, kind: TaskKind, title: string, detail: string, due: string | null, path: string, review: { id: string, targetMonth: string, hosts: Array<{ id: string, name: string }>, programme: { id: string, name: string } } } & { ' $fragmentName'?: 'MyTasks_TaskFragment' };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { me: { id: string, tasks: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'MyTasks_TaskFragment': MyTasks_TaskFragment } }
    )> | null } | null };

export type SiteHeader_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SiteHeader_SignOutMutation = { signOut: boolean };

export type SessionUserFragment = { id: string, name: string, email: string, roles: Array<Role>, lead: boolean, organisation: { id: string, name: string, kind: OrganisationKind } } & { ' $fragmentName'?: 'SessionUserFragment' };

export type Session_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Session_MeQuery = { me: { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } } | null };

export type AdminOutboxPage_OutboxQueryVariables = Exact<{
  status?: OutboxStatus | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type AdminOutboxPage_OutboxQuery = { outbox: { total: number, items: Array<{ id: string, recipient: string, template: string, subject: string, status: OutboxStatus, attempts: number, lastError: string | null, dueAt: string, sentAt: string | null, createdAt: string }> } };

export type AdminOutboxPage_RetryOutboxMessageMutationVariables = Exact<{
  id: string;
}>;


export type AdminOutboxPage_RetryOutboxMessageMutation = { retryOutboxMessage: { id: string, status: OutboxStatus } };

export type AdminUserPage_UserFragment = { id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, createdAt: string, organisation: { id: string, name: string } } & { ' $fragmentName'?: 'AdminUserPage_UserFragment' };

export type AdminUserPage_UserQueryVariables = Exact<{
  id: string;
}>;


export type AdminUserPage_UserQuery = { user: { ' $fragmentRefs'?: { 'AdminUserPage_UserFragment': AdminUserPage_UserFragment } } };

export type AdminUserPage_SetUserRolesMutationVariables = Exact<{
  id: string;
  roles: Array<Role> | Role;
  lead: boolean;
}>;


export type AdminUserPage_SetUserRolesMutation = { setUserRoles: { ' $fragmentRefs'?: { 'AdminUserPage_UserFragment': AdminUserPage_UserFragment } } };

export type AdminUserPage_DeactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type AdminUserPage_DeactivateUserMutation = { deactivateUser: { ' $fragmentRefs'?: { 'AdminUserPage_UserFragment': AdminUserPage_UserFragment } } };

export type AdminUserPage_ReactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type AdminUserPage_ReactivateUserMutation = { reactivateUser: { ' $fragmentRefs'?: { 'AdminUserPage_UserFragment': AdminUserPage_UserFragment } } };

export type AdminUserPage_ResendInvitationMutationVariables = Exact<{
  id: string;
}>;


export type AdminUserPage_ResendInvitationMutation = { resendInvitation: { ' $fragmentRefs'?: { 'AdminUserPage_UserFragment': AdminUserPage_UserFragment } } };

export type UserRow_UserFragment = { id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, organisation: { id: string, name: string } } & { ' $fragmentName'?: 'UserRow_UserFragment' };

export type AdminUsersPage_UsersQueryVariables = Exact<{
  search?: string | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type AdminUsersPage_UsersQuery = { users: { total: number, items: Array<{ ' $fragmentRefs'?: { 'UserRow_UserFragment': UserRow_UserFragment } }> } };

export type AuthorityRow_AuthorityFragment = { id: string, name: string, gssCode: string, ric: string | null, lgbfFamilyGroup: number | null } & { ' $fragmentName'?: 'AuthorityRow_AuthorityFragment' };

export type AuthoritiesPage_AuthoritiesQueryVariables = Exact<{
  ric?: string | null | undefined;
  lgbfFamilyGroup?: number | null | undefined;
}>;


export type AuthoritiesPage_AuthoritiesQuery = { regionalImprovementCollaboratives: Array<string>, authorities: Array<{ ' $fragmentRefs'?: { 'AuthorityRow_AuthorityFragment': AuthorityRow_AuthorityFragment } }> };

export type AuthorityPage_AuthorityQueryVariables = Exact<{
  gssCode: string;
}>;


export type AuthorityPage_AuthorityQuery = { authority: { id: string, name: string, gssCode: string, ric: string | null, lgbfFamilyGroup: number | null } };

export type ChangePasswordPage_ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordPage_ChangePasswordMutation = { changePassword: boolean };

export type FindingItem_UpdateMutationVariables = Exact<{
  findingId: string;
  version: number;
  input: FindingInput;
}>;


export type FindingItem_UpdateMutation = { updateFinding: { id: string, version: number, text: string, status: FindingStatus } };

export type FindingItem_RemoveMutationVariables = Exact<{
  findingId: string;
  version: number;
}>;


export type FindingItem_RemoveMutation = { removeFinding: boolean };

export type FindingItem_AgreeMutationVariables = Exact<{
  findingId: string;
  version: number;
}>;


export type FindingItem_AgreeMutation = { agreeFinding: { id: string, version: number, status: FindingStatus } };

export type FindingItem_UnagreeMutationVariables = Exact<{
  findingId: string;
  version: number;
}>;


export type FindingItem_UnagreeMutation = { unagreeFinding: { id: string, version: number, status: FindingStatus } };

export type FindingsSection_FindingsQueryVariables = Exact<{
  reviewId: string;
}>;


export type FindingsSection_FindingsQuery = { reviewFindings: { reviewId: string, reviewVersion: number, state: ReviewState, canRecord: boolean, canAgree: boolean, agreedStrengths: number, agreedAreasForImprovement: number, indicators: Array<{ number: string, title: string }>, sessions: Array<{ id: string, day: string, startsAt: string, endsAt: string, kind: SessionKind }>, findings: Array<{ id: string, kind: FindingKind, text: string, indicators: Array<string>, status: FindingStatus, mergedIntoId: string | null, version: number, recordedAt: string, updatedAt: string, canEdit: boolean, session: { id: string, day: string, startsAt: string, endsAt: string, kind: SessionKind } | null, author: { id: string, name: string }, attachments: Array<{ id: string, fileName: string, url: string }> }> } };

export type FindingsSection_HistoryQueryVariables = Exact<{
  reviewId: string;
}>;


export type FindingsSection_HistoryQuery = { reviewFindings: { reviewId: string, findings: Array<{ id: string, history: Array<{ at: string, kind: FindingChangeKind, text: string | null, by: { id: string, name: string } }> }> } };

export type FindingsSection_CompleteVisitMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type FindingsSection_CompleteVisitMutation = { completeVisit: { id: string, version: number, state: ReviewState } };

export type MergeForm_MergeMutationVariables = Exact<{
  intoId: string;
  mergedIds: Array<string> | string;
  text: string;
}>;


export type MergeForm_MergeMutation = { mergeFindings: { id: string, version: number, text: string, status: FindingStatus } };

export type CaptureForm_RecordFindingMutationVariables = Exact<{
  reviewId: string;
  idempotencyKey: string;
  input: FindingInput;
}>;


export type CaptureForm_RecordFindingMutation = { recordFinding: { id: string, reviewId: string, version: number, status: FindingStatus } };

export type FollowUpTab_AddActionMutationVariables = Exact<{
  reviewId: string;
  input: FollowUpActionInput;
}>;


export type FollowUpTab_AddActionMutation = { addFollowUpAction: { reviewId: string, reviewVersion: number } };

export type FollowUpTab_UpdateActionMutationVariables = Exact<{
  actionId: string;
  version: number;
  input: FollowUpActionUpdateInput;
}>;


export type FollowUpTab_UpdateActionMutation = { updateFollowUpAction: { reviewId: string, reviewVersion: number } };

export type FollowUpTab_SetNoActionReasonMutationVariables = Exact<{
  reviewId: string;
  itemId: string;
  reason?: string | null | undefined;
}>;


export type FollowUpTab_SetNoActionReasonMutation = { setNoActionReason: { reviewId: string, reviewVersion: number } };

export type FollowUpTab_AddNoteMutationVariables = Exact<{
  actionId: string;
  input: FollowUpNoteInput;
}>;


export type FollowUpTab_AddNoteMutation = { addFollowUpNote: { reviewId: string, actions: Array<{ id: string, notes: Array<{ id: string }> }> } };

export type FollowUpTab_FollowUpQueryVariables = Exact<{
  reviewId: string;
}>;


export type FollowUpTab_FollowUpQuery = { reviewFollowUp: { reviewId: string, reviewVersion: number, state: ReviewState, publishedOn: string, actionsOpen: number, actionsOverdue: number, canManageActions: boolean, canScheduleSessions: boolean, canWriteSessionNotes: boolean, canRecordMeasures: boolean, canPublishMeasures: boolean, canBeginFollowUp: boolean, canClose: boolean, unmetToBegin: Array<{ code: GuardCode, message: string }>, unmetToClose: Array<{ code: GuardCode, message: string }>, possibleOwners: Array<{ id: string, name: string }>, areas: Array<{ itemId: string, text: string, indicators: Array<string>, superseded: boolean, noActionReason: string | null, noActionReasonAt: string | null, actionCount: number, noActionReasonBy: { id: string, name: string } | null }>, actions: Array<{ id: string, version: number, areaItemId: string, areaText: string, fromSupersededVersion: boolean, description: string, dueOn: string, status: FollowUpActionStatus, overdue: boolean, dueSoon: boolean, createdAt: string, updatedAt: string, canUpdate: boolean, owner: { id: string, name: string }, createdBy: { id: string, name: string }, notes: Array<{ id: string, text: string, notedOn: string, createdAt: string, author: { id: string, name: string }, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, summary: string | null, url: string }> }> }>, sessions: Array<{ number: number, proposedOn: string, scheduledOn: string | null, scheduled: boolean, savedAt: string | null, notes: string, sequence: number, savedBy: { id: string, name: string } | null }>, impactMeasures: Array<{ id: string, version: number, name: string, learnerGroup: string, unit: ImpactUnit, baselineValue: string, baselinePeriod: string, laterValue: string | null, laterPeriod: string | null, noLaterValueReason: string | null, change: string | null, changeText: string | null, published: boolean, updatedAt: string, recordedBy: { id: string, name: string } }> } | null };

export type FollowUpTab_AddMeasureMutationVariables = Exact<{
  reviewId: string;
  input: ImpactMeasureInput;
}>;


export type FollowUpTab_AddMeasureMutation = { addImpactMeasure: { reviewId: string, reviewVersion: number } };

export type FollowUpTab_UpdateMeasureMutationVariables = Exact<{
  measureId: string;
  version: number;
  input: ImpactMeasureInput;
}>;


export type FollowUpTab_UpdateMeasureMutation = { updateImpactMeasure: { reviewId: string, reviewVersion: number } };

export type FollowUpTab_PublishMeasureMutationVariables = Exact<{
  measureId: string;
  version: number;
  published: boolean;
}>;


export type FollowUpTab_PublishMeasureMutation = { publishImpactMeasure: { reviewId: string, reviewVersion: number } };

export type FollowUpTab_ScheduleSessionMutationVariables = Exact<{
  reviewId: string;
  number: number;
  date: string;
}>;


export type FollowUpTab_ScheduleSessionMutation = { scheduleFollowUpSession: { reviewId: string, reviewVersion: number } };

export type FollowUpTab_CancelSessionMutationVariables = Exact<{
  reviewId: string;
  number: number;
}>;


export type FollowUpTab_CancelSessionMutation = { cancelFollowUpSession: { reviewId: string, reviewVersion: number } };

export type FollowUpTab_SessionNotesMutationVariables = Exact<{
  reviewId: string;
  number: number;
  notes: string;
}>;


export type FollowUpTab_SessionNotesMutation = { setFollowUpSessionNotes: { reviewId: string, reviewVersion: number } };

export type ForgotPasswordPage_RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type ForgotPasswordPage_RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type FrameworkScale_ScaleLevelFragment = { level: number, label: string, meaning: string } & { ' $fragmentName'?: 'FrameworkScale_ScaleLevelFragment' };

export type FrameworkPage_FrameworkQueryVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type FrameworkPage_FrameworkQuery = { framework: { id: string, version: number, name: string, publisher: string | null, year: number | null, appliesTo: string, about: string, grading: string, gradingRules: Array<string>, questions: Array<string>, scale: Array<{ ' $fragmentRefs'?: { 'FrameworkScale_ScaleLevelFragment': FrameworkScale_ScaleLevelFragment } }>, keyAreas: Array<{ number: string, title: string, qualityIndicators: Array<{ number: string, title: string, themes: Array<string> }> }> } };

export type FrameworksPage_FrameworksQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworksPage_FrameworksQuery = { frameworks: Array<{ id: string, version: number, name: string, publisher: string | null, year: number | null, appliesTo: string, grading: string }> };

export type InsightDashboard_DashboardQueryVariables = Exact<{
  programmeId: string;
}>;


export type InsightDashboard_DashboardQuery = { programmeDashboard: { today: string, total: number, programme: { id: string, name: string }, thresholds: { programmeId: string, focusDaysBefore: number, teamDaysBefore: number, selfEvaluationWorkingDaysBefore: number, reportWorkingDaysAfter: number, isDefault: boolean }, byState: Array<{ state: ReviewState, label: string, count: number }>, byPhase: Array<{ phase: number, count: number }>, byMonth: Array<{ month: string, count: number }>, upcomingVisits: Array<{ firstDay: string, lastDay: string, days: number, review: { id: string, phase: number, targetMonth: string, state: ReviewState, theme: string | null, hosts: Array<{ id: string, name: string }> } }>, atRisk: Array<{ review: { id: string, phase: number, targetMonth: string, state: ReviewState, theme: string | null, hosts: Array<{ id: string, name: string }> }, reasons: Array<{ reason: RiskReason, message: string, since: string }> }>, overdueActions: Array<{ count: number, authority: { id: string, name: string }, actions: Array<{ reviewId: string, actionId: string, description: string, dueOn: string, daysOverdue: number }> }>, impactMeasures: Array<{ reportSlug: string, review: { id: string, phase: number, targetMonth: string, state: ReviewState, theme: string | null, hosts: Array<{ id: string, name: string }> }, measure: { name: string, learnerGroup: string, unit: ImpactUnit, baselineValue: string, baselinePeriod: string, laterValue: string | null, laterPeriod: string | null, changeText: string | null } }> } };

export type InsightNetwork_NetworkQueryVariables = Exact<{
  programmeId: string;
}>;


export type InsightNetwork_NetworkQuery = { programme: { id: string, name: string }, collaborationNetwork: { matrix: Array<Array<number>>, total: number, authorities: Array<{ id: string, name: string }> } };

export type InsightOpenData_ProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightOpenData_ProgrammesQuery = { programmes: Array<{ id: string, name: string }> };

export type InsightThemes_ThemesQueryVariables = Exact<{
  groupBy: ThemeGrouping;
  kind?: ReportItemKind | null | undefined;
  authority?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type InsightThemes_ThemesQuery = { themesAcrossReports: { groupBy: ThemeGrouping, reports: number, groups: Array<{ key: string, label: string, strengths: number, areasForImprovement: number, total: number, items: Array<{ kind: ReportItemKind, text: string, indicators: Array<string>, theme: string | null, hostNames: Array<string>, year: number, targetMonth: string, programmeName: string, slug: string, version: number }> }> }, publishedReportFilters: { years: Array<number>, authorities: Array<{ id: string, name: string }> } };

export type InsightThresholds_SetMutationVariables = Exact<{
  programmeId: string;
  thresholds: RiskThresholdsInput;
}>;


export type InsightThresholds_SetMutation = { setRiskThresholds: { programmeId: string, focusDaysBefore: number, teamDaysBefore: number, selfEvaluationWorkingDaysBefore: number, reportWorkingDaysAfter: number, isDefault: boolean } };

export type InvitationPage_AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type InvitationPage_AcceptInvitationMutation = { acceptInvitation: { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } } };

export type InviteUserPage_OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InviteUserPage_OrganisationsQuery = { organisations: Array<{ id: string, name: string, kind: OrganisationKind }> };

export type InviteUserPage_InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserPage_InviteUserMutation = { inviteUser: { id: string, email: string } };

export type MyRemindersPage_RemindersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRemindersPage_RemindersQuery = { myReminders: Array<{ id: string, reviewId: string, reviewName: string, action: string | null, path: string, kind: ReminderKind, label: string, dueAt: string, aboutDay: string, why: string, wanted: boolean }>, myReminderSettings: Array<{ kind: ReminderKind, label: string, wanted: boolean, essential: boolean }> };

export type MyRemindersPage_SetReminderWantedMutationVariables = Exact<{
  kind: ReminderKind;
  wanted: boolean;
}>;


export type MyRemindersPage_SetReminderWantedMutation = { setReminderWanted: Array<{ kind: ReminderKind, wanted: boolean, essential: boolean }> };

export type ProgrammePage_ProgrammeQueryVariables = Exact<{
  id: string;
}>;


export type ProgrammePage_ProgrammeQuery = { programme: { id: string, name: string, kind: ProgrammeKind, phases: Array<{ number: number, from: string, to: string }> }, authorities: Array<{ id: string, name: string }> };

export type ProgrammePage_MaterialsQueryVariables = Exact<{
  id: string;
}>;


export type ProgrammePage_MaterialsQuery = { programme: { id: string, materials: Array<{ id: string, title: string, url: string }> | null } };

export type ProgrammePage_ReviewsQueryVariables = Exact<{
  filter?: ReviewFilterInput | null | undefined;
  offset: number;
  limit: number;
}>;


export type ProgrammePage_ReviewsQuery = { reviews: { total: number, items: Array<{ id: string, phase: number, targetMonth: string, theme: string | null, state: ReviewState, publishedReportUrl: string | null, hosts: Array<{ id: string, name: string }>, quad: { id: string, name: string } | null }> } };

export type ProgrammeRemindersPage_PolicyQueryVariables = Exact<{
  id: string;
}>;


export type ProgrammeRemindersPage_PolicyQuery = { reminderPolicy: Array<{ kind: ReminderKind, label: string, offsets: Array<number>, anchor: ReminderAnchor, unit: ReminderUnit, repeats: boolean, isDefault: boolean, defaultOffsets: Array<number>, essential: boolean }> };

export type ProgrammeRemindersPage_SetPolicyMutationVariables = Exact<{
  id: string;
  kind: ReminderKind;
  offsets: Array<number> | number;
  useDefault?: boolean | null | undefined;
}>;


export type ProgrammeRemindersPage_SetPolicyMutation = { setReminderPolicy: Array<{ kind: ReminderKind, offsets: Array<number>, isDefault: boolean }> };

export type ProgrammeSettingsPage_ProgrammeQueryVariables = Exact<{
  id: string;
}>;


export type ProgrammeSettingsPage_ProgrammeQuery = { programme: (
    { id: string, name: string, version: number }
    & { ' $fragmentRefs'?: { 'SettingsForm_ProgrammeFragment': SettingsForm_ProgrammeFragment;'MaterialsSection_ProgrammeFragment': MaterialsSection_ProgrammeFragment } }
  ) };

export type MaterialsSection_ProgrammeFragment = { id: string, materials: Array<{ id: string, title: string, url: string }> | null } & { ' $fragmentName'?: 'MaterialsSection_ProgrammeFragment' };

export type MaterialsSection_AddMaterialMutationVariables = Exact<{
  programmeId: string;
  input: MaterialInput;
}>;


export type MaterialsSection_AddMaterialMutation = { addMaterial: { id: string } };

export type MaterialsSection_RemoveMaterialMutationVariables = Exact<{
  id: string;
}>;


export type MaterialsSection_RemoveMaterialMutation = { removeMaterial: boolean };

export type SettingsForm_ProgrammeFragment = { id: string, name: string, kind: ProgrammeKind, version: number, phases: Array<{ number: number, from: string, to: string }>, rules: { teamSizeMin: number, teamSizeMax: number, hmiRequired: boolean, visitLengthDays: number, selfEvaluationMode: SelfEvaluationMode, gradingRequired: boolean, publicReportRequired: boolean, reciprocity: Reciprocity } } & { ' $fragmentName'?: 'SettingsForm_ProgrammeFragment' };

export type SettingsForm_CreateMutationVariables = Exact<{
  input: ProgrammeInput;
}>;


export type SettingsForm_CreateMutation = { createProgramme: { id: string } };

export type SettingsForm_UpdateMutationVariables = Exact<{
  id: string;
  version: number;
  input: ProgrammeInput;
}>;


export type SettingsForm_UpdateMutation = { updateProgramme: { id: string, version: number } };

export type ProgrammesPage_ProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammesPage_ProgrammesQuery = { programmes: Array<{ id: string, name: string, kind: ProgrammeKind, phases: Array<{ number: number, from: string, to: string }> }> };

export type QuadsPage_QuadsQueryVariables = Exact<{ [key: string]: never; }>;


export type QuadsPage_QuadsQuery = { quads: Array<{ id: string, session: string, name: string, authorities: Array<{ id: string, name: string }> }>, authorities: Array<{ id: string, name: string }> };

export type QuadsPage_CreateQuadMutationVariables = Exact<{
  input: QuadInput;
}>;


export type QuadsPage_CreateQuadMutation = { createQuad: { id: string, name: string, session: string } };

export type QuadsPage_UpdateQuadMutationVariables = Exact<{
  id: string;
  input: QuadUpdateInput;
}>;


export type QuadsPage_UpdateQuadMutation = { updateQuad: { id: string, name: string, session: string } };

export type QuadsPage_DissolveQuadMutationVariables = Exact<{
  id: string;
}>;


export type QuadsPage_DissolveQuadMutation = { dissolveQuad: string };

export type ReportSection_AddCommentMutationVariables = Exact<{
  reviewId: string;
  input: ReportCommentInput;
}>;


export type ReportSection_AddCommentMutation = { addReportComment: { reviewId: string, draftVersion: number } };

export type ReportSection_AnswerCommentMutationVariables = Exact<{
  commentId: string;
  accept: boolean;
  reply: string;
}>;


export type ReportSection_AnswerCommentMutation = { answerReportComment: { reviewId: string, draftVersion: number } };

export type ReportSection_AddItemMutationVariables = Exact<{
  reviewId: string;
  draftVersion: number;
  input: ReportItemInput;
}>;


export type ReportSection_AddItemMutation = { addReportItem: { reviewId: string, draftVersion: number } };

export type ReportSection_UpdateItemMutationVariables = Exact<{
  itemId: string;
  draftVersion: number;
  input: ReportItemInput;
}>;


export type ReportSection_UpdateItemMutation = { updateReportItem: { reviewId: string, draftVersion: number } };

export type PublicReportPage_ReportQueryVariables = Exact<{
  slug: string;
  version?: number | null | undefined;
}>;


export type PublicReportPage_ReportQuery = { publishedReport: { slug: string, version: number, publishedAt: string, changeNote: string | null, latestVersion: number, superseded: boolean, hostNames: Array<string>, programmeName: string, targetMonth: string, focusTheme: string, keyQuestions: Array<string>, pdfUrl: string, sections: Array<{ key: ReportSectionKey, title: string, text: string }>, strengths: Array<{ id: string, kind: ReportItemKind, text: string, indicators: Array<string>, position: number }>, areasForImprovement: Array<{ id: string, kind: ReportItemKind, text: string, indicators: Array<string>, position: number }>, impactMeasures: Array<{ name: string, learnerGroup: string, unit: ImpactUnit, baselineValue: string, baselinePeriod: string, laterValue: string | null, laterPeriod: string | null, change: string | null, changeText: string | null }>, versions: Array<{ slug: string, version: number, publishedAt: string, changeNote: string | null }> } | null };

export type PublishedReportsPage_IndexQueryVariables = Exact<{
  theme?: string | null | undefined;
  authority?: string | null | undefined;
  year?: number | null | undefined;
  text?: string | null | undefined;
  offset: number;
  limit: number;
}>;


export type PublishedReportsPage_IndexQuery = { publishedReports: { total: number, notice: string | null, items: Array<{ reviewId: string, slug: string | null, version: number | null, hostNames: Array<string>, programmeName: string, targetMonth: string, focusTheme: string | null, publishedAt: string | null, snippet: string | null, externalUrl: string | null, imported: boolean, pdfUrl: string | null }> }, publishedReportFilters: { themes: Array<string>, years: Array<number>, authorities: Array<{ id: string, name: string }> } };

export type ReportSection_DraftQueryVariables = Exact<{
  reviewId: string;
}>;


export type ReportSection_DraftQuery = { review: (
    { id: string, version: number, state: ReviewState }
    & { ' $fragmentRefs'?: { 'ReviewActions_ReviewFragment': ReviewActions_ReviewFragment } }
  ), reportDraft: { reviewId: string, reviewVersion: number, state: ReviewState, draftVersion: number, isCorrection: boolean, changeNote: string | null, sharedWithHostAt: string | null, openComments: number, awaitingApprovalFrom: Array<string>, canEdit: boolean, canShare: boolean, canComment: boolean, canAnswerComments: boolean, canApprove: boolean, canPublish: boolean, canOpenCorrection: boolean, draftPdfUrl: string, sections: Array<{ key: ReportSectionKey, title: string, text: string }>, strengths: Array<{ id: string, kind: ReportItemKind, text: string, indicators: Array<string>, findingIds: Array<string>, position: number }>, areasForImprovement: Array<{ id: string, kind: ReportItemKind, text: string, indicators: Array<string>, findingIds: Array<string>, position: number }>, comments: Array<{ id: string, sectionKey: ReportSectionKey, itemId: string | null, text: string, createdAt: string, status: ReportCommentStatus, reply: string | null, answeredAt: string | null, author: { id: string, name: string }, answeredBy: { id: string, name: string } | null }>, approvals: Array<{ role: ReportApprovalRole, authorityName: string | null, draftVersion: number, at: string, by: { id: string, name: string } }>, published: Array<{ slug: string, version: number, publishedAt: string, changeNote: string | null }> } | null };

export type ReportSection_FindingsQueryVariables = Exact<{
  reviewId: string;
}>;


export type ReportSection_FindingsQuery = { reviewFindings: { reviewId: string, findings: Array<{ id: string, kind: FindingKind, text: string, indicators: Array<string>, status: FindingStatus }> } };

export type ReportSection_RemoveItemMutationVariables = Exact<{
  itemId: string;
  draftVersion: number;
}>;


export type ReportSection_RemoveItemMutation = { removeReportItem: { reviewId: string, draftVersion: number } };

export type ReportSection_MoveItemMutationVariables = Exact<{
  itemId: string;
  draftVersion: number;
  position: number;
}>;


export type ReportSection_MoveItemMutation = { moveReportItem: { reviewId: string, draftVersion: number } };

export type ReportSection_ShareMutationVariables = Exact<{
  reviewId: string;
  draftVersion: number;
}>;


export type ReportSection_ShareMutation = { shareReportDraft: { reviewId: string, draftVersion: number, sharedWithHostAt: string | null } };

export type ReportSection_ApproveMutationVariables = Exact<{
  reviewId: string;
  draftVersion: number;
}>;


export type ReportSection_ApproveMutation = { approveReport: { reviewId: string, draftVersion: number } };

export type ReportSection_PublishMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReportSection_PublishMutation = { publishReport: { id: string, version: number, state: ReviewState } };

export type ReportSection_PublishCorrectionMutationVariables = Exact<{
  reviewId: string;
  draftVersion: number;
}>;


export type ReportSection_PublishCorrectionMutation = { publishReportCorrection: { reviewId: string, draftVersion: number } };

export type ReportSection_OpenCorrectionMutationVariables = Exact<{
  reviewId: string;
  changeNote: string;
}>;


export type ReportSection_OpenCorrectionMutation = { openReportCorrection: { reviewId: string, draftVersion: number } };

export type ReportSection_UpdateSectionMutationVariables = Exact<{
  reviewId: string;
  draftVersion: number;
  key: ReportSectionKey;
  text: string;
}>;


export type ReportSection_UpdateSectionMutation = { updateReportSection: { reviewId: string, draftVersion: number } };

export type ResetPasswordPage_ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordPage_ResetPasswordMutation = { resetPassword: boolean };

export type FocusForm_ReviewFragment = { id: string, version: number, hosts: Array<{ id: string, name: string }>, focus: { theme: string | null, keyQuestions: Array<string>, scope: string | null, canEdit: boolean, canSignOff: boolean, canReopen: boolean, signOffs: Array<{ asProgrammeOfficer: boolean, signedAt: string, user: { id: string, name: string } | null, authority: { id: string, name: string } | null }> } | null } & { ' $fragmentName'?: 'FocusForm_ReviewFragment' };

export type FocusForm_UpdateFocusMutationVariables = Exact<{
  reviewId: string;
  version: number;
  input: FocusInput;
}>;


export type FocusForm_UpdateFocusMutation = { updateFocus: { id: string, version: number } };

export type FocusForm_SignOffFocusMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type FocusForm_SignOffFocusMutation = { signOffFocus: { id: string, version: number } };

export type FocusForm_ReopenFocusMutationVariables = Exact<{
  reviewId: string;
  version: number;
  reason: string;
}>;


export type FocusForm_ReopenFocusMutation = { reopenFocus: { id: string, version: number } };

export type HistorySection_HistoryQueryVariables = Exact<{
  id: string;
  after?: number | null | undefined;
}>;


export type HistorySection_HistoryQuery = { review: { id: string, history: { total: number, endCursor: number | null, hasNextPage: boolean, items: Array<{ id: string, sequence: number, kind: ReviewEventKind, summary: string, fromState: ReviewState | null, toState: ReviewState | null, reason: string | null, actorName: string, at: string, reportUrl: string | null }> } | null } };

export type InvitationAnswer_RespondMutationVariables = Exact<{
  memberId: string;
  version: number;
  accept: boolean;
}>;


export type InvitationAnswer_RespondMutation = { respondToTeamInvitation: { id: string, invitation: InvitationStatus } };

export type InviteForm_OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InviteForm_OrganisationsQuery = { organisations: Array<{ id: string, name: string, kind: OrganisationKind }> };

export type InviteForm_InviteTeamMemberMutationVariables = Exact<{
  reviewId: string;
  version: number;
  input: InviteTeamMemberInput;
}>;


export type InviteForm_InviteTeamMemberMutation = { inviteTeamMember: { id: string, version: number } };

export type PeopleSearch_UsersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PeopleSearch_UsersQuery = { users: { items: Array<{ id: string, name: string, email: string, invitationPending: boolean, organisation: { id: string, name: string } }> } };

export type ReplaceMemberForm_ReplaceTeamMemberMutationVariables = Exact<{
  memberId: string;
  version: number;
  input: TeamMemberInput;
}>;


export type ReplaceMemberForm_ReplaceTeamMemberMutation = { replaceTeamMember: { id: string, version: number } };

export type ReplaceMemberForm_ReplaceTeamMemberByInviteMutationVariables = Exact<{
  memberId: string;
  version: number;
  input: InviteTeamMemberInput;
}>;


export type ReplaceMemberForm_ReplaceTeamMemberByInviteMutation = { replaceTeamMemberByInvite: { id: string, version: number } };

export type RescheduleForm_ReviewFragment = { id: string, version: number, phase: number, targetMonth: string, hosts: Array<{ id: string, name: string }>, programme: { id: string, phases: Array<{ number: number, from: string, to: string }> } } & { ' $fragmentName'?: 'RescheduleForm_ReviewFragment' };

export type RescheduleForm_RescheduleReviewMutationVariables = Exact<{
  reviewId: string;
  version: number;
  input: RescheduleReviewInput;
}>;


export type RescheduleForm_RescheduleReviewMutation = { rescheduleReview: { id: string, version: number, phase: number, targetMonth: string } };

export type ReviewActions_ReviewFragment = { id: string, version: number, nextCommand: { command: ReviewCommand, label: string, allowed: boolean, forbiddenReason: string | null, unmet: Array<{ code: GuardCode, message: string }> } | null, availableCommands: Array<{ command: ReviewCommand, label: string, allowed: boolean, forbiddenReason: string | null, unmet: Array<{ code: GuardCode, message: string }> }> | null } & { ' $fragmentName'?: 'ReviewActions_ReviewFragment' };

export type ReviewActions_AgreeFocusMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_AgreeFocusMutation = { agreeFocus: { id: string, version: number } };

export type ReviewActions_FormTeamMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_FormTeamMutation = { formTeam: { id: string, version: number } };

export type ReviewActions_SubmitSelfEvaluationMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_SubmitSelfEvaluationMutation = { submitSelfEvaluation: { id: string, version: number } };

export type ReviewActions_StartVisitMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_StartVisitMutation = { startVisit: { id: string, version: number } };

export type ReviewActions_CompleteVisitMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_CompleteVisitMutation = { completeVisit: { id: string, version: number } };

export type ReviewActions_DraftReportMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_DraftReportMutation = { draftReport: { id: string, version: number } };

export type ReviewActions_PublishReportMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_PublishReportMutation = { publishReport: { id: string, version: number } };

export type ReviewActions_BeginFollowUpMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_BeginFollowUpMutation = { beginFollowUp: { id: string, version: number } };

export type ReviewActions_CloseReviewMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_CloseReviewMutation = { closeReview: { id: string, version: number } };

export type ReviewActions_ResumeReviewMutationVariables = Exact<{
  reviewId: string;
  version: number;
}>;


export type ReviewActions_ResumeReviewMutation = { resumeReview: { id: string, version: number } };

export type ReviewActions_PostponeReviewMutationVariables = Exact<{
  reviewId: string;
  version: number;
  reason: string;
}>;


export type ReviewActions_PostponeReviewMutation = { postponeReview: { id: string, version: number } };

export type ReviewActions_WithdrawReviewMutationVariables = Exact<{
  reviewId: string;
  version: number;
  reason: string;
}>;


export type ReviewActions_WithdrawReviewMutation = { withdrawReview: { id: string, version: number } };

export type ReviewActions_ReopenSelfEvaluationMutationVariables = Exact<{
  reviewId: string;
  version: number;
  reason: string;
}>;


export type ReviewActions_ReopenSelfEvaluationMutation = { reopenSelfEvaluation: { id: string, version: number } };

export type ReviewPage_ReviewQueryVariables = Exact<{
  id: string;
}>;


export type ReviewPage_ReviewQuery = { review: (
    { id: string, version: number, state: ReviewState, targetMonth: string, canReschedule: boolean | null, canAnswerInvitation: boolean | null, programme: { id: string, name: string }, hosts: Array<{ id: string, name: string }>, team: Array<{ id: string, role: TeamRole, invitation: InvitationStatus, replaced: boolean, user: { id: string } }> | null, latestEvent: { id: string, fromState: ReviewState | null } | null }
    & { ' $fragmentRefs'?: { 'ReviewSummary_ReviewFragment': ReviewSummary_ReviewFragment;'ReviewActions_ReviewFragment': ReviewActions_ReviewFragment;'FocusForm_ReviewFragment': FocusForm_ReviewFragment;'TeamSection_ReviewFragment': TeamSection_ReviewFragment;'RescheduleForm_ReviewFragment': RescheduleForm_ReviewFragment;'SelfEvaluationLinks_ReviewFragment': SelfEvaluationLinks_ReviewFragment } }
  ) };

export type ReviewPage_PublicReviewQueryVariables = Exact<{
  id: string;
}>;


export type ReviewPage_PublicReviewQuery = { review: (
    { id: string, targetMonth: string, programme: { id: string, name: string }, hosts: Array<{ id: string, name: string }> }
    & { ' $fragmentRefs'?: { 'ReviewSummary_ReviewFragment': ReviewSummary_ReviewFragment } }
  ) };

export type ReviewSummary_ReviewFragment = { phase: number, targetMonth: string, theme: string | null, state: ReviewState, publishedReportUrl: string | null, programme: { id: string, name: string }, hosts: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'ReviewSummary_ReviewFragment' };

export type TeamSection_ReviewFragment = { id: string, version: number, canChangeTeam: boolean | null, team: Array<{ id: string, affiliation: Affiliation, role: TeamRole, invitation: InvitationStatus, replaced: boolean, replacedByMemberId: string | null, user: { id: string, name: string, email: string }, organisation: { id: string, name: string } }> | null, conflicts: Array<{ id: string, description: string, dismissed: boolean, dismissalReason: string | null, dismissedAt: string | null, dismissedBy: { id: string, name: string } | null }> | null } & { ' $fragmentName'?: 'TeamSection_ReviewFragment' };

export type TeamSection_AddTeamMemberMutationVariables = Exact<{
  reviewId: string;
  version: number;
  input: TeamMemberInput;
}>;


export type TeamSection_AddTeamMemberMutation = { addTeamMember: { id: string, version: number } };

export type TeamSection_DismissConflictMutationVariables = Exact<{
  id: string;
  version: number;
  reason: string;
}>;


export type TeamSection_DismissConflictMutation = { dismissConflict: { id: string, dismissed: boolean } };

export type ScheduleReviewPage_DataQueryVariables = Exact<{
  id: string;
}>;


export type ScheduleReviewPage_DataQuery = { programme: { id: string, name: string, kind: ProgrammeKind, phases: Array<{ number: number, from: string, to: string }> }, authorities: Array<{ id: string, name: string }>, quads: Array<{ id: string, session: string, name: string, authorities: Array<{ id: string, name: string }> }> };

export type ScheduleReviewPage_ScheduleMutationVariables = Exact<{
  input: ScheduleReviewInput;
}>;


export type ScheduleReviewPage_ScheduleMutation = { scheduleReview: { id: string, hosts: Array<{ id: string, name: string }> } };

export type ScheduleReviewPage_ExistingQueryVariables = Exact<{
  programmeId: string;
  hostId: string;
}>;


export type ScheduleReviewPage_ExistingQuery = { reviews: { items: Array<{ id: string, targetMonth: string, state: ReviewState }> } };

export type SelfEvaluationAttachments_RemoveMutationVariables = Exact<{
  id: string;
}>;


export type SelfEvaluationAttachments_RemoveMutation = { removeAttachment: boolean };

export type IndicatorEditor_SaveMutationVariables = Exact<{
  input: SaveSelfEvaluationIndicatorInput;
}>;


export type IndicatorEditor_SaveMutation = { saveSelfEvaluationIndicator: { number: string, grade: number | null, evidence: string, strengths: string, areasForImprovement: string, answers: Array<string>, version: number, complete: boolean, lastEditedAt: string | null, lastEditedBy: { id: string, name: string } | null } };

export type NationalDistribution_DistributionQueryVariables = Exact<{
  frameworkId: string;
  version: number;
}>;


export type NationalDistribution_DistributionQuery = { nationalDistribution: { hidden: boolean, reason: string | null, authorities: number | null, framework: { id: string, name: string, version: number, scale: Array<{ level: number, label: string }> }, indicators: Array<{ number: string, title: string, ungraded: number, counts: Array<{ grade: number, label: string, authorities: number }> }> } };

export type SelfEvaluationPrintPage_SelfEvaluationsQueryVariables = Exact<{
  reviewId: string;
}>;


export type SelfEvaluationPrintPage_SelfEvaluationsQuery = { selfEvaluations: Array<{ id: string, authorityId: string, authorityName: string, submitted: boolean, submittedAt: string | null, graded: boolean, framework: { id: string, name: string, version: number, questions: Array<string>, scale: Array<{ level: number, label: string }> } | null, progress: { complete: number, total: number }, indicators: Array<{ number: string, title: string, grade: number | null, evidence: string, strengths: string, areasForImprovement: string, answers: Array<string>, lastEditedAt: string | null, lastEditedBy: { id: string, name: string } | null }>, documents: Array<{ id: string, fileName: string, summary: string | null }> }> };

export type QuadComparisonPage_ComparisonQueryVariables = Exact<{
  quadId: string;
}>;


export type QuadComparisonPage_ComparisonQuery = { quadComparison: { quadId: string, name: string, session: string, framework: { id: string, name: string, version: number, scale: Array<{ level: number, label: string }> } | null, authorities: Array<{ authorityId: string, name: string, reviewId: string | null, submittedAt: string | null, frameworkVersion: number | null, compared: boolean }>, indicators: Array<{ number: string, title: string, grades: Array<{ authorityId: string, grade: number | null }> }> } };

export type SelfEvaluationLinks_ReviewFragment = { id: string, state: ReviewState, hosts: Array<{ id: string, name: string }>, quad: { id: string, name: string } | null } & { ' $fragmentName'?: 'SelfEvaluationLinks_ReviewFragment' };

export type SelfEvaluationSection_SelfEvaluationsQueryVariables = Exact<{
  reviewId: string;
}>;


export type SelfEvaluationSection_SelfEvaluationsQuery = { review: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'ReviewActions_ReviewFragment': ReviewActions_ReviewFragment;'SubmitSelfEvaluation_ReviewFragment': SubmitSelfEvaluation_ReviewFragment } }
  ), selfEvaluations: Array<{ id: string, authorityId: string, authorityName: string, mode: SelfEvaluationMode, graded: boolean, submitted: boolean, submittedAt: string | null, canEdit: boolean, submittedBy: { id: string, name: string } | null, framework: { id: string, version: number, name: string, questions: Array<string>, scale: Array<{ level: number, label: string, meaning: string }> } | null, progress: { complete: number, total: number }, indicators: Array<{ number: string, title: string, keyAreaNumber: string, keyAreaTitle: string, grade: number | null, evidence: string, strengths: string, areasForImprovement: string, answers: Array<string>, version: number, complete: boolean, lastEditedAt: string | null, lastEditedBy: { id: string, name: string } | null, documents: Array<{ id: string, fileName: string, url: string }> }>, documents: Array<{ id: string, fileName: string, summary: string | null, url: string }> }> };

export type SubmitSelfEvaluation_ReviewFragment = { id: string, version: number, nextCommand: { command: ReviewCommand, label: string, allowed: boolean } | null } & { ' $fragmentName'?: 'SubmitSelfEvaluation_ReviewFragment' };

export type TeamViewEditor_SaveMutationVariables = Exact<{
  input: SaveTeamViewIndicatorInput;
}>;


export type TeamViewEditor_SaveMutation = { saveTeamViewIndicator: { number: string, teamGrade: number | null, teamEvidence: string, teamVersion: number, teamLastEditedAt: string | null, gradeDifference: number | null, teamLastEditedBy: { id: string, name: string } | null } };

export type TeamViewSection_ComparisonQueryVariables = Exact<{
  reviewId: string;
}>;


export type TeamViewSection_ComparisonQuery = { selfEvaluationComparison: Array<{ authorityId: string, authorityName: string, graded: boolean, canEditTeamView: boolean, indicators: Array<{ number: string, title: string, selfGrade: number | null, selfEvidence: string, teamGrade: number | null, teamEvidence: string, teamVersion: number, teamLastEditedAt: string | null, gradeDifference: number | null, teamLastEditedBy: { id: string, name: string } | null }> }>, selfEvaluations: Array<{ id: string, authorityId: string, framework: { id: string, version: number, name: string, scale: Array<{ level: number, label: string, meaning: string }> } | null }> };

export type SignInPage_SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInPage_SignInMutation = { signIn: { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } } };

export type SurveyFormPage_FormQueryVariables = Exact<{
  token: string;
}>;


export type SurveyFormPage_FormQuery = { surveyForm: { reviewName: string, programmeName: string, closesAt: string, closed: boolean, answered: boolean, suggestedOrganisationType: SurveyOrganisationType | null, commentMaxChars: number, statements: Array<{ id: string, position: number, text: string }> } };

export type SurveyFormPage_AnswerMutationVariables = Exact<{
  token: string;
  response: SurveyResponseInput;
}>;


export type SurveyFormPage_AnswerMutation = { answerSurvey: boolean };

export type SurveyResultsPage_ResultsQueryVariables = Exact<{
  id: string;
  phase?: number | null | undefined;
  reviewId?: string | null | undefined;
}>;


export type SurveyResultsPage_ResultsQuery = { programme: { id: string, name: string, phases: Array<{ number: number }> }, surveyResults: { scope: SurveyScope, phase: number | null, reviewId: string | null, reviewName: string | null, invited: number, respondents: number, breakdownShown: boolean, comments: Array<string>, byOrganisationType: Array<{ organisationType: SurveyOrganisationType, count: number }>, statements: Array<{ statement: { id: string, position: number, text: string }, counts: Array<{ answer: SurveyAnswer, count: number, percentage: number | null }> }> } };

export type SurveyResultsPage_SurveysQueryVariables = Exact<{
  id: string;
}>;


export type SurveyResultsPage_SurveysQuery = { programmeSurveys: Array<{ id: string, reviewId: string, reviewName: string, phase: number, closesAt: string, closed: boolean, invited: number, respondents: number }> };

export type SurveyStatementsPage_SettingsQueryVariables = Exact<{
  id: string;
}>;


export type SurveyStatementsPage_SettingsQuery = { programme: { id: string, name: string }, surveySettings: { programmeId: string, editable: boolean, closeAfterWeeks: number, maxStatements: number, statementMaxChars: number, statements: Array<{ id: string, position: number, text: string }> } };

export type SurveyStatementsPage_SetStatementsMutationVariables = Exact<{
  id: string;
  statements: Array<string> | string;
}>;


export type SurveyStatementsPage_SetStatementsMutation = { setSurveyStatements: { programmeId: string, editable: boolean, statements: Array<{ id: string, position: number, text: string }> } };

export type SurveyStatementsPage_SetWeeksMutationVariables = Exact<{
  id: string;
  weeks: number;
}>;


export type SurveyStatementsPage_SetWeeksMutation = { setSurveyCloseAfterWeeks: { programmeId: string, closeAfterWeeks: number } };

export type AgendaPage_AgendaQueryVariables = Exact<{
  reviewId: string;
}>;


export type AgendaPage_AgendaQuery = { visitAgenda: { host: string, sharedAt: string | null, recipients: number, canShare: boolean, days: Array<{ date: string, label: string, sessions: Array<{ startsAt: string, endsAt: string, kind: string, meets: Array<string>, place: string | null, team: Array<{ name: string, organisation: string }> }> }>, team: Array<{ name: string, organisation: string }> } };

export type AgendaPage_ShareMutationVariables = Exact<{
  reviewId: string;
}>;


export type AgendaPage_ShareMutation = { shareVisitAgenda: { sharedAt: string | null, recipients: number, canShare: boolean } };

export type BlackoutDatesPage_AuthorityQueryVariables = Exact<{
  gssCode: string;
}>;


export type BlackoutDatesPage_AuthorityQuery = { authority: { id: string, name: string, gssCode: string } };

export type BlackoutDatesPage_BlackoutsQueryVariables = Exact<{
  authorityId: string;
}>;


export type BlackoutDatesPage_BlackoutsQuery = { blackoutDates: Array<{ id: string, authorityId: string, firstDay: string, lastDay: string, reason: string }> };

export type BlackoutDatesPage_AddMutationVariables = Exact<{
  authorityId: string;
  input: BlackoutDateInput;
}>;


export type BlackoutDatesPage_AddMutation = { addBlackoutDate: { id: string, authorityId: string, firstDay: string, lastDay: string, reason: string } };

export type BlackoutDatesPage_RemoveMutationVariables = Exact<{
  id: string;
}>;


export type BlackoutDatesPage_RemoveMutation = { removeBlackoutDate: string };

export type HostDetails_AddContactMutationVariables = Exact<{
  reviewId: string;
  input: HostContactInput;
}>;


export type HostDetails_AddContactMutation = { addHostContact: { reviewId: string, sequence: number } };

export type HostDetails_RemoveContactMutationVariables = Exact<{
  contactId: string;
}>;


export type HostDetails_RemoveContactMutation = { removeHostContact: { reviewId: string, sequence: number } };

export type HostDetails_AddPlaceMutationVariables = Exact<{
  reviewId: string;
  input: VisitPlaceInput;
}>;


export type HostDetails_AddPlaceMutation = { addVisitPlace: { reviewId: string, sequence: number } };

export type HostDetails_RemovePlaceMutationVariables = Exact<{
  placeId: string;
}>;


export type HostDetails_RemovePlaceMutation = { removeVisitPlace: { reviewId: string, sequence: number } };

export type SessionForm_AddSessionMutationVariables = Exact<{
  reviewId: string;
  version: number;
  input: VisitSessionInput;
}>;


export type SessionForm_AddSessionMutation = { addVisitSession: { reviewId: string, reviewVersion: number, sequence: number } };

export type SessionForm_UpdateSessionMutationVariables = Exact<{
  sessionId: string;
  version: number;
  input: VisitSessionInput;
}>;


export type SessionForm_UpdateSessionMutation = { updateVisitSession: { reviewId: string, reviewVersion: number, sequence: number } };

export type VisitDatesForm_SetVisitDatesMutationVariables = Exact<{
  reviewId: string;
  version: number;
  days: Array<string> | string;
}>;


export type VisitDatesForm_SetVisitDatesMutation = { setVisitDates: { reviewId: string, reviewVersion: number, days: Array<string>, sequence: number } };

export type VisitSection_PlanQueryVariables = Exact<{
  reviewId: string;
}>;


export type VisitSection_PlanQuery = { review: (
    { id: string, version: number, hosts: Array<{ id: string, name: string, gssCode: string }> }
    & { ' $fragmentRefs'?: { 'ReviewActions_ReviewFragment': ReviewActions_ReviewFragment } }
  ), visitPlan: { reviewId: string, reviewVersion: number, targetMonth: string, lengthDays: number, days: Array<string>, sequence: number, sharedAt: string | null, canPlan: boolean, canRecordContacts: boolean, sessions: Array<{ id: string, day: string, startsAt: string, endsAt: string, kind: SessionKind, audiences: Array<Audience>, place: string | null, members: Array<{ id: string, name: string }> }>, contacts: Array<{ id: string, role: string, name: string, email: string }> | null, places: Array<{ id: string, name: string, address: string | null }>, daysOff: Array<{ date: string, reason: string }>, assignable: Array<{ id: string, name: string }> } };

export type VisitSection_RemoveSessionMutationVariables = Exact<{
  sessionId: string;
  version: number;
}>;


export type VisitSection_RemoveSessionMutation = { removeVisitSession: { reviewId: string, reviewVersion: number, sequence: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MyReviews_ReviewFragmentDoc = new TypedDocumentString(`
    fragment MyReviews_Review on Review {
  id
  targetMonth
  state
  hosts {
    id
    name
  }
  programme {
    id
    name
  }
}
    `, {"fragmentName":"MyReviews_Review"}) as unknown as TypedDocumentString<MyReviews_ReviewFragment, unknown>;
export const MyTasks_TaskFragmentDoc = new TypedDocumentString(`
    fragment MyTasks_Task on Task {
  id
  kind
  title
  detail
  due
  path
  review {
    id
    targetMonth
    hosts {
      id
      name
    }
    programme {
      id
      name
    }
  }
}
    `, {"fragmentName":"MyTasks_Task"}) as unknown as TypedDocumentString<MyTasks_TaskFragment, unknown>;
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  name
  email
  roles
  lead
  organisation {
    id
    name
    kind
  }
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const AdminUserPage_UserFragmentDoc = new TypedDocumentString(`
    fragment AdminUserPage_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  createdAt
  organisation {
    id
    name
  }
}
    `, {"fragmentName":"AdminUserPage_User"}) as unknown as TypedDocumentString<AdminUserPage_UserFragment, unknown>;
export const UserRow_UserFragmentDoc = new TypedDocumentString(`
    fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}
    `, {"fragmentName":"UserRow_User"}) as unknown as TypedDocumentString<UserRow_UserFragment, unknown>;
export const AuthorityRow_AuthorityFragmentDoc = new TypedDocumentString(`
    fragment AuthorityRow_Authority on Authority {
  id
  name
  gssCode
  ric
  lgbfFamilyGroup
}
    `, {"fragmentName":"AuthorityRow_Authority"}) as unknown as TypedDocumentString<AuthorityRow_AuthorityFragment, unknown>;
export const FrameworkScale_ScaleLevelFragmentDoc = new TypedDocumentString(`
    fragment FrameworkScale_ScaleLevel on ScaleLevel {
  level
  label
  meaning
}
    `, {"fragmentName":"FrameworkScale_ScaleLevel"}) as unknown as TypedDocumentString<FrameworkScale_ScaleLevelFragment, unknown>;
export const MaterialsSection_ProgrammeFragmentDoc = new TypedDocumentString(`
    fragment MaterialsSection_Programme on Programme {
  id
  materials {
    id
    title
    url
  }
}
    `, {"fragmentName":"MaterialsSection_Programme"}) as unknown as TypedDocumentString<MaterialsSection_ProgrammeFragment, unknown>;
export const SettingsForm_ProgrammeFragmentDoc = new TypedDocumentString(`
    fragment SettingsForm_Programme on Programme {
  id
  name
  kind
  version
  phases {
    number
    from
    to
  }
  rules {
    teamSizeMin
    teamSizeMax
    hmiRequired
    visitLengthDays
    selfEvaluationMode
    gradingRequired
    publicReportRequired
    reciprocity
  }
}
    `, {"fragmentName":"SettingsForm_Programme"}) as unknown as TypedDocumentString<SettingsForm_ProgrammeFragment, unknown>;
export const FocusForm_ReviewFragmentDoc = new TypedDocumentString(`
    fragment FocusForm_Review on Review {
  id
  version
  hosts {
    id
    name
  }
  focus {
    theme
    keyQuestions
    scope
    canEdit
    canSignOff
    canReopen
    signOffs {
      user {
        id
        name
      }
      authority {
        id
        name
      }
      asProgrammeOfficer
      signedAt
    }
  }
}
    `, {"fragmentName":"FocusForm_Review"}) as unknown as TypedDocumentString<FocusForm_ReviewFragment, unknown>;
export const RescheduleForm_ReviewFragmentDoc = new TypedDocumentString(`
    fragment RescheduleForm_Review on Review {
  id
  version
  phase
  targetMonth
  hosts {
    id
    name
  }
  programme {
    id
    phases {
      number
      from
      to
    }
  }
}
    `, {"fragmentName":"RescheduleForm_Review"}) as unknown as TypedDocumentString<RescheduleForm_ReviewFragment, unknown>;
export const ReviewActions_ReviewFragmentDoc = new TypedDocumentString(`
    fragment ReviewActions_Review on Review {
  id
  version
  nextCommand {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
  availableCommands {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
}
    `, {"fragmentName":"ReviewActions_Review"}) as unknown as TypedDocumentString<ReviewActions_ReviewFragment, unknown>;
export const ReviewSummary_ReviewFragmentDoc = new TypedDocumentString(`
    fragment ReviewSummary_Review on Review {
  programme {
    id
    name
  }
  hosts {
    id
    name
  }
  phase
  targetMonth
  theme
  state
  publishedReportUrl
}
    `, {"fragmentName":"ReviewSummary_Review"}) as unknown as TypedDocumentString<ReviewSummary_ReviewFragment, unknown>;
export const TeamSection_ReviewFragmentDoc = new TypedDocumentString(`
    fragment TeamSection_Review on Review {
  id
  version
  canChangeTeam
  team {
    id
    user {
      id
      name
      email
    }
    organisation {
      id
      name
    }
    affiliation
    role
    invitation
    replaced
    replacedByMemberId
  }
  conflicts {
    id
    description
    dismissed
    dismissalReason
    dismissedAt
    dismissedBy {
      id
      name
    }
  }
}
    `, {"fragmentName":"TeamSection_Review"}) as unknown as TypedDocumentString<TeamSection_ReviewFragment, unknown>;
export const SelfEvaluationLinks_ReviewFragmentDoc = new TypedDocumentString(`
    fragment SelfEvaluationLinks_Review on Review {
  id
  state
  hosts {
    id
    name
  }
  quad {
    id
    name
  }
}
    `, {"fragmentName":"SelfEvaluationLinks_Review"}) as unknown as TypedDocumentString<SelfEvaluationLinks_ReviewFragment, unknown>;
export const SubmitSelfEvaluation_ReviewFragmentDoc = new TypedDocumentString(`
    fragment SubmitSelfEvaluation_Review on Review {
  id
  version
  nextCommand {
    command
    label
    allowed
  }
}
    `, {"fragmentName":"SubmitSelfEvaluation_Review"}) as unknown as TypedDocumentString<SubmitSelfEvaluation_ReviewFragment, unknown>;
export const MyReviews_ListDocument = new TypedDocumentString(`
    query MyReviews_List($offset: Int, $limit: Int) {
  me {
    id
    reviews(offset: $offset, limit: $limit) {
      total
      items {
        id
        ...MyReviews_Review
      }
    }
  }
}
    fragment MyReviews_Review on Review {
  id
  targetMonth
  state
  hosts {
    id
    name
  }
  programme {
    id
    name
  }
}`, {"hash":"sha256:8e94a32301650d47003d5aa9024a9827d3257399461a01eeb48d938985290a0d"}) as unknown as TypedDocumentString<MyReviews_ListQuery, MyReviews_ListQueryVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks {
  me {
    id
    tasks {
      id
      ...MyTasks_Task
    }
  }
}
    fragment MyTasks_Task on Task {
  id
  kind
  title
  detail
  due
  path
  review {
    id
    targetMonth
    hosts {
      id
      name
    }
    programme {
      id
      name
    }
  }
}`, {"hash":"sha256:8c8836f6000eea3e98486003d1ca58f2fb04eee6e62e8c7b22b4401a753f9d3d"}) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const SiteHeader_SignOutDocument = new TypedDocumentString(`
    mutation SiteHeader_SignOut {
  signOut
}
    `, {"hash":"sha256:691d86f33d0d0fa2e8144fcd1d5383b74dcc1c72c6dd8068d0887708e6922de5"}) as unknown as TypedDocumentString<SiteHeader_SignOutMutation, SiteHeader_SignOutMutationVariables>;
export const Session_MeDocument = new TypedDocumentString(`
    query Session_Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  lead
  organisation {
    id
    name
    kind
  }
}`, {"hash":"sha256:940e2f076825ea7acbbf1779a2aad3c0413c9a0868db606c4aac9f54e2cb1f51"}) as unknown as TypedDocumentString<Session_MeQuery, Session_MeQueryVariables>;
export const AdminOutboxPage_OutboxDocument = new TypedDocumentString(`
    query AdminOutboxPage_Outbox($status: OutboxStatus, $offset: Int, $limit: Int) {
  outbox(status: $status, offset: $offset, limit: $limit) {
    total
    items {
      id
      recipient
      template
      subject
      status
      attempts
      lastError
      dueAt
      sentAt
      createdAt
    }
  }
}
    `, {"hash":"sha256:b6ed269627570d363d980c33c737b71c01c5a4de61f170cbc72b7b0296090dc6"}) as unknown as TypedDocumentString<AdminOutboxPage_OutboxQuery, AdminOutboxPage_OutboxQueryVariables>;
export const AdminOutboxPage_RetryOutboxMessageDocument = new TypedDocumentString(`
    mutation AdminOutboxPage_RetryOutboxMessage($id: UUID!) {
  retryOutboxMessage(id: $id) {
    id
    status
  }
}
    `, {"hash":"sha256:22da5e4cfebafc53661d3d5f66db54b051de3dab73238bd4ab32b182116a8e16"}) as unknown as TypedDocumentString<AdminOutboxPage_RetryOutboxMessageMutation, AdminOutboxPage_RetryOutboxMessageMutationVariables>;
export const AdminUserPage_UserDocument = new TypedDocumentString(`
    query AdminUserPage_User($id: UUID!) {
  user(id: $id) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  createdAt
  organisation {
    id
    name
  }
}`, {"hash":"sha256:cd136168ad46c5363b10d916937f688a8d1b8e597f4acd3f1674ba2c20a039f3"}) as unknown as TypedDocumentString<AdminUserPage_UserQuery, AdminUserPage_UserQueryVariables>;
export const AdminUserPage_SetUserRolesDocument = new TypedDocumentString(`
    mutation AdminUserPage_SetUserRoles($id: UUID!, $roles: [Role!]!, $lead: Boolean!) {
  setUserRoles(id: $id, roles: $roles, lead: $lead) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  createdAt
  organisation {
    id
    name
  }
}`, {"hash":"sha256:2ea6b90d4070856cacc123a7fd1e4336dee447a1bbed82adbc8116fa801639f1"}) as unknown as TypedDocumentString<AdminUserPage_SetUserRolesMutation, AdminUserPage_SetUserRolesMutationVariables>;
export const AdminUserPage_DeactivateUserDocument = new TypedDocumentString(`
    mutation AdminUserPage_DeactivateUser($id: UUID!) {
  deactivateUser(id: $id) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  createdAt
  organisation {
    id
    name
  }
}`, {"hash":"sha256:948b7ff60aac818e0d05ebbdf74bdd22103c87385a2512fbe5506eb75824aa41"}) as unknown as TypedDocumentString<AdminUserPage_DeactivateUserMutation, AdminUserPage_DeactivateUserMutationVariables>;
export const AdminUserPage_ReactivateUserDocument = new TypedDocumentString(`
    mutation AdminUserPage_ReactivateUser($id: UUID!) {
  reactivateUser(id: $id) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  createdAt
  organisation {
    id
    name
  }
}`, {"hash":"sha256:a35a04b1cdf3661c5c9931a4c17cbbbc987ff30bdb824342ac34c6d9b485b0a7"}) as unknown as TypedDocumentString<AdminUserPage_ReactivateUserMutation, AdminUserPage_ReactivateUserMutationVariables>;
export const AdminUserPage_ResendInvitationDocument = new TypedDocumentString(`
    mutation AdminUserPage_ResendInvitation($id: UUID!) {
  resendInvitation(id: $id) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  createdAt
  organisation {
    id
    name
  }
}`, {"hash":"sha256:78eeea45b8e145e7716880cf2b5c1add36fc7aa4339113b535b93b337723104e"}) as unknown as TypedDocumentString<AdminUserPage_ResendInvitationMutation, AdminUserPage_ResendInvitationMutationVariables>;
export const AdminUsersPage_UsersDocument = new TypedDocumentString(`
    query AdminUsersPage_Users($search: String, $offset: Int, $limit: Int) {
  users(search: $search, offset: $offset, limit: $limit) {
    total
    items {
      ...UserRow_User
    }
  }
}
    fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}`, {"hash":"sha256:757022a9863b35458af4fe3c6f904603ba8e7e5efd8301becd82136fc0b1407b"}) as unknown as TypedDocumentString<AdminUsersPage_UsersQuery, AdminUsersPage_UsersQueryVariables>;
export const AuthoritiesPage_AuthoritiesDocument = new TypedDocumentString(`
    query AuthoritiesPage_Authorities($ric: String, $lgbfFamilyGroup: Int) {
  authorities(ric: $ric, lgbfFamilyGroup: $lgbfFamilyGroup) {
    ...AuthorityRow_Authority
  }
  regionalImprovementCollaboratives
}
    fragment AuthorityRow_Authority on Authority {
  id
  name
  gssCode
  ric
  lgbfFamilyGroup
}`, {"hash":"sha256:f284d6455a16d4b8b66349cf0ba707e1ba368e16e98638ec53d24280456396d9"}) as unknown as TypedDocumentString<AuthoritiesPage_AuthoritiesQuery, AuthoritiesPage_AuthoritiesQueryVariables>;
export const AuthorityPage_AuthorityDocument = new TypedDocumentString(`
    query AuthorityPage_Authority($gssCode: String!) {
  authority(gssCode: $gssCode) {
    id
    name
    gssCode
    ric
    lgbfFamilyGroup
  }
}
    `, {"hash":"sha256:4ebfb3669930450adff77e0cc2d9953b2f6b29edf092e23f100abba11583bc02"}) as unknown as TypedDocumentString<AuthorityPage_AuthorityQuery, AuthorityPage_AuthorityQueryVariables>;
export const ChangePasswordPage_ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePasswordPage_ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `, {"hash":"sha256:d5dba7356c4c4bc056d3167e90ddd1123f0e159abc2ac093f8afeedd833523e5"}) as unknown as TypedDocumentString<ChangePasswordPage_ChangePasswordMutation, ChangePasswordPage_ChangePasswordMutationVariables>;
export const FindingItem_UpdateDocument = new TypedDocumentString(`
    mutation FindingItem_Update($findingId: UUID!, $version: Int!, $input: FindingInput!) {
  updateFinding(findingId: $findingId, version: $version, input: $input) {
    id
    version
    text
    status
  }
}
    `, {"hash":"sha256:7f0691f354fd9c31960554085cad8f706b2e6e976ce45bbc0505e2fae16de041"}) as unknown as TypedDocumentString<FindingItem_UpdateMutation, FindingItem_UpdateMutationVariables>;
export const FindingItem_RemoveDocument = new TypedDocumentString(`
    mutation FindingItem_Remove($findingId: UUID!, $version: Int!) {
  removeFinding(findingId: $findingId, version: $version)
}
    `, {"hash":"sha256:18f883e304ecfef8dd3e02e5b59c7da3c58ef473a480bc46b791625b42028ebe"}) as unknown as TypedDocumentString<FindingItem_RemoveMutation, FindingItem_RemoveMutationVariables>;
export const FindingItem_AgreeDocument = new TypedDocumentString(`
    mutation FindingItem_Agree($findingId: UUID!, $version: Int!) {
  agreeFinding(findingId: $findingId, version: $version) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:5a59f1b6907c9b3312ccb58a31ef9dfc53e4b8688a44792be37256268f776049"}) as unknown as TypedDocumentString<FindingItem_AgreeMutation, FindingItem_AgreeMutationVariables>;
export const FindingItem_UnagreeDocument = new TypedDocumentString(`
    mutation FindingItem_Unagree($findingId: UUID!, $version: Int!) {
  unagreeFinding(findingId: $findingId, version: $version) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:1312d0e76dd0eb2a2f5ae699d85e6babe5d0a6c156a26607e9ddd14024a0dab8"}) as unknown as TypedDocumentString<FindingItem_UnagreeMutation, FindingItem_UnagreeMutationVariables>;
export const FindingsSection_FindingsDocument = new TypedDocumentString(`
    query FindingsSection_Findings($reviewId: UUID!) {
  reviewFindings(reviewId: $reviewId) {
    reviewId
    reviewVersion
    state
    canRecord
    canAgree
    agreedStrengths
    agreedAreasForImprovement
    indicators {
      number
      title
    }
    sessions {
      id
      day
      startsAt
      endsAt
      kind
    }
    findings {
      id
      kind
      text
      indicators
      session {
        id
        day
        startsAt
        endsAt
        kind
      }
      author {
        id
        name
      }
      status
      mergedIntoId
      version
      recordedAt
      updatedAt
      canEdit
      attachments {
        id
        fileName
        url
      }
    }
  }
}
    `, {"hash":"sha256:91820ddb995969fde9f22cbfb6e3b93937f6c5d1dd822fb352cc5b1e822dd807"}) as unknown as TypedDocumentString<FindingsSection_FindingsQuery, FindingsSection_FindingsQueryVariables>;
export const FindingsSection_HistoryDocument = new TypedDocumentString(`
    query FindingsSection_History($reviewId: UUID!) {
  reviewFindings(reviewId: $reviewId) {
    reviewId
    findings {
      id
      history {
        at
        by {
          id
          name
        }
        kind
        text
      }
    }
  }
}
    `, {"hash":"sha256:32ca5df2ddc3d9f831b78a80948a0111b1fa8ec3f2cc4e0d89e701394b9a45d3"}) as unknown as TypedDocumentString<FindingsSection_HistoryQuery, FindingsSection_HistoryQueryVariables>;
export const FindingsSection_CompleteVisitDocument = new TypedDocumentString(`
    mutation FindingsSection_CompleteVisit($reviewId: UUID!, $version: Int!) {
  completeVisit(reviewId: $reviewId, version: $version) {
    id
    version
    state
  }
}
    `, {"hash":"sha256:c7f44088586758deed7f268462bd9bf54c576639af5a2f2c1e5da1a30a9f12a6"}) as unknown as TypedDocumentString<FindingsSection_CompleteVisitMutation, FindingsSection_CompleteVisitMutationVariables>;
export const MergeForm_MergeDocument = new TypedDocumentString(`
    mutation MergeForm_Merge($intoId: UUID!, $mergedIds: [UUID!]!, $text: String!) {
  mergeFindings(intoId: $intoId, mergedIds: $mergedIds, text: $text) {
    id
    version
    text
    status
  }
}
    `, {"hash":"sha256:a1467a0a3f5337544aa5a7f4eda72d4726e9a438e3c0b820b6467a1d259e38d7"}) as unknown as TypedDocumentString<MergeForm_MergeMutation, MergeForm_MergeMutationVariables>;
export const CaptureForm_RecordFindingDocument = new TypedDocumentString(`
    mutation CaptureForm_RecordFinding($reviewId: UUID!, $idempotencyKey: UUID!, $input: FindingInput!) {
  recordFinding(
    reviewId: $reviewId
    idempotencyKey: $idempotencyKey
    input: $input
  ) {
    id
    reviewId
    version
    status
  }
}
    `, {"hash":"sha256:5b26044571972247171c1febc421a1f9d73e90557a5794eace365f8169d57182"}) as unknown as TypedDocumentString<CaptureForm_RecordFindingMutation, CaptureForm_RecordFindingMutationVariables>;
export const FollowUpTab_AddActionDocument = new TypedDocumentString(`
    mutation FollowUpTab_AddAction($reviewId: UUID!, $input: FollowUpActionInput!) {
  addFollowUpAction(reviewId: $reviewId, input: $input) {
    reviewId
    reviewVersion
  }
}
    `, {"hash":"sha256:8e94fd95afedd3fa082245f4ac13fe39935e50d35c78bfb28d657df659f70366"}) as unknown as TypedDocumentString<FollowUpTab_AddActionMutation, FollowUpTab_AddActionMutationVariables>;
export const FollowUpTab_UpdateActionDocument = new TypedDocumentString(`
    mutation FollowUpTab_UpdateAction($actionId: UUID!, $version: Int!, $input: FollowUpActionUpdateInput!) {
  updateFollowUpAction(actionId: $actionId, version: $version, input: $input) {
    reviewId
    reviewVersion
  }
}
    `, {"hash":"sha256:66791e30a1ee52c900961513c8ae6270c2f7110c4eae7d855571f16674c4f6e2"}) as unknown as TypedDocumentString<FollowUpTab_UpdateActionMutation, FollowUpTab_UpdateActionMutationVariables>;
export const FollowUpTab_SetNoActionReasonDocument = new TypedDocumentString(`
    mutation FollowUpTab_SetNoActionReason($reviewId: UUID!, $itemId: UUID!, $reason: String) {
  setNoActionReason(reviewId: $reviewId, itemId: $itemId, reason: $reason) {
    reviewId
    reviewVersion
  }
}
    `, {"hash":"sha256:d6e607cc0fee6f14a3025ac2b68cea7e4b5790e5ade921844ffb19d5c13742c4"}) as unknown as TypedDocumentString<FollowUpTab_SetNoActionReasonMutation, FollowUpTab_SetNoActionReasonMutationVariables>;
export const FollowUpTab_AddNoteDocument = new TypedDocumentString(`
    mutation FollowUpTab_AddNote($actionId: UUID!, $input: FollowUpNoteInput!) {
  addFollowUpNote(actionId: $actionId, input: $input) {
    reviewId
    actions {
      id
      notes {
        id
      }
    }
  }
}
    `, {"hash":"sha256:8de7e95408a55f0be179f463356e6fe615caa6dbac7226d0bf426aa2c5bc6ee4"}) as unknown as TypedDocumentString<FollowUpTab_AddNoteMutation, FollowUpTab_AddNoteMutationVariables>;
export const FollowUpTab_FollowUpDocument = new TypedDocumentString(`
    query FollowUpTab_FollowUp($reviewId: UUID!) {
  reviewFollowUp(reviewId: $reviewId) {
    reviewId
    reviewVersion
    state
    publishedOn
    actionsOpen
    actionsOverdue
    canManageActions
    canScheduleSessions
    canWriteSessionNotes
    canRecordMeasures
    canPublishMeasures
    canBeginFollowUp
    canClose
    unmetToBegin {
      code
      message
    }
    unmetToClose {
      code
      message
    }
    possibleOwners {
      id
      name
    }
    areas {
      itemId
      text
      indicators
      superseded
      noActionReason
      noActionReasonBy {
        id
        name
      }
      noActionReasonAt
      actionCount
    }
    actions {
      id
      version
      areaItemId
      areaText
      fromSupersededVersion
      description
      owner {
        id
        name
      }
      dueOn
      status
      overdue
      dueSoon
      createdAt
      updatedAt
      createdBy {
        id
        name
      }
      canUpdate
      notes {
        id
        text
        notedOn
        createdAt
        author {
          id
          name
        }
        attachments {
          id
          fileName
          contentType
          sizeBytes
          summary
          url
        }
      }
    }
    sessions {
      number
      proposedOn
      scheduledOn
      scheduled
      savedBy {
        id
        name
      }
      savedAt
      notes
      sequence
    }
    impactMeasures {
      id
      version
      name
      learnerGroup
      unit
      baselineValue
      baselinePeriod
      laterValue
      laterPeriod
      noLaterValueReason
      change
      changeText
      published
      recordedBy {
        id
        name
      }
      updatedAt
    }
  }
}
    `, {"hash":"sha256:6396e4a903e0b3bb4e1f2ad26609985798155dacf3a0b3418f7d5fed07af346e"}) as unknown as TypedDocumentString<FollowUpTab_FollowUpQuery, FollowUpTab_FollowUpQueryVariables>;
export const FollowUpTab_AddMeasureDocument = new TypedDocumentString(`
    mutation FollowUpTab_AddMeasure($reviewId: UUID!, $input: ImpactMeasureInput!) {
  addImpactMeasure(reviewId: $reviewId, input: $input) {
    reviewId
    reviewVersion
  }
}
    `, {"hash":"sha256:7d7c2fe18f55b98bef3f04195d3dec419ebf1f783427419dd38f46722338175e"}) as unknown as TypedDocumentString<FollowUpTab_AddMeasureMutation, FollowUpTab_AddMeasureMutationVariables>;
export const FollowUpTab_UpdateMeasureDocument = new TypedDocumentString(`
    mutation FollowUpTab_UpdateMeasure($measureId: UUID!, $version: Int!, $input: ImpactMeasureInput!) {
  updateImpactMeasure(measureId: $measureId, version: $version, input: $input) {
    reviewId
    reviewVersion
  }
}
    `, {"hash":"sha256:81f853433b43033a8d0ccb5b2b23ef68bd6deba7778849d4009f3c989d23dbbd"}) as unknown as TypedDocumentString<FollowUpTab_UpdateMeasureMutation, FollowUpTab_UpdateMeasureMutationVariables>;
export const FollowUpTab_PublishMeasureDocument = new TypedDocumentString(`
    mutation FollowUpTab_PublishMeasure($measureId: UUID!, $version: Int!, $published: Boolean!) {
  publishImpactMeasure(
    measureId: $measureId
    version: $version
    published: $published
  ) {
    reviewId
    reviewVersion
  }
}
    `, {"hash":"sha256:10d256ad3d5fef13c1aba41bffb215f183d64706d67d67a2f9a178901f085c3f"}) as unknown as TypedDocumentString<FollowUpTab_PublishMeasureMutation, FollowUpTab_PublishMeasureMutationVariables>;
export const FollowUpTab_ScheduleSessionDocument = new TypedDocumentString(`
    mutation FollowUpTab_ScheduleSession($reviewId: UUID!, $number: Int!, $date: NaiveDate!) {
  scheduleFollowUpSession(reviewId: $reviewId, number: $number, date: $date) {
    reviewId
    reviewVersion
  }
}
    `, {"hash":"sha256:2f4c9f8eb1723e291acecd8c13a797215b786833bb324f72d2adc180b4e107b7"}) as unknown as TypedDocumentString<FollowUpTab_ScheduleSessionMutation, FollowUpTab_ScheduleSessionMutationVariables>;
export const FollowUpTab_CancelSessionDocument = new TypedDocumentString(`
    mutation FollowUpTab_CancelSession($reviewId: UUID!, $number: Int!) {
  cancelFollowUpSession(reviewId: $reviewId, number: $number) {
    reviewId
    reviewVersion
  }
}
    `, {"hash":"sha256:27621aa947dbbf86d64ccd9d7c237c45484dae395b1c2b0949f6af84e802fe53"}) as unknown as TypedDocumentString<FollowUpTab_CancelSessionMutation, FollowUpTab_CancelSessionMutationVariables>;
export const FollowUpTab_SessionNotesDocument = new TypedDocumentString(`
    mutation FollowUpTab_SessionNotes($reviewId: UUID!, $number: Int!, $notes: String!) {
  setFollowUpSessionNotes(reviewId: $reviewId, number: $number, notes: $notes) {
    reviewId
    reviewVersion
  }
}
    `, {"hash":"sha256:55b6085d69037a669d10e5460a608b295238cf50d6bdcf1811433c35ac3512c4"}) as unknown as TypedDocumentString<FollowUpTab_SessionNotesMutation, FollowUpTab_SessionNotesMutationVariables>;
export const ForgotPasswordPage_RequestPasswordResetDocument = new TypedDocumentString(`
    mutation ForgotPasswordPage_RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `, {"hash":"sha256:1a248a279755f2d5431cf195a14fceaf3918c34c1d70ad7acba6c3cdab0901d3"}) as unknown as TypedDocumentString<ForgotPasswordPage_RequestPasswordResetMutation, ForgotPasswordPage_RequestPasswordResetMutationVariables>;
export const FrameworkPage_FrameworkDocument = new TypedDocumentString(`
    query FrameworkPage_Framework($id: String!, $version: Int) {
  framework(id: $id, version: $version) {
    id
    version
    name
    publisher
    year
    appliesTo
    about
    grading
    gradingRules
    questions
    scale {
      ...FrameworkScale_ScaleLevel
    }
    keyAreas {
      number
      title
      qualityIndicators {
        number
        title
        themes
      }
    }
  }
}
    fragment FrameworkScale_ScaleLevel on ScaleLevel {
  level
  label
  meaning
}`, {"hash":"sha256:04d36a15d655a56d7b45bdd3fdd404c9933407e433839bfcdb5c611ae1cf4da8"}) as unknown as TypedDocumentString<FrameworkPage_FrameworkQuery, FrameworkPage_FrameworkQueryVariables>;
export const FrameworksPage_FrameworksDocument = new TypedDocumentString(`
    query FrameworksPage_Frameworks {
  frameworks {
    id
    version
    name
    publisher
    year
    appliesTo
    grading
  }
}
    `, {"hash":"sha256:44dae15b999e1aa53711048bd95a91ea61842f33dec0de574559b7bb4587806b"}) as unknown as TypedDocumentString<FrameworksPage_FrameworksQuery, FrameworksPage_FrameworksQueryVariables>;
export const InsightDashboard_DashboardDocument = new TypedDocumentString(`
    query InsightDashboard_Dashboard($programmeId: UUID!) {
  programmeDashboard(programmeId: $programmeId) {
    programme {
      id
      name
    }
    today
    thresholds {
      programmeId
      focusDaysBefore
      teamDaysBefore
      selfEvaluationWorkingDaysBefore
      reportWorkingDaysAfter
      isDefault
    }
    total
    byState {
      state
      label
      count
    }
    byPhase {
      phase
      count
    }
    byMonth {
      month
      count
    }
    upcomingVisits {
      review {
        id
        phase
        targetMonth
        state
        theme
        hosts {
          id
          name
        }
      }
      firstDay
      lastDay
      days
    }
    atRisk {
      review {
        id
        phase
        targetMonth
        state
        theme
        hosts {
          id
          name
        }
      }
      reasons {
        reason
        message
        since
      }
    }
    overdueActions {
      authority {
        id
        name
      }
      count
      actions {
        reviewId
        actionId
        description
        dueOn
        daysOverdue
      }
    }
    impactMeasures {
      review {
        id
        phase
        targetMonth
        state
        theme
        hosts {
          id
          name
        }
      }
      reportSlug
      measure {
        name
        learnerGroup
        unit
        baselineValue
        baselinePeriod
        laterValue
        laterPeriod
        changeText
      }
    }
  }
}
    `, {"hash":"sha256:5799cc9cd5677a5a2de2c2bd29ab44a9c0090ef3b2b6d6e4545204e32a793cc4"}) as unknown as TypedDocumentString<InsightDashboard_DashboardQuery, InsightDashboard_DashboardQueryVariables>;
export const InsightNetwork_NetworkDocument = new TypedDocumentString(`
    query InsightNetwork_Network($programmeId: UUID!) {
  programme(id: $programmeId) {
    id
    name
  }
  collaborationNetwork(programmeId: $programmeId) {
    authorities {
      id
      name
    }
    matrix
    total
  }
}
    `, {"hash":"sha256:f2cab96b015bcb74d47b506fe8bf877b69f2f78833281ccbfe794fe3ce6208c1"}) as unknown as TypedDocumentString<InsightNetwork_NetworkQuery, InsightNetwork_NetworkQueryVariables>;
export const InsightOpenData_ProgrammesDocument = new TypedDocumentString(`
    query InsightOpenData_Programmes {
  programmes {
    id
    name
  }
}
    `, {"hash":"sha256:9a1bb29e4685d50860260ec039351eeb108fddf105a107c9e1980dae5fcd48cb"}) as unknown as TypedDocumentString<InsightOpenData_ProgrammesQuery, InsightOpenData_ProgrammesQueryVariables>;
export const InsightThemes_ThemesDocument = new TypedDocumentString(`
    query InsightThemes_Themes($groupBy: ThemeGrouping!, $kind: ReportItemKind, $authority: UUID, $year: Int) {
  themesAcrossReports(
    groupBy: $groupBy
    kind: $kind
    authority: $authority
    year: $year
  ) {
    groupBy
    reports
    groups {
      key
      label
      strengths
      areasForImprovement
      total
      items {
        kind
        text
        indicators
        theme
        hostNames
        year
        targetMonth
        programmeName
        slug
        version
      }
    }
  }
  publishedReportFilters {
    authorities {
      id
      name
    }
    years
  }
}
    `, {"hash":"sha256:37d3c2090d793414659a14699c8dd57bdb6e91b50c6a42026859fec687c7a6d7"}) as unknown as TypedDocumentString<InsightThemes_ThemesQuery, InsightThemes_ThemesQueryVariables>;
export const InsightThresholds_SetDocument = new TypedDocumentString(`
    mutation InsightThresholds_Set($programmeId: UUID!, $thresholds: RiskThresholdsInput!) {
  setRiskThresholds(programmeId: $programmeId, thresholds: $thresholds) {
    programmeId
    focusDaysBefore
    teamDaysBefore
    selfEvaluationWorkingDaysBefore
    reportWorkingDaysAfter
    isDefault
  }
}
    `, {"hash":"sha256:8d313c01283492d5f3a10ecdd76ef9bc048776cad176405b5ddc4417a9b397c9"}) as unknown as TypedDocumentString<InsightThresholds_SetMutation, InsightThresholds_SetMutationVariables>;
export const InvitationPage_AcceptInvitationDocument = new TypedDocumentString(`
    mutation InvitationPage_AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  lead
  organisation {
    id
    name
    kind
  }
}`, {"hash":"sha256:eaaa63f361a38be25cec6c3cfb9d45cc3d54747b3061b8e6fa9eb2600406c66f"}) as unknown as TypedDocumentString<InvitationPage_AcceptInvitationMutation, InvitationPage_AcceptInvitationMutationVariables>;
export const InviteUserPage_OrganisationsDocument = new TypedDocumentString(`
    query InviteUserPage_Organisations {
  organisations {
    id
    name
    kind
  }
}
    `, {"hash":"sha256:f1d8e1d404170d6ecf44d3f703033410ab57481d5bd1fba0ae3c5eed320c86b3"}) as unknown as TypedDocumentString<InviteUserPage_OrganisationsQuery, InviteUserPage_OrganisationsQueryVariables>;
export const InviteUserPage_InviteUserDocument = new TypedDocumentString(`
    mutation InviteUserPage_InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    email
  }
}
    `, {"hash":"sha256:8f28f972e307507da5bc3dafc51e48b4fd222531d566992d5181ab1c691dadb4"}) as unknown as TypedDocumentString<InviteUserPage_InviteUserMutation, InviteUserPage_InviteUserMutationVariables>;
export const MyRemindersPage_RemindersDocument = new TypedDocumentString(`
    query MyRemindersPage_Reminders {
  myReminders {
    id
    reviewId
    reviewName
    action
    path
    kind
    label
    dueAt
    aboutDay
    why
    wanted
  }
  myReminderSettings {
    kind
    label
    wanted
    essential
  }
}
    `, {"hash":"sha256:fb08cefdd025419544d1e4d4000795cdb3e3616fc2b65ddf3f03c185e0023633"}) as unknown as TypedDocumentString<MyRemindersPage_RemindersQuery, MyRemindersPage_RemindersQueryVariables>;
export const MyRemindersPage_SetReminderWantedDocument = new TypedDocumentString(`
    mutation MyRemindersPage_SetReminderWanted($kind: ReminderKind!, $wanted: Boolean!) {
  setReminderWanted(kind: $kind, wanted: $wanted) {
    kind
    wanted
    essential
  }
}
    `, {"hash":"sha256:56f168fe74e55217a949a59fb0b2d2349cea0e8a11be8088e202ee2d511ee39d"}) as unknown as TypedDocumentString<MyRemindersPage_SetReminderWantedMutation, MyRemindersPage_SetReminderWantedMutationVariables>;
export const ProgrammePage_ProgrammeDocument = new TypedDocumentString(`
    query ProgrammePage_Programme($id: UUID!) {
  programme(id: $id) {
    id
    name
    kind
    phases {
      number
      from
      to
    }
  }
  authorities {
    id
    name
  }
}
    `, {"hash":"sha256:482307e9b8b0ac1ae8aced6e3300d6e1ece78a99a0f70ae122c8d8777009fec7"}) as unknown as TypedDocumentString<ProgrammePage_ProgrammeQuery, ProgrammePage_ProgrammeQueryVariables>;
export const ProgrammePage_MaterialsDocument = new TypedDocumentString(`
    query ProgrammePage_Materials($id: UUID!) {
  programme(id: $id) {
    id
    materials {
      id
      title
      url
    }
  }
}
    `, {"hash":"sha256:1b5db08abd0e420fb596857f1a33078320a3af4d6a866857ddc71708f1496031"}) as unknown as TypedDocumentString<ProgrammePage_MaterialsQuery, ProgrammePage_MaterialsQueryVariables>;
export const ProgrammePage_ReviewsDocument = new TypedDocumentString(`
    query ProgrammePage_Reviews($filter: ReviewFilterInput, $offset: Int!, $limit: Int!) {
  reviews(filter: $filter, offset: $offset, limit: $limit) {
    total
    items {
      id
      phase
      targetMonth
      theme
      state
      publishedReportUrl
      hosts {
        id
        name
      }
      quad {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:163c10da45e8cb4c7476ea419786629ca3e448b6b7d6d5f136c9c838c890596b"}) as unknown as TypedDocumentString<ProgrammePage_ReviewsQuery, ProgrammePage_ReviewsQueryVariables>;
export const ProgrammeRemindersPage_PolicyDocument = new TypedDocumentString(`
    query ProgrammeRemindersPage_Policy($id: UUID!) {
  reminderPolicy(programmeId: $id) {
    kind
    label
    offsets
    anchor
    unit
    repeats
    isDefault
    defaultOffsets
    essential
  }
}
    `, {"hash":"sha256:b9e75ec41deba4fde85ec1eedff155e3ee273f22d78b18b934756c0f4b715b51"}) as unknown as TypedDocumentString<ProgrammeRemindersPage_PolicyQuery, ProgrammeRemindersPage_PolicyQueryVariables>;
export const ProgrammeRemindersPage_SetPolicyDocument = new TypedDocumentString(`
    mutation ProgrammeRemindersPage_SetPolicy($id: UUID!, $kind: ReminderKind!, $offsets: [Int!]!, $useDefault: Boolean) {
  setReminderPolicy(
    programmeId: $id
    kind: $kind
    offsets: $offsets
    useDefault: $useDefault
  ) {
    kind
    offsets
    isDefault
  }
}
    `, {"hash":"sha256:9cc0440a759a63c9c859edf4fa361919940bd75e85a5eae4e33fcd2ba7ffec62"}) as unknown as TypedDocumentString<ProgrammeRemindersPage_SetPolicyMutation, ProgrammeRemindersPage_SetPolicyMutationVariables>;
export const ProgrammeSettingsPage_ProgrammeDocument = new TypedDocumentString(`
    query ProgrammeSettingsPage_Programme($id: UUID!) {
  programme(id: $id) {
    id
    name
    version
    ...SettingsForm_Programme
    ...MaterialsSection_Programme
  }
}
    fragment MaterialsSection_Programme on Programme {
  id
  materials {
    id
    title
    url
  }
}
fragment SettingsForm_Programme on Programme {
  id
  name
  kind
  version
  phases {
    number
    from
    to
  }
  rules {
    teamSizeMin
    teamSizeMax
    hmiRequired
    visitLengthDays
    selfEvaluationMode
    gradingRequired
    publicReportRequired
    reciprocity
  }
}`, {"hash":"sha256:00587b012e862a707b452ddc5536b35225d9fe50dc3b7d8ab0c50c42467833c0"}) as unknown as TypedDocumentString<ProgrammeSettingsPage_ProgrammeQuery, ProgrammeSettingsPage_ProgrammeQueryVariables>;
export const MaterialsSection_AddMaterialDocument = new TypedDocumentString(`
    mutation MaterialsSection_AddMaterial($programmeId: UUID!, $input: MaterialInput!) {
  addMaterial(programmeId: $programmeId, input: $input) {
    id
  }
}
    `, {"hash":"sha256:af4bf17a8d2a84fc04591c9cb5f8b60403fea815e0209d7ecf69f0a3cf990591"}) as unknown as TypedDocumentString<MaterialsSection_AddMaterialMutation, MaterialsSection_AddMaterialMutationVariables>;
export const MaterialsSection_RemoveMaterialDocument = new TypedDocumentString(`
    mutation MaterialsSection_RemoveMaterial($id: UUID!) {
  removeMaterial(id: $id)
}
    `, {"hash":"sha256:7eff742a5b6f4a07bc41fad8a825bcd50026bc7c4ba3c96edff31c40e6aa278e"}) as unknown as TypedDocumentString<MaterialsSection_RemoveMaterialMutation, MaterialsSection_RemoveMaterialMutationVariables>;
export const SettingsForm_CreateDocument = new TypedDocumentString(`
    mutation SettingsForm_Create($input: ProgrammeInput!) {
  createProgramme(input: $input) {
    id
  }
}
    `, {"hash":"sha256:480c9c40afe5d6e011fa04c11d966c55746ad1a1da0ec0869d1aed28aee566cb"}) as unknown as TypedDocumentString<SettingsForm_CreateMutation, SettingsForm_CreateMutationVariables>;
export const SettingsForm_UpdateDocument = new TypedDocumentString(`
    mutation SettingsForm_Update($id: UUID!, $version: Int!, $input: ProgrammeInput!) {
  updateProgramme(id: $id, version: $version, input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:c61825f6df909cc9f6fc70f9409692168d6f9f1cc8eade208cf20b4c7e08dbdd"}) as unknown as TypedDocumentString<SettingsForm_UpdateMutation, SettingsForm_UpdateMutationVariables>;
export const ProgrammesPage_ProgrammesDocument = new TypedDocumentString(`
    query ProgrammesPage_Programmes {
  programmes {
    id
    name
    kind
    phases {
      number
      from
      to
    }
  }
}
    `, {"hash":"sha256:8891f6ffb4783351f3b97b6792a2a007afb6fa9a76cd1da0abec3aa6dc316f03"}) as unknown as TypedDocumentString<ProgrammesPage_ProgrammesQuery, ProgrammesPage_ProgrammesQueryVariables>;
export const QuadsPage_QuadsDocument = new TypedDocumentString(`
    query QuadsPage_Quads {
  quads {
    id
    session
    name
    authorities {
      id
      name
    }
  }
  authorities {
    id
    name
  }
}
    `, {"hash":"sha256:4526122e0d0a3df0f4b0f9cf3d2e46f9f5116d7cba73f92981099eb6375a96fe"}) as unknown as TypedDocumentString<QuadsPage_QuadsQuery, QuadsPage_QuadsQueryVariables>;
export const QuadsPage_CreateQuadDocument = new TypedDocumentString(`
    mutation QuadsPage_CreateQuad($input: QuadInput!) {
  createQuad(input: $input) {
    id
    name
    session
  }
}
    `, {"hash":"sha256:48585d1d5fe72d5860e617e0241baf2e939913a4fd073c155d022d70e61b36ea"}) as unknown as TypedDocumentString<QuadsPage_CreateQuadMutation, QuadsPage_CreateQuadMutationVariables>;
export const QuadsPage_UpdateQuadDocument = new TypedDocumentString(`
    mutation QuadsPage_UpdateQuad($id: UUID!, $input: QuadUpdateInput!) {
  updateQuad(id: $id, input: $input) {
    id
    name
    session
  }
}
    `, {"hash":"sha256:a8ffdf21273d30925a13ef6b4fee9a533183dfd383b466ab6ac40e37628673db"}) as unknown as TypedDocumentString<QuadsPage_UpdateQuadMutation, QuadsPage_UpdateQuadMutationVariables>;
export const QuadsPage_DissolveQuadDocument = new TypedDocumentString(`
    mutation QuadsPage_DissolveQuad($id: UUID!) {
  dissolveQuad(id: $id)
}
    `, {"hash":"sha256:e658ecc1cb62f60b7f5d9d18d671267c0105d6aeec5337430351e638ab18d5aa"}) as unknown as TypedDocumentString<QuadsPage_DissolveQuadMutation, QuadsPage_DissolveQuadMutationVariables>;
export const ReportSection_AddCommentDocument = new TypedDocumentString(`
    mutation ReportSection_AddComment($reviewId: UUID!, $input: ReportCommentInput!) {
  addReportComment(reviewId: $reviewId, input: $input) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:ae514ecf98094c55ef614419ffe9f6c8b2c92fecdc8266e49d53be7dd324f056"}) as unknown as TypedDocumentString<ReportSection_AddCommentMutation, ReportSection_AddCommentMutationVariables>;
export const ReportSection_AnswerCommentDocument = new TypedDocumentString(`
    mutation ReportSection_AnswerComment($commentId: UUID!, $accept: Boolean!, $reply: String!) {
  answerReportComment(commentId: $commentId, accept: $accept, reply: $reply) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:ff4cc19815299a7925f7c10e7603d6c09ad00d4f0cf245d2b3b35bfd6260703d"}) as unknown as TypedDocumentString<ReportSection_AnswerCommentMutation, ReportSection_AnswerCommentMutationVariables>;
export const ReportSection_AddItemDocument = new TypedDocumentString(`
    mutation ReportSection_AddItem($reviewId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {
  addReportItem(reviewId: $reviewId, draftVersion: $draftVersion, input: $input) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:6526396abc1d9acdb85c0d23ef2bcfc0bd13563e31b61998d16e298ce6da19d7"}) as unknown as TypedDocumentString<ReportSection_AddItemMutation, ReportSection_AddItemMutationVariables>;
export const ReportSection_UpdateItemDocument = new TypedDocumentString(`
    mutation ReportSection_UpdateItem($itemId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {
  updateReportItem(itemId: $itemId, draftVersion: $draftVersion, input: $input) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:785c638dd66f93f59ab59001f6a3d71b11220267a3895559963783c329c61f90"}) as unknown as TypedDocumentString<ReportSection_UpdateItemMutation, ReportSection_UpdateItemMutationVariables>;
export const PublicReportPage_ReportDocument = new TypedDocumentString(`
    query PublicReportPage_Report($slug: String!, $version: Int) {
  publishedReport(slug: $slug, version: $version) {
    slug
    version
    publishedAt
    changeNote
    latestVersion
    superseded
    hostNames
    programmeName
    targetMonth
    focusTheme
    keyQuestions
    pdfUrl
    sections {
      key
      title
      text
    }
    strengths {
      id
      kind
      text
      indicators
      position
    }
    areasForImprovement {
      id
      kind
      text
      indicators
      position
    }
    impactMeasures {
      name
      learnerGroup
      unit
      baselineValue
      baselinePeriod
      laterValue
      laterPeriod
      change
      changeText
    }
    versions {
      slug
      version
      publishedAt
      changeNote
    }
  }
}
    `, {"hash":"sha256:5a0a463b845ec62381d9bbb81388a9f08ea409a5dffda3f3610192ae395e6060"}) as unknown as TypedDocumentString<PublicReportPage_ReportQuery, PublicReportPage_ReportQueryVariables>;
export const PublishedReportsPage_IndexDocument = new TypedDocumentString(`
    query PublishedReportsPage_Index($theme: String, $authority: UUID, $year: Int, $text: String, $offset: Int!, $limit: Int!) {
  publishedReports(
    theme: $theme
    authority: $authority
    year: $year
    text: $text
    offset: $offset
    limit: $limit
  ) {
    total
    notice
    items {
      reviewId
      slug
      version
      hostNames
      programmeName
      targetMonth
      focusTheme
      publishedAt
      snippet
      externalUrl
      imported
      pdfUrl
    }
  }
  publishedReportFilters {
    themes
    authorities {
      id
      name
    }
    years
  }
}
    `, {"hash":"sha256:5a110a403f2e20230561ed138d8a3f2a5fe90618f197d1446ab3da9f20ba9e41"}) as unknown as TypedDocumentString<PublishedReportsPage_IndexQuery, PublishedReportsPage_IndexQueryVariables>;
export const ReportSection_DraftDocument = new TypedDocumentString(`
    query ReportSection_Draft($reviewId: UUID!) {
  review(id: $reviewId) {
    id
    version
    state
    ...ReviewActions_Review
  }
  reportDraft(reviewId: $reviewId) {
    reviewId
    reviewVersion
    state
    draftVersion
    isCorrection
    changeNote
    sharedWithHostAt
    sections {
      key
      title
      text
    }
    strengths {
      id
      kind
      text
      indicators
      findingIds
      position
    }
    areasForImprovement {
      id
      kind
      text
      indicators
      findingIds
      position
    }
    comments {
      id
      sectionKey
      itemId
      author {
        id
        name
      }
      text
      createdAt
      status
      reply
      answeredBy {
        id
        name
      }
      answeredAt
    }
    openComments
    approvals {
      by {
        id
        name
      }
      role
      authorityName
      draftVersion
      at
    }
    awaitingApprovalFrom
    canEdit
    canShare
    canComment
    canAnswerComments
    canApprove
    canPublish
    canOpenCorrection
    draftPdfUrl
    published {
      slug
      version
      publishedAt
      changeNote
    }
  }
}
    fragment ReviewActions_Review on Review {
  id
  version
  nextCommand {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
  availableCommands {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
}`, {"hash":"sha256:96014fbffeb658234ab17b08b52fe7bf4c4dfa317decb5208281f80f4757d85b"}) as unknown as TypedDocumentString<ReportSection_DraftQuery, ReportSection_DraftQueryVariables>;
export const ReportSection_FindingsDocument = new TypedDocumentString(`
    query ReportSection_Findings($reviewId: UUID!) {
  reviewFindings(reviewId: $reviewId) {
    reviewId
    findings {
      id
      kind
      text
      indicators
      status
    }
  }
}
    `, {"hash":"sha256:d5c93c73d778c8e9aeed7b0c6ee8d79b1ce61990a19dddfbaf74a39cfe243cb4"}) as unknown as TypedDocumentString<ReportSection_FindingsQuery, ReportSection_FindingsQueryVariables>;
export const ReportSection_RemoveItemDocument = new TypedDocumentString(`
    mutation ReportSection_RemoveItem($itemId: UUID!, $draftVersion: Int!) {
  removeReportItem(itemId: $itemId, draftVersion: $draftVersion) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:8910d054e71a3c5baa950ed717f632c66f952fb8cd4feae590581b03f98d85ce"}) as unknown as TypedDocumentString<ReportSection_RemoveItemMutation, ReportSection_RemoveItemMutationVariables>;
export const ReportSection_MoveItemDocument = new TypedDocumentString(`
    mutation ReportSection_MoveItem($itemId: UUID!, $draftVersion: Int!, $position: Int!) {
  moveReportItem(
    itemId: $itemId
    draftVersion: $draftVersion
    position: $position
  ) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:bdd6e6a26a61515a2022b3933535686833882ba55c68ded29f9d9f07f662456b"}) as unknown as TypedDocumentString<ReportSection_MoveItemMutation, ReportSection_MoveItemMutationVariables>;
export const ReportSection_ShareDocument = new TypedDocumentString(`
    mutation ReportSection_Share($reviewId: UUID!, $draftVersion: Int!) {
  shareReportDraft(reviewId: $reviewId, draftVersion: $draftVersion) {
    reviewId
    draftVersion
    sharedWithHostAt
  }
}
    `, {"hash":"sha256:1eae93b0614a89af9f811755c4998c03581ae089a5c4dbf7cf57e385983e835d"}) as unknown as TypedDocumentString<ReportSection_ShareMutation, ReportSection_ShareMutationVariables>;
export const ReportSection_ApproveDocument = new TypedDocumentString(`
    mutation ReportSection_Approve($reviewId: UUID!, $draftVersion: Int!) {
  approveReport(reviewId: $reviewId, draftVersion: $draftVersion) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:1e4cdf1af753439318798f885d11b2107a01b9252781434c10eeecba7b32675f"}) as unknown as TypedDocumentString<ReportSection_ApproveMutation, ReportSection_ApproveMutationVariables>;
export const ReportSection_PublishDocument = new TypedDocumentString(`
    mutation ReportSection_Publish($reviewId: UUID!, $version: Int!) {
  publishReport(reviewId: $reviewId, version: $version) {
    id
    version
    state
  }
}
    `, {"hash":"sha256:2dc8f57db3ca21f085f7c7151ab5845efbfdc11736b7219d6d854fbeb78cdb1d"}) as unknown as TypedDocumentString<ReportSection_PublishMutation, ReportSection_PublishMutationVariables>;
export const ReportSection_PublishCorrectionDocument = new TypedDocumentString(`
    mutation ReportSection_PublishCorrection($reviewId: UUID!, $draftVersion: Int!) {
  publishReportCorrection(reviewId: $reviewId, draftVersion: $draftVersion) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:b29c8f5ac5f176a32ad6c6022dd796f6975348729fa1ec3d833f82560b1c50f8"}) as unknown as TypedDocumentString<ReportSection_PublishCorrectionMutation, ReportSection_PublishCorrectionMutationVariables>;
export const ReportSection_OpenCorrectionDocument = new TypedDocumentString(`
    mutation ReportSection_OpenCorrection($reviewId: UUID!, $changeNote: String!) {
  openReportCorrection(reviewId: $reviewId, changeNote: $changeNote) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:72e78d715eb96659bf85a72e112ce1e0a001c595e35cd1a77af66e1a22628f07"}) as unknown as TypedDocumentString<ReportSection_OpenCorrectionMutation, ReportSection_OpenCorrectionMutationVariables>;
export const ReportSection_UpdateSectionDocument = new TypedDocumentString(`
    mutation ReportSection_UpdateSection($reviewId: UUID!, $draftVersion: Int!, $key: ReportSectionKey!, $text: String!) {
  updateReportSection(
    reviewId: $reviewId
    draftVersion: $draftVersion
    key: $key
    text: $text
  ) {
    reviewId
    draftVersion
  }
}
    `, {"hash":"sha256:92700c502063ab7e090e5efd8a002efa83370487a08a7cbd33d1e87116e20d11"}) as unknown as TypedDocumentString<ReportSection_UpdateSectionMutation, ReportSection_UpdateSectionMutationVariables>;
export const ResetPasswordPage_ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPasswordPage_ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `, {"hash":"sha256:704df0ceaf31bbc550b11e15d4ee0ec771cec316f2c9c4e86f454a3d9bb3f504"}) as unknown as TypedDocumentString<ResetPasswordPage_ResetPasswordMutation, ResetPasswordPage_ResetPasswordMutationVariables>;
export const FocusForm_UpdateFocusDocument = new TypedDocumentString(`
    mutation FocusForm_UpdateFocus($reviewId: UUID!, $version: Int!, $input: FocusInput!) {
  updateFocus(reviewId: $reviewId, version: $version, input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:14e607fe493e95252263805dd420be09b69f0cab10b9527cce1b527bb8efadc2"}) as unknown as TypedDocumentString<FocusForm_UpdateFocusMutation, FocusForm_UpdateFocusMutationVariables>;
export const FocusForm_SignOffFocusDocument = new TypedDocumentString(`
    mutation FocusForm_SignOffFocus($reviewId: UUID!, $version: Int!) {
  signOffFocus(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:d5dfcccffd87bcf31bbc6d2847e08c4b96e615a441d0adec79e4a640fd541443"}) as unknown as TypedDocumentString<FocusForm_SignOffFocusMutation, FocusForm_SignOffFocusMutationVariables>;
export const FocusForm_ReopenFocusDocument = new TypedDocumentString(`
    mutation FocusForm_ReopenFocus($reviewId: UUID!, $version: Int!, $reason: String!) {
  reopenFocus(reviewId: $reviewId, version: $version, reason: $reason) {
    id
    version
  }
}
    `, {"hash":"sha256:3d1618970bd6d63a1bf3b20732316b55633cfa5256db9eff221fc6e684824943"}) as unknown as TypedDocumentString<FocusForm_ReopenFocusMutation, FocusForm_ReopenFocusMutationVariables>;
export const HistorySection_HistoryDocument = new TypedDocumentString(`
    query HistorySection_History($id: UUID!, $after: Int) {
  review(id: $id) {
    id
    history(first: 50, after: $after) {
      total
      endCursor
      hasNextPage
      items {
        id
        sequence
        kind
        summary
        fromState
        toState
        reason
        actorName
        at
        reportUrl
      }
    }
  }
}
    `, {"hash":"sha256:db11303bfe1f28c51317b3970566650973c6e00270dd8272043030e4b64a9410"}) as unknown as TypedDocumentString<HistorySection_HistoryQuery, HistorySection_HistoryQueryVariables>;
export const InvitationAnswer_RespondDocument = new TypedDocumentString(`
    mutation InvitationAnswer_Respond($memberId: UUID!, $version: Int!, $accept: Boolean!) {
  respondToTeamInvitation(memberId: $memberId, version: $version, accept: $accept) {
    id
    invitation
  }
}
    `, {"hash":"sha256:80f97a2de237762d05f54234ce0f3baa71978c7042aa65267cdec44b95257a8a"}) as unknown as TypedDocumentString<InvitationAnswer_RespondMutation, InvitationAnswer_RespondMutationVariables>;
export const InviteForm_OrganisationsDocument = new TypedDocumentString(`
    query InviteForm_Organisations {
  organisations {
    id
    name
    kind
  }
}
    `, {"hash":"sha256:99236dd32ecf70050db8d3e12c502b8afcb5d4f13fafbb891f2e4d66e58bdde0"}) as unknown as TypedDocumentString<InviteForm_OrganisationsQuery, InviteForm_OrganisationsQueryVariables>;
export const InviteForm_InviteTeamMemberDocument = new TypedDocumentString(`
    mutation InviteForm_InviteTeamMember($reviewId: UUID!, $version: Int!, $input: InviteTeamMemberInput!) {
  inviteTeamMember(reviewId: $reviewId, version: $version, input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:40e752e0de414d069b73f9055a92079392290cf344c28aa9b277b66b312d8458"}) as unknown as TypedDocumentString<InviteForm_InviteTeamMemberMutation, InviteForm_InviteTeamMemberMutationVariables>;
export const PeopleSearch_UsersDocument = new TypedDocumentString(`
    query PeopleSearch_Users($search: String) {
  users(search: $search, limit: 20) {
    items {
      id
      name
      email
      invitationPending
      organisation {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:c01dffa6b61edf61526ee6005255172abc6c62334bb77c9e2d09caafa666bbb4"}) as unknown as TypedDocumentString<PeopleSearch_UsersQuery, PeopleSearch_UsersQueryVariables>;
export const ReplaceMemberForm_ReplaceTeamMemberDocument = new TypedDocumentString(`
    mutation ReplaceMemberForm_ReplaceTeamMember($memberId: UUID!, $version: Int!, $input: TeamMemberInput!) {
  replaceTeamMember(memberId: $memberId, version: $version, input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:3369f62cffa56c3e0bda937362c321fa1f03cf03e8b95fe6ddfd490839f4e67e"}) as unknown as TypedDocumentString<ReplaceMemberForm_ReplaceTeamMemberMutation, ReplaceMemberForm_ReplaceTeamMemberMutationVariables>;
export const ReplaceMemberForm_ReplaceTeamMemberByInviteDocument = new TypedDocumentString(`
    mutation ReplaceMemberForm_ReplaceTeamMemberByInvite($memberId: UUID!, $version: Int!, $input: InviteTeamMemberInput!) {
  replaceTeamMemberByInvite(memberId: $memberId, version: $version, input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:d839442817ee26eca5800a75d08173e96b06906a306e39a3fbdafea1ca1c1caa"}) as unknown as TypedDocumentString<ReplaceMemberForm_ReplaceTeamMemberByInviteMutation, ReplaceMemberForm_ReplaceTeamMemberByInviteMutationVariables>;
export const RescheduleForm_RescheduleReviewDocument = new TypedDocumentString(`
    mutation RescheduleForm_RescheduleReview($reviewId: UUID!, $version: Int!, $input: RescheduleReviewInput!) {
  rescheduleReview(reviewId: $reviewId, version: $version, input: $input) {
    id
    version
    phase
    targetMonth
  }
}
    `, {"hash":"sha256:f2aa371481b5038f561cdd4f303f9097646e202e5a97405a49adde450db4329b"}) as unknown as TypedDocumentString<RescheduleForm_RescheduleReviewMutation, RescheduleForm_RescheduleReviewMutationVariables>;
export const ReviewActions_AgreeFocusDocument = new TypedDocumentString(`
    mutation ReviewActions_AgreeFocus($reviewId: UUID!, $version: Int!) {
  agreeFocus(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:eb1bf8f3ceb0e8486a8fb2bd419569f657cf9caab62e167cb4657be500e149ae"}) as unknown as TypedDocumentString<ReviewActions_AgreeFocusMutation, ReviewActions_AgreeFocusMutationVariables>;
export const ReviewActions_FormTeamDocument = new TypedDocumentString(`
    mutation ReviewActions_FormTeam($reviewId: UUID!, $version: Int!) {
  formTeam(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:ba6889a4016c19b79130f49d18306c95cd17cbbaff229abbc9e0c2ed58daf020"}) as unknown as TypedDocumentString<ReviewActions_FormTeamMutation, ReviewActions_FormTeamMutationVariables>;
export const ReviewActions_SubmitSelfEvaluationDocument = new TypedDocumentString(`
    mutation ReviewActions_SubmitSelfEvaluation($reviewId: UUID!, $version: Int!) {
  submitSelfEvaluation(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:21c2281f2bd235735a0b19f48b38990a890588f5c8e2134ebd3a2fe7ca8422df"}) as unknown as TypedDocumentString<ReviewActions_SubmitSelfEvaluationMutation, ReviewActions_SubmitSelfEvaluationMutationVariables>;
export const ReviewActions_StartVisitDocument = new TypedDocumentString(`
    mutation ReviewActions_StartVisit($reviewId: UUID!, $version: Int!) {
  startVisit(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:303c23c429a888a4a1724f78b31a9cd1f06e381e78b2d0a78a344012fb599689"}) as unknown as TypedDocumentString<ReviewActions_StartVisitMutation, ReviewActions_StartVisitMutationVariables>;
export const ReviewActions_CompleteVisitDocument = new TypedDocumentString(`
    mutation ReviewActions_CompleteVisit($reviewId: UUID!, $version: Int!) {
  completeVisit(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:e22b3317168cfab55f3343bfdfb54ba97759481948fbfda9080d1914b5a8325f"}) as unknown as TypedDocumentString<ReviewActions_CompleteVisitMutation, ReviewActions_CompleteVisitMutationVariables>;
export const ReviewActions_DraftReportDocument = new TypedDocumentString(`
    mutation ReviewActions_DraftReport($reviewId: UUID!, $version: Int!) {
  draftReport(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:4abfaca4198528d6090eb006ab758ceb01ad0f681e0310d20f762258e58838e6"}) as unknown as TypedDocumentString<ReviewActions_DraftReportMutation, ReviewActions_DraftReportMutationVariables>;
export const ReviewActions_PublishReportDocument = new TypedDocumentString(`
    mutation ReviewActions_PublishReport($reviewId: UUID!, $version: Int!) {
  publishReport(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:07381960b2b33a35a96ddb3cc8d3c12e123909e9942776d0f62978b50b45dd84"}) as unknown as TypedDocumentString<ReviewActions_PublishReportMutation, ReviewActions_PublishReportMutationVariables>;
export const ReviewActions_BeginFollowUpDocument = new TypedDocumentString(`
    mutation ReviewActions_BeginFollowUp($reviewId: UUID!, $version: Int!) {
  beginFollowUp(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:17f7dd5fbcf7285ae91da92df798400214e07625e5789f05e142afc6a916cc58"}) as unknown as TypedDocumentString<ReviewActions_BeginFollowUpMutation, ReviewActions_BeginFollowUpMutationVariables>;
export const ReviewActions_CloseReviewDocument = new TypedDocumentString(`
    mutation ReviewActions_CloseReview($reviewId: UUID!, $version: Int!) {
  closeReview(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:a1d0ad1d573c76e578d6e6dd4c989abb30f5df92b9970d73a65e6f7110b0f46a"}) as unknown as TypedDocumentString<ReviewActions_CloseReviewMutation, ReviewActions_CloseReviewMutationVariables>;
export const ReviewActions_ResumeReviewDocument = new TypedDocumentString(`
    mutation ReviewActions_ResumeReview($reviewId: UUID!, $version: Int!) {
  resumeReview(reviewId: $reviewId, version: $version) {
    id
    version
  }
}
    `, {"hash":"sha256:9560fd6850f8422a3c2b11b434f660622f93fbd1759925a8577b5c7cd16118e8"}) as unknown as TypedDocumentString<ReviewActions_ResumeReviewMutation, ReviewActions_ResumeReviewMutationVariables>;
export const ReviewActions_PostponeReviewDocument = new TypedDocumentString(`
    mutation ReviewActions_PostponeReview($reviewId: UUID!, $version: Int!, $reason: String!) {
  postponeReview(reviewId: $reviewId, version: $version, reason: $reason) {
    id
    version
  }
}
    `, {"hash":"sha256:9c42bf036dcdba36e11252dcd7162257c7e768b669ab8a166cbe9ed4a0c10d60"}) as unknown as TypedDocumentString<ReviewActions_PostponeReviewMutation, ReviewActions_PostponeReviewMutationVariables>;
export const ReviewActions_WithdrawReviewDocument = new TypedDocumentString(`
    mutation ReviewActions_WithdrawReview($reviewId: UUID!, $version: Int!, $reason: String!) {
  withdrawReview(reviewId: $reviewId, version: $version, reason: $reason) {
    id
    version
  }
}
    `, {"hash":"sha256:4d0deea176fd7205a0d974d79e71c24fa9264ff13c56542faaf9b1cf7a42a5ae"}) as unknown as TypedDocumentString<ReviewActions_WithdrawReviewMutation, ReviewActions_WithdrawReviewMutationVariables>;
export const ReviewActions_ReopenSelfEvaluationDocument = new TypedDocumentString(`
    mutation ReviewActions_ReopenSelfEvaluation($reviewId: UUID!, $version: Int!, $reason: String!) {
  reopenSelfEvaluation(reviewId: $reviewId, version: $version, reason: $reason) {
    id
    version
  }
}
    `, {"hash":"sha256:fb70c7438067600d9f6b7c7b6fa3604e2a957f2ec9faa6d6ef811cd29d3c8332"}) as unknown as TypedDocumentString<ReviewActions_ReopenSelfEvaluationMutation, ReviewActions_ReopenSelfEvaluationMutationVariables>;
export const ReviewPage_ReviewDocument = new TypedDocumentString(`
    query ReviewPage_Review($id: UUID!) {
  review(id: $id) {
    id
    version
    state
    targetMonth
    programme {
      id
      name
    }
    hosts {
      id
      name
    }
    team {
      id
      user {
        id
      }
      role
      invitation
      replaced
    }
    latestEvent {
      id
      fromState
    }
    ...ReviewSummary_Review
    ...ReviewActions_Review
    ...FocusForm_Review
    ...TeamSection_Review
    canReschedule
    canAnswerInvitation
    ...RescheduleForm_Review
    ...SelfEvaluationLinks_Review
  }
}
    fragment FocusForm_Review on Review {
  id
  version
  hosts {
    id
    name
  }
  focus {
    theme
    keyQuestions
    scope
    canEdit
    canSignOff
    canReopen
    signOffs {
      user {
        id
        name
      }
      authority {
        id
        name
      }
      asProgrammeOfficer
      signedAt
    }
  }
}
fragment RescheduleForm_Review on Review {
  id
  version
  phase
  targetMonth
  hosts {
    id
    name
  }
  programme {
    id
    phases {
      number
      from
      to
    }
  }
}
fragment ReviewActions_Review on Review {
  id
  version
  nextCommand {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
  availableCommands {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
}
fragment ReviewSummary_Review on Review {
  programme {
    id
    name
  }
  hosts {
    id
    name
  }
  phase
  targetMonth
  theme
  state
  publishedReportUrl
}
fragment TeamSection_Review on Review {
  id
  version
  canChangeTeam
  team {
    id
    user {
      id
      name
      email
    }
    organisation {
      id
      name
    }
    affiliation
    role
    invitation
    replaced
    replacedByMemberId
  }
  conflicts {
    id
    description
    dismissed
    dismissalReason
    dismissedAt
    dismissedBy {
      id
      name
    }
  }
}
fragment SelfEvaluationLinks_Review on Review {
  id
  state
  hosts {
    id
    name
  }
  quad {
    id
    name
  }
}`, {"hash":"sha256:5a7c175bf3d64875ccd6c521ed875bb34fb819e45a646fded9c78011431f3305"}) as unknown as TypedDocumentString<ReviewPage_ReviewQuery, ReviewPage_ReviewQueryVariables>;
export const ReviewPage_PublicReviewDocument = new TypedDocumentString(`
    query ReviewPage_PublicReview($id: UUID!) {
  review(id: $id) {
    id
    targetMonth
    programme {
      id
      name
    }
    hosts {
      id
      name
    }
    ...ReviewSummary_Review
  }
}
    fragment ReviewSummary_Review on Review {
  programme {
    id
    name
  }
  hosts {
    id
    name
  }
  phase
  targetMonth
  theme
  state
  publishedReportUrl
}`, {"hash":"sha256:e88247c9fa0fcb4c3e4c92098a09a70b7d2e61fd399f6acecb076afffedc8859"}) as unknown as TypedDocumentString<ReviewPage_PublicReviewQuery, ReviewPage_PublicReviewQueryVariables>;
export const TeamSection_AddTeamMemberDocument = new TypedDocumentString(`
    mutation TeamSection_AddTeamMember($reviewId: UUID!, $version: Int!, $input: TeamMemberInput!) {
  addTeamMember(reviewId: $reviewId, version: $version, input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:45df8bc95d9ac2fffa143b3b24644967a9b0a023a6c29b23ef47355b0bbe398a"}) as unknown as TypedDocumentString<TeamSection_AddTeamMemberMutation, TeamSection_AddTeamMemberMutationVariables>;
export const TeamSection_DismissConflictDocument = new TypedDocumentString(`
    mutation TeamSection_DismissConflict($id: UUID!, $version: Int!, $reason: String!) {
  dismissConflict(id: $id, version: $version, reason: $reason) {
    id
    dismissed
  }
}
    `, {"hash":"sha256:34e4905a98322ce65044946599612638ea31d08d4483cba96a23097db647fbc7"}) as unknown as TypedDocumentString<TeamSection_DismissConflictMutation, TeamSection_DismissConflictMutationVariables>;
export const ScheduleReviewPage_DataDocument = new TypedDocumentString(`
    query ScheduleReviewPage_Data($id: UUID!) {
  programme(id: $id) {
    id
    name
    kind
    phases {
      number
      from
      to
    }
  }
  authorities {
    id
    name
  }
  quads {
    id
    session
    name
    authorities {
      id
      name
    }
  }
}
    `, {"hash":"sha256:ebad3eff5f6cb887acd05030740a96468894c64771aa2329dcc3feb5c324d4ac"}) as unknown as TypedDocumentString<ScheduleReviewPage_DataQuery, ScheduleReviewPage_DataQueryVariables>;
export const ScheduleReviewPage_ScheduleDocument = new TypedDocumentString(`
    mutation ScheduleReviewPage_Schedule($input: ScheduleReviewInput!) {
  scheduleReview(input: $input) {
    id
    hosts {
      id
      name
    }
  }
}
    `, {"hash":"sha256:9910d4f8fdb509822749218c614aa066f3fa9fea4673372626de0064118297b2"}) as unknown as TypedDocumentString<ScheduleReviewPage_ScheduleMutation, ScheduleReviewPage_ScheduleMutationVariables>;
export const ScheduleReviewPage_ExistingDocument = new TypedDocumentString(`
    query ScheduleReviewPage_Existing($programmeId: UUID!, $hostId: UUID!) {
  reviews(filter: {programmeId: $programmeId, hostId: $hostId}, limit: 50) {
    items {
      id
      targetMonth
      state
    }
  }
}
    `, {"hash":"sha256:ee5ffada74f6419be51ddafec77d2c077a5a6976e9e7e1d2da1e18c89618609f"}) as unknown as TypedDocumentString<ScheduleReviewPage_ExistingQuery, ScheduleReviewPage_ExistingQueryVariables>;
export const SelfEvaluationAttachments_RemoveDocument = new TypedDocumentString(`
    mutation SelfEvaluationAttachments_Remove($id: UUID!) {
  removeAttachment(id: $id)
}
    `, {"hash":"sha256:428d06c793fc46540207fec048cb51b3b10b3a1ce6a891d73301ad533e5d54f2"}) as unknown as TypedDocumentString<SelfEvaluationAttachments_RemoveMutation, SelfEvaluationAttachments_RemoveMutationVariables>;
export const IndicatorEditor_SaveDocument = new TypedDocumentString(`
    mutation IndicatorEditor_Save($input: SaveSelfEvaluationIndicatorInput!) {
  saveSelfEvaluationIndicator(input: $input) {
    number
    grade
    evidence
    strengths
    areasForImprovement
    answers
    version
    complete
    lastEditedBy {
      id
      name
    }
    lastEditedAt
  }
}
    `, {"hash":"sha256:430bd6caf556a2c3b07d0da574dfb9b88a70b2e94bde5ef693cadb165e5ae64a"}) as unknown as TypedDocumentString<IndicatorEditor_SaveMutation, IndicatorEditor_SaveMutationVariables>;
export const NationalDistribution_DistributionDocument = new TypedDocumentString(`
    query NationalDistribution_Distribution($frameworkId: String!, $version: Int!) {
  nationalDistribution(frameworkId: $frameworkId, version: $version) {
    hidden
    reason
    authorities
    framework {
      id
      name
      version
      scale {
        level
        label
      }
    }
    indicators {
      number
      title
      counts {
        grade
        label
        authorities
      }
      ungraded
    }
  }
}
    `, {"hash":"sha256:4be07c4af206b20c3857dcda0bddfafc7a1e27c224a62290c13fa42395e4770e"}) as unknown as TypedDocumentString<NationalDistribution_DistributionQuery, NationalDistribution_DistributionQueryVariables>;
export const SelfEvaluationPrintPage_SelfEvaluationsDocument = new TypedDocumentString(`
    query SelfEvaluationPrintPage_SelfEvaluations($reviewId: UUID!) {
  selfEvaluations(reviewId: $reviewId) {
    id
    authorityId
    authorityName
    submitted
    submittedAt
    graded
    framework {
      id
      name
      version
      questions
      scale {
        level
        label
      }
    }
    progress {
      complete
      total
    }
    indicators {
      number
      title
      grade
      evidence
      strengths
      areasForImprovement
      answers
      lastEditedBy {
        id
        name
      }
      lastEditedAt
    }
    documents {
      id
      fileName
      summary
    }
  }
}
    `, {"hash":"sha256:e3bc59c1af4def27eeae75f94a3601b375b0cdc7ee64c15d934329d2d8de4d8e"}) as unknown as TypedDocumentString<SelfEvaluationPrintPage_SelfEvaluationsQuery, SelfEvaluationPrintPage_SelfEvaluationsQueryVariables>;
export const QuadComparisonPage_ComparisonDocument = new TypedDocumentString(`
    query QuadComparisonPage_Comparison($quadId: UUID!) {
  quadComparison(quadId: $quadId) {
    quadId
    name
    session
    framework {
      id
      name
      version
      scale {
        level
        label
      }
    }
    authorities {
      authorityId
      name
      reviewId
      submittedAt
      frameworkVersion
      compared
    }
    indicators {
      number
      title
      grades {
        authorityId
        grade
      }
    }
  }
}
    `, {"hash":"sha256:376826db0b2ffcd0b13d1d58e0fb157e82c64ce1ddda33feafaa44d46d79c7ae"}) as unknown as TypedDocumentString<QuadComparisonPage_ComparisonQuery, QuadComparisonPage_ComparisonQueryVariables>;
export const SelfEvaluationSection_SelfEvaluationsDocument = new TypedDocumentString(`
    query SelfEvaluationSection_SelfEvaluations($reviewId: UUID!) {
  review(id: $reviewId) {
    id
    version
    ...ReviewActions_Review
    ...SubmitSelfEvaluation_Review
  }
  selfEvaluations(reviewId: $reviewId) {
    id
    authorityId
    authorityName
    mode
    graded
    submitted
    submittedAt
    submittedBy {
      id
      name
    }
    canEdit
    framework {
      id
      version
      name
      questions
      scale {
        level
        label
        meaning
      }
    }
    progress {
      complete
      total
    }
    indicators {
      number
      title
      keyAreaNumber
      keyAreaTitle
      grade
      evidence
      strengths
      areasForImprovement
      answers
      version
      complete
      lastEditedBy {
        id
        name
      }
      lastEditedAt
      documents {
        id
        fileName
        url
      }
    }
    documents {
      id
      fileName
      summary
      url
    }
  }
}
    fragment ReviewActions_Review on Review {
  id
  version
  nextCommand {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
  availableCommands {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
}
fragment SubmitSelfEvaluation_Review on Review {
  id
  version
  nextCommand {
    command
    label
    allowed
  }
}`, {"hash":"sha256:d53b9fd054ff3ecc5e7d2e93457c15025c646b090ddf73070551e2ba69e230cb"}) as unknown as TypedDocumentString<SelfEvaluationSection_SelfEvaluationsQuery, SelfEvaluationSection_SelfEvaluationsQueryVariables>;
export const TeamViewEditor_SaveDocument = new TypedDocumentString(`
    mutation TeamViewEditor_Save($input: SaveTeamViewIndicatorInput!) {
  saveTeamViewIndicator(input: $input) {
    number
    teamGrade
    teamEvidence
    teamVersion
    teamLastEditedBy {
      id
      name
    }
    teamLastEditedAt
    gradeDifference
  }
}
    `, {"hash":"sha256:b798298db514b1a0fda81c7d53e60b392cd782cea902db1e9b7b961ff04d62bb"}) as unknown as TypedDocumentString<TeamViewEditor_SaveMutation, TeamViewEditor_SaveMutationVariables>;
export const TeamViewSection_ComparisonDocument = new TypedDocumentString(`
    query TeamViewSection_Comparison($reviewId: UUID!) {
  selfEvaluationComparison(reviewId: $reviewId) {
    authorityId
    authorityName
    graded
    canEditTeamView
    indicators {
      number
      title
      selfGrade
      selfEvidence
      teamGrade
      teamEvidence
      teamVersion
      teamLastEditedBy {
        id
        name
      }
      teamLastEditedAt
      gradeDifference
    }
  }
  selfEvaluations(reviewId: $reviewId) {
    id
    authorityId
    framework {
      id
      version
      name
      scale {
        level
        label
        meaning
      }
    }
  }
}
    `, {"hash":"sha256:ae820ace9941fbcdc5c6d4a8dfbddfea9ce76e7dac22b1681cfb13f9e2d6abdd"}) as unknown as TypedDocumentString<TeamViewSection_ComparisonQuery, TeamViewSection_ComparisonQueryVariables>;
export const SignInPage_SignInDocument = new TypedDocumentString(`
    mutation SignInPage_SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  lead
  organisation {
    id
    name
    kind
  }
}`, {"hash":"sha256:52c8228d6f39a7a5fc95720aae0d9b1dc254ebd61d44da7c4f67151c0eef8855"}) as unknown as TypedDocumentString<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const SurveyFormPage_FormDocument = new TypedDocumentString(`
    query SurveyFormPage_Form($token: String!) {
  surveyForm(token: $token) {
    reviewName
    programmeName
    closesAt
    closed
    answered
    suggestedOrganisationType
    commentMaxChars
    statements {
      id
      position
      text
    }
  }
}
    `, {"hash":"sha256:98b2e2dfd5a516eda12c626d7d0b2efd7de81576fd2ffaf96ecb7b9b71e3b60d"}) as unknown as TypedDocumentString<SurveyFormPage_FormQuery, SurveyFormPage_FormQueryVariables>;
export const SurveyFormPage_AnswerDocument = new TypedDocumentString(`
    mutation SurveyFormPage_Answer($token: String!, $response: SurveyResponseInput!) {
  answerSurvey(token: $token, response: $response)
}
    `, {"hash":"sha256:85fdcbf587b7ff434523fecbb75abbca07e5c7c593248be2cabf7570d6bc00f6"}) as unknown as TypedDocumentString<SurveyFormPage_AnswerMutation, SurveyFormPage_AnswerMutationVariables>;
export const SurveyResultsPage_ResultsDocument = new TypedDocumentString(`
    query SurveyResultsPage_Results($id: UUID!, $phase: Int, $reviewId: UUID) {
  programme(id: $id) {
    id
    name
    phases {
      number
    }
  }
  surveyResults(programmeId: $id, phase: $phase, reviewId: $reviewId) {
    scope
    phase
    reviewId
    reviewName
    invited
    respondents
    breakdownShown
    byOrganisationType {
      organisationType
      count
    }
    statements {
      statement {
        id
        position
        text
      }
      counts {
        answer
        count
        percentage
      }
    }
    comments
  }
}
    `, {"hash":"sha256:9e972de48b81e48fd79c91cdc6372724db7eac2ae4c2d2161a09cb69010bcdb1"}) as unknown as TypedDocumentString<SurveyResultsPage_ResultsQuery, SurveyResultsPage_ResultsQueryVariables>;
export const SurveyResultsPage_SurveysDocument = new TypedDocumentString(`
    query SurveyResultsPage_Surveys($id: UUID!) {
  programmeSurveys(programmeId: $id) {
    id
    reviewId
    reviewName
    phase
    closesAt
    closed
    invited
    respondents
  }
}
    `, {"hash":"sha256:e639bab2097239182980472d0ce00b0d1f7f0d340d866f6f54eca302af34f334"}) as unknown as TypedDocumentString<SurveyResultsPage_SurveysQuery, SurveyResultsPage_SurveysQueryVariables>;
export const SurveyStatementsPage_SettingsDocument = new TypedDocumentString(`
    query SurveyStatementsPage_Settings($id: UUID!) {
  programme(id: $id) {
    id
    name
  }
  surveySettings(programmeId: $id) {
    programmeId
    editable
    closeAfterWeeks
    maxStatements
    statementMaxChars
    statements {
      id
      position
      text
    }
  }
}
    `, {"hash":"sha256:5e44f0dabc0a1c76b0d99a0ef421fdf6dc3a961f253d3db77d5c2cf15e8eb7d6"}) as unknown as TypedDocumentString<SurveyStatementsPage_SettingsQuery, SurveyStatementsPage_SettingsQueryVariables>;
export const SurveyStatementsPage_SetStatementsDocument = new TypedDocumentString(`
    mutation SurveyStatementsPage_SetStatements($id: UUID!, $statements: [String!]!) {
  setSurveyStatements(programmeId: $id, statements: $statements) {
    programmeId
    editable
    statements {
      id
      position
      text
    }
  }
}
    `, {"hash":"sha256:7ef72f58e01b9030b1bae0cf029da88f97294e51af4257f6bdc889f29e500c6d"}) as unknown as TypedDocumentString<SurveyStatementsPage_SetStatementsMutation, SurveyStatementsPage_SetStatementsMutationVariables>;
export const SurveyStatementsPage_SetWeeksDocument = new TypedDocumentString(`
    mutation SurveyStatementsPage_SetWeeks($id: UUID!, $weeks: Int!) {
  setSurveyCloseAfterWeeks(programmeId: $id, weeks: $weeks) {
    programmeId
    closeAfterWeeks
  }
}
    `, {"hash":"sha256:a1566474894fdef2f131662681bf849d2b641e9896b8e3645ac3f1ac7166be70"}) as unknown as TypedDocumentString<SurveyStatementsPage_SetWeeksMutation, SurveyStatementsPage_SetWeeksMutationVariables>;
export const AgendaPage_AgendaDocument = new TypedDocumentString(`
    query AgendaPage_Agenda($reviewId: UUID!) {
  visitAgenda(reviewId: $reviewId) {
    host
    days {
      date
      label
      sessions {
        startsAt
        endsAt
        kind
        meets
        place
        team {
          name
          organisation
        }
      }
    }
    team {
      name
      organisation
    }
    sharedAt
    recipients
    canShare
  }
}
    `, {"hash":"sha256:92d215c62c73a248df66977c41c2a57bdf36d4c6e39ab001c0e9543ce51f3ad3"}) as unknown as TypedDocumentString<AgendaPage_AgendaQuery, AgendaPage_AgendaQueryVariables>;
export const AgendaPage_ShareDocument = new TypedDocumentString(`
    mutation AgendaPage_Share($reviewId: UUID!) {
  shareVisitAgenda(reviewId: $reviewId) {
    sharedAt
    recipients
    canShare
  }
}
    `, {"hash":"sha256:839cd82aa1cccc987a1a3eb3d1ec5fd815a5a7b714616099abe7f326230cbde8"}) as unknown as TypedDocumentString<AgendaPage_ShareMutation, AgendaPage_ShareMutationVariables>;
export const BlackoutDatesPage_AuthorityDocument = new TypedDocumentString(`
    query BlackoutDatesPage_Authority($gssCode: String!) {
  authority(gssCode: $gssCode) {
    id
    name
    gssCode
  }
}
    `, {"hash":"sha256:a5c2cb76b754d0a4919b5bf3f0afaa4fce543aeb8d48e0ba4e99d33b2e76f71a"}) as unknown as TypedDocumentString<BlackoutDatesPage_AuthorityQuery, BlackoutDatesPage_AuthorityQueryVariables>;
export const BlackoutDatesPage_BlackoutsDocument = new TypedDocumentString(`
    query BlackoutDatesPage_Blackouts($authorityId: UUID!) {
  blackoutDates(authorityId: $authorityId) {
    id
    authorityId
    firstDay
    lastDay
    reason
  }
}
    `, {"hash":"sha256:422dbc46a87932197d783818511c11a076cb34fdc420d5afbc69a6837e77cbdb"}) as unknown as TypedDocumentString<BlackoutDatesPage_BlackoutsQuery, BlackoutDatesPage_BlackoutsQueryVariables>;
export const BlackoutDatesPage_AddDocument = new TypedDocumentString(`
    mutation BlackoutDatesPage_Add($authorityId: UUID!, $input: BlackoutDateInput!) {
  addBlackoutDate(authorityId: $authorityId, input: $input) {
    id
    authorityId
    firstDay
    lastDay
    reason
  }
}
    `, {"hash":"sha256:95d5886138d6129a8eb769ebfea41e6a54cec68e4c54ef5756f5b7ed00eed5c8"}) as unknown as TypedDocumentString<BlackoutDatesPage_AddMutation, BlackoutDatesPage_AddMutationVariables>;
export const BlackoutDatesPage_RemoveDocument = new TypedDocumentString(`
    mutation BlackoutDatesPage_Remove($id: UUID!) {
  removeBlackoutDate(id: $id)
}
    `, {"hash":"sha256:23d1ef18c997c735344f07f19dffa0fc1ab24238d5f9624944129d6dfe43bd93"}) as unknown as TypedDocumentString<BlackoutDatesPage_RemoveMutation, BlackoutDatesPage_RemoveMutationVariables>;
export const HostDetails_AddContactDocument = new TypedDocumentString(`
    mutation HostDetails_AddContact($reviewId: UUID!, $input: HostContactInput!) {
  addHostContact(reviewId: $reviewId, input: $input) {
    reviewId
    sequence
  }
}
    `, {"hash":"sha256:f9a35775484c9399e1a3175a9e65bf42e83ffd820dd19fa10047b8eac35549ca"}) as unknown as TypedDocumentString<HostDetails_AddContactMutation, HostDetails_AddContactMutationVariables>;
export const HostDetails_RemoveContactDocument = new TypedDocumentString(`
    mutation HostDetails_RemoveContact($contactId: UUID!) {
  removeHostContact(contactId: $contactId) {
    reviewId
    sequence
  }
}
    `, {"hash":"sha256:338d5c24569e736c2c271644ab634a0eee2b82eb363d9447de4933b8c1b56bff"}) as unknown as TypedDocumentString<HostDetails_RemoveContactMutation, HostDetails_RemoveContactMutationVariables>;
export const HostDetails_AddPlaceDocument = new TypedDocumentString(`
    mutation HostDetails_AddPlace($reviewId: UUID!, $input: VisitPlaceInput!) {
  addVisitPlace(reviewId: $reviewId, input: $input) {
    reviewId
    sequence
  }
}
    `, {"hash":"sha256:ebe8f867c07c485a21d363ad0bfc9d7a4951b0f86509c6f2f7861b6377bb2964"}) as unknown as TypedDocumentString<HostDetails_AddPlaceMutation, HostDetails_AddPlaceMutationVariables>;
export const HostDetails_RemovePlaceDocument = new TypedDocumentString(`
    mutation HostDetails_RemovePlace($placeId: UUID!) {
  removeVisitPlace(placeId: $placeId) {
    reviewId
    sequence
  }
}
    `, {"hash":"sha256:9f32ac5aef2705a25db110c75d544efc29b9ddb44d6cd69d707b7105fcc8284a"}) as unknown as TypedDocumentString<HostDetails_RemovePlaceMutation, HostDetails_RemovePlaceMutationVariables>;
export const SessionForm_AddSessionDocument = new TypedDocumentString(`
    mutation SessionForm_AddSession($reviewId: UUID!, $version: Int!, $input: VisitSessionInput!) {
  addVisitSession(reviewId: $reviewId, version: $version, input: $input) {
    reviewId
    reviewVersion
    sequence
  }
}
    `, {"hash":"sha256:5b1bde8d6a18c1855d9ddaf769358826904a57e28df7a336db67de114e7863b2"}) as unknown as TypedDocumentString<SessionForm_AddSessionMutation, SessionForm_AddSessionMutationVariables>;
export const SessionForm_UpdateSessionDocument = new TypedDocumentString(`
    mutation SessionForm_UpdateSession($sessionId: UUID!, $version: Int!, $input: VisitSessionInput!) {
  updateVisitSession(sessionId: $sessionId, version: $version, input: $input) {
    reviewId
    reviewVersion
    sequence
  }
}
    `, {"hash":"sha256:ded3c8e40f3b7238c40d42215832611df8f93d76b8ba1461d5461455543ac705"}) as unknown as TypedDocumentString<SessionForm_UpdateSessionMutation, SessionForm_UpdateSessionMutationVariables>;
export const VisitDatesForm_SetVisitDatesDocument = new TypedDocumentString(`
    mutation VisitDatesForm_SetVisitDates($reviewId: UUID!, $version: Int!, $days: [NaiveDate!]!) {
  setVisitDates(reviewId: $reviewId, version: $version, days: $days) {
    reviewId
    reviewVersion
    days
    sequence
  }
}
    `, {"hash":"sha256:0a04ca99a78676393915222879b4f8f5ea07e1c21651533860578d88990ae25c"}) as unknown as TypedDocumentString<VisitDatesForm_SetVisitDatesMutation, VisitDatesForm_SetVisitDatesMutationVariables>;
export const VisitSection_PlanDocument = new TypedDocumentString(`
    query VisitSection_Plan($reviewId: UUID!) {
  review(id: $reviewId) {
    id
    version
    hosts {
      id
      name
      gssCode
    }
    ...ReviewActions_Review
  }
  visitPlan(reviewId: $reviewId) {
    reviewId
    reviewVersion
    targetMonth
    lengthDays
    days
    sequence
    sharedAt
    sessions {
      id
      day
      startsAt
      endsAt
      kind
      audiences
      place
      members {
        id
        name
      }
    }
    contacts {
      id
      role
      name
      email
    }
    places {
      id
      name
      address
    }
    daysOff {
      date
      reason
    }
    assignable {
      id
      name
    }
    canPlan
    canRecordContacts
  }
}
    fragment ReviewActions_Review on Review {
  id
  version
  nextCommand {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
  availableCommands {
    command
    label
    allowed
    forbiddenReason
    unmet {
      code
      message
    }
  }
}`, {"hash":"sha256:7b821caa33f69bcd593819f15f5a207856179b239fcfb6eca3a7d6fda2b34c00"}) as unknown as TypedDocumentString<VisitSection_PlanQuery, VisitSection_PlanQueryVariables>;
export const VisitSection_RemoveSessionDocument = new TypedDocumentString(`
    mutation VisitSection_RemoveSession($sessionId: UUID!, $version: Int!) {
  removeVisitSession(sessionId: $sessionId, version: $version) {
    reviewId
    reviewVersion
    sequence
  }
}
    `, {"hash":"sha256:d44d8465ecd7381f77a03ca45140e5b56c1683b8208e48dab2c572022f09a92b"}) as unknown as TypedDocumentString<VisitSection_RemoveSessionMutation, VisitSection_RemoveSessionMutationVariables>;