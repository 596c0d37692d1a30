import { render, screen } from '@testing-library/react';
import type { ReviewState } from '../gql/graphql';
import { STATE_LABELS } from '../lib/programme';
import { StateTag } from './state-tag';

// The timetable, the review summary and the step indicator all draw a
// state with this one component, so a state has one colour everywhere.
const COLOURS: Record<ReviewState, string> = {
  SCHEDULED: 'ds_tag--blue',
  FOCUS_AGREED: 'ds_tag--blue',
  TEAM_FORMED: 'ds_tag--blue',
  SELF_EVALUATION_SUBMITTED: 'ds_tag--blue',
  VISIT_IN_PROGRESS: 'ds_tag--blue',
  VISIT_COMPLETED: 'ds_tag--blue',
  REPORT_DRAFTED: 'ds_tag--blue',
  REPORT_PUBLISHED: 'ds_tag--green',
  FOLLOW_UP: 'ds_tag--green',
  CLOSED: 'ds_tag--green',
  POSTPONED: 'ds_tag--yellow',
  WITHDRAWN: 'ds_tag--grey',
};

describe('StateTag', () => {
  it('draws every state in its words and its one colour: under way blue, published green, postponed yellow, withdrawn grey', () => {
    for (const [state, colour] of Object.entries(COLOURS) as [ReviewState, string][]) {
      const { unmount } = render(<StateTag state={state} />);
      const tag = screen.getByText(STATE_LABELS[state]);
      expect(tag).toHaveClass('ds_tag', colour);
      expect([...tag.classList].filter((c) => c.startsWith('ds_tag--'))).toEqual([colour]);
      unmount();
    }
  });
});
