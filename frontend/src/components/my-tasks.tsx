import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import { execute, GraphQLRequestError } from '../lib/graphql-client';
import { deriveTasks, TASK_STATES, type TaskReview } from '../lib/my-tasks';
import { hasRole, type SessionUser } from '../lib/session';
import { TaskList, type Task } from './task-list';

graphql(`
  fragment MyTasks_Review on Review {
    id
    state
    targetMonth
    hosts {
      id
      name
    }
    programme {
      id
      name
      rules {
        teamSizeMin
      }
    }
    focus {
      theme
      open
      signOffs {
        asProgrammeOfficer
        authority {
          id
        }
      }
    }
    team {
      id
      invitation
      replaced
      user {
        id
      }
    }
  }
`);

/** Officers see every review's private fields: one query. */
const OfficerReviewsQuery = graphql(`
  query MyTasks_OfficerReviews($states: [ReviewState!]) {
    me {
      id
      organisation {
        id
        authority {
          id
        }
      }
    }
    reviews(filter: { states: $states }, limit: 200) {
      items {
        ...MyTasks_Review
      }
    }
  }
`);

/** Everyone else: the public timetable's open reviews, then each one they may see. */
const OpenReviewsQuery = graphql(`
  query MyTasks_OpenReviews($states: [ReviewState!]) {
    me {
      id
      organisation {
        id
        authority {
          id
        }
      }
    }
    reviews(filter: { states: $states }, limit: 200) {
      items {
        id
      }
    }
  }
`);

const ReviewQuery = graphql(`
  query MyTasks_Review($id: UUID!) {
    review(id: $id) {
      ...MyTasks_Review
    }
  }
`);

// The fragment's generated type matches TaskReview structurally.
async function loadTasks(user: SessionUser, signal: AbortSignal): Promise<Task[]> {
  const taskUser = (authority: { id: string } | null | undefined) => ({
    id: user.id,
    roles: user.roles,
    lead: user.lead,
    organisation: { authority: authority ?? null },
  });
  if (hasRole(user, 'PROGRAMME_OFFICER')) {
    const data = await execute(OfficerReviewsQuery, { states: TASK_STATES }, { signal });
    return deriveTasks(taskUser(data.me?.organisation.authority), data.reviews.items as unknown as TaskReview[]);
  }
  const open = await execute(OpenReviewsQuery, { states: TASK_STATES }, { signal });
  const results = await Promise.all(
    open.reviews.items.map(async ({ id }) => {
      try {
        const data = await execute(ReviewQuery, { id }, { signal });
        return data.review as unknown as TaskReview;
      } catch (e) {
        // A review the user takes no part in: its private fields are refused.
        if (e instanceof GraphQLRequestError && e.has('FORBIDDEN')) return null;
        throw e;
      }
    }),
  );
  const reviews = results.filter((r): r is TaskReview => r !== null);
  return deriveTasks(taskUser(open.me?.organisation.authority), reviews);
}

export function MyTasks({ user }: { user: SessionUser }) {
  const [state, setState] = useState<{ tasks: Task[]; loading: boolean; failed: boolean }>({
    tasks: [],
    loading: true,
    failed: false,
  });
  useEffect(() => {
    const controller = new AbortController();
    loadTasks(user, controller.signal).then(
      (tasks) => {
        if (!controller.signal.aborted) setState({ tasks, loading: false, failed: false });
      },
      () => {
        if (!controller.signal.aborted) setState({ tasks: [], loading: false, failed: true });
      },
    );
    return () => controller.abort();
  }, [user]);

  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">What needs your action</h2>
      {state.loading ? (
        <p role="status">Loading your tasks…</p>
      ) : state.failed ? (
        <p role="status">Your tasks could not be loaded. Reload the page to try again.</p>
      ) : state.tasks.length === 0 ? (
        <p role="status">Nothing needs your action at the moment.</p>
      ) : (
        <TaskList id="actions" tasks={state.tasks} />
      )}
    </section>
  );
}
