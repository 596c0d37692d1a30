import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { TaskKind } from '../gql/graphql';
import { formatDate } from '../lib/format';
import { formatMonth, joinNames } from '../lib/programme';
import { useQuery } from '../lib/use-query';
import { QueryStatus } from './query-errors';
import { TaskList, type Task } from './task-list';

export const MyTasksFragment = graphql(`
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
`);

/** Every open task of the signed-in person, across all their reviews, in one request. */
const MyTasksQuery = graphql(`
  query MyTasks {
    me {
      id
      tasks {
        id
        ...MyTasks_Task
      }
    }
  }
`);

const STATUS: Record<TaskKind, string> = {
  ANSWER_INVITATION: 'Waiting for your answer',
  SET_FOCUS: 'Not started',
  SIGN_OFF_FOCUS: 'Waiting for your sign-off',
  COMPLETE_TEAM: 'In progress',
  REPLACE_DECLINED_MEMBER: 'In progress',
  RESOLVE_CONFLICT: 'Needs a decision',
  COMPLETE_SELF_EVALUATION: 'In progress',
  RECORD_TEAM_VIEW: 'Not started',
  PLAN_VISIT: 'Not started',
  RECORD_VISIT_CONTACTS: 'Not started',
  RECORD_FINDINGS: 'In progress',
  AGREE_FINDINGS: 'In progress',
  ANSWER_REPORT_COMMENTS: 'Comments waiting for an answer',
  CHECK_FACTUAL_ACCURACY: 'Waiting for your check',
  APPROVE_REPORT: 'Waiting for your approval',
  CREATE_FOLLOW_UP_ACTIONS: 'Not started',
  UPDATE_FOLLOW_UP_ACTION: 'Due soon',
  SCHEDULE_FOLLOW_UP_SESSIONS: 'Not scheduled',
  COMMAND: 'Ready',
};

/** One task from the server, as the design system's task list shows it. */
export function toTask(task: FragmentType<typeof MyTasksFragment>): Task {
  const t = getFragmentData(MyTasksFragment, task);
  const review = `${joinNames(t.review.hosts.map((h) => h.name))}, ${formatMonth(t.review.targetMonth)}`;
  const due = t.due ? ` Due by ${formatDate(t.due)}.` : '';
  return {
    id: `task-${t.id}`,
    title: `${t.title}: review of ${review}`,
    href: t.path,
    summary: `${t.review.programme.name}. ${t.detail}${due}`,
    status: STATUS[t.kind],
  };
}

/** "What needs your action": the signed-in person's tasks, from `me { tasks }`. */
export function MyTasks() {
  const { data, loading, errors } = useQuery(MyTasksQuery, {});
  const tasks = (data?.me?.tasks ?? []).map(toTask);
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">What needs your action</h2>
      {!data ? (
        <QueryStatus loading={loading} errors={errors} />
      ) : tasks.length === 0 ? (
        <p role="status">Nothing needs your action at the moment.</p>
      ) : (
        <TaskList id="actions" tasks={tasks} />
      )}
    </section>
  );
}
