import type { Task } from '../components/task-list';
import type { ReviewState, Role } from '../gql/graphql';
import { formatMonth, joinNames } from './programme';

/** What a task needs to know about a review (the fields of `MyTasks_Review`). */
export interface TaskReview {
  id: string;
  state: ReviewState;
  targetMonth: string;
  hosts: readonly { id: string; name: string }[];
  programme: { name: string; rules: { teamSizeMin: number } };
  focus?: {
    theme?: string | null;
    /** Editable and waiting for sign-offs: before agreement, or reopened. */
    open?: boolean;
    signOffs: readonly { asProgrammeOfficer: boolean; authority?: { id: string } | null }[];
  } | null;
  team?: readonly {
    id: string;
    user: { id: string };
    invitation: 'PENDING' | 'ACCEPTED' | 'DECLINED';
    replaced: boolean;
  }[] | null;
}

export interface TaskUser {
  id: string;
  roles: readonly Role[];
  lead: boolean;
  organisation: { authority?: { id: string } | null };
}

const BEFORE_TEAM: ReviewState[] = ['SCHEDULED', 'FOCUS_AGREED'];

function describe(review: TaskReview): string {
  return `${joinNames(review.hosts.map((h) => h.name))}, ${formatMonth(review.targetMonth)}`;
}

/**
 * What waits on this user, derived from the reviews they can see: focus
 * sign-offs (host leads and programme officers), a focus still to agree
 * (host authority users), teams to complete (programme officers) and
 * invitations to answer (anyone invited). Each links to the review.
 */
export function deriveTasks(user: TaskUser, reviews: readonly TaskReview[]): Task[] {
  const tasks: Task[] = [];
  const officer = user.roles.includes('PROGRAMME_OFFICER');
  const authorityId = user.roles.includes('AUTHORITY_USER') ? user.organisation.authority?.id : undefined;
  const sorted = [...reviews].sort((a, b) => (a.targetMonth < b.targetMonth ? -1 : a.targetMonth > b.targetMonth ? 1 : 0));
  for (const review of sorted) {
    const href = `/reviews/${review.id}`;
    const what = describe(review);
    const hosting = authorityId !== undefined && review.hosts.some((h) => h.id === authorityId);

    const invitation = review.team?.find((m) => m.user.id === user.id && m.invitation === 'PENDING' && !m.replaced);
    if (invitation) {
      tasks.push({
        id: `invitation-${invitation.id}`,
        title: `Answer the invitation to join the review of ${what}`,
        summary: review.programme.name,
        href,
        status: 'Waiting for your answer',
      });
    }

    // Before agreement, or after a programme officer reopened the focus.
    const focusOpen = review.state === 'SCHEDULED' || review.focus?.open === true;
    if (focusOpen && review.focus) {
      const theme = review.focus.theme;
      if (!theme && (hosting || officer)) {
        tasks.push({
          id: `focus-${review.id}`,
          title: `Agree the focus of the review of ${what}`,
          summary: 'The theme and key questions are not set yet',
          href,
          status: 'Not started',
        });
      } else if (theme) {
        const signOffs = review.focus.signOffs;
        if (hosting && user.lead && !signOffs.some((s) => s.authority?.id === authorityId)) {
          tasks.push({
            id: `sign-off-${review.id}`,
            title: `Sign off the focus of the review of ${what}`,
            summary: `Theme: ${theme}`,
            href,
            status: 'Waiting for your sign-off',
          });
        }
        if (officer && !signOffs.some((s) => s.asProgrammeOfficer)) {
          tasks.push({
            id: `officer-sign-off-${review.id}`,
            title: `Sign off the focus of the review of ${what} for the programme`,
            summary: `Theme: ${theme}`,
            href,
            status: 'Waiting for a programme officer',
          });
        }
      }
    }

    if (officer && review.state === 'FOCUS_AGREED') {
      const accepted = (review.team ?? []).filter((m) => m.invitation === 'ACCEPTED' && !m.replaced).length;
      const pending = (review.team ?? []).filter((m) => m.invitation === 'PENDING' && !m.replaced).length;
      const min = review.programme.rules.teamSizeMin;
      tasks.push({
        id: `team-${review.id}`,
        title: `Complete the team for the review of ${what}`,
        summary: `${accepted} of at least ${min} accepted${pending ? `, ${pending} not answered yet` : ''}`,
        href,
        status: accepted >= min ? 'Ready to form' : 'In progress',
      });
    }
  }
  return tasks;
}

export const TASK_STATES: ReviewState[] = [...BEFORE_TEAM, 'TEAM_FORMED'];
