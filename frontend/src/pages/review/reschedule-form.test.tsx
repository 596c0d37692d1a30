import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import {
  RescheduleForm_RescheduleReviewDocument as RescheduleReview,
  ScheduleReviewPage_ExistingDocument as ExistingReviews,
  type ReviewState,
  type RescheduleForm_ReviewFragment,
} from '../../gql/graphql';
import { ADMIN, answer, mockOperations, renderAt } from '../../test/render';
import { RescheduleForm, RescheduleFormFragment } from './reschedule-form';

const data: RescheduleForm_ReviewFragment = {
  id: 'r1',
  version: 4,
  phase: 1,
  targetMonth: '2099-10',
  hosts: [{ id: 'h1', name: 'City of Edinburgh' }],
  programme: {
    id: 'p1',
    phases: [
      { number: 1, from: '2020-08', to: '2099-12' },
      { number: 2, from: '2100-01', to: '2100-06' },
    ],
  },
};
/** The form's fragment, typed by the generated document. */
const review = makeFragmentData(data, RescheduleFormFragment);

afterEach(() => vi.unstubAllGlobals());

/** Answers the timetable check with `existing` and the mutation with the moved review. */
function answering(existing: { id: string; targetMonth: string; state: ReviewState }[]) {
  return mockOperations(
    answer(RescheduleReview, { rescheduleReview: { id: 'r1', version: 5, phase: 2, targetMonth: '2100-02' } }),
    answer(ExistingReviews, { reviews: { items: existing } }),
  );
}

describe('RescheduleForm', () => {
  it('asks for a month inside the phases and a reason before sending anything', async () => {
    const user = userEvent.setup();
    const calls = answering([]);
    renderAt(<RescheduleForm review={review} onChanged={() => {}} />, { user: ADMIN });
    await user.click(screen.getByRole('button', { name: 'Reschedule the review' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter the month as a number from 1 to 12 and a four-digit year');
    expect(summary).toHaveTextContent('Enter why the review is rescheduled');
    await user.type(screen.getByLabelText('Month'), '7');
    await user.type(screen.getByLabelText('Year'), '2101');
    await user.type(screen.getByLabelText('Why is the review rescheduled?'), 'Snow');
    await user.click(screen.getByRole('button', { name: 'Reschedule the review' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('July 2101 is outside the programme’s phases');
    expect(calls).toHaveLength(0);
  });

  it('sends the month with the phase it falls in and reports where the review went', async () => {
    const user = userEvent.setup();
    const calls = answering([{ id: 'r1', targetMonth: '2099-10', state: 'SCHEDULED' }]);
    const onChanged = vi.fn();
    renderAt(<RescheduleForm review={review} onChanged={onChanged} />, { user: ADMIN });
    await user.type(screen.getByLabelText('Month'), '2');
    await user.type(screen.getByLabelText('Year'), '2100');
    await user.type(screen.getByLabelText('Why is the review rescheduled?'), ' Budget setting moved ');
    await user.click(screen.getByRole('button', { name: 'Reschedule the review' }));
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith(
        'The review has moved to February 2100. Its team and host leads have been told by email.',
      ),
    );
    const sent = calls.find((c) => c.query.includes('rescheduleReview'));
    expect(sent?.variables).toEqual({
      reviewId: 'r1',
      version: 4,
      input: { phase: 2, targetMonth: '2100-02', reason: 'Budget setting moved' },
    });
  });

  it('warns about a past month or another review of the host and needs a confirmation', async () => {
    const user = userEvent.setup();
    const calls = answering([{ id: 'r2', targetMonth: '2099-11', state: 'SCHEDULED' }]);
    const onChanged = vi.fn();
    renderAt(<RescheduleForm review={review} onChanged={onChanged} />, { user: ADMIN });
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2021');
    await user.type(screen.getByLabelText('Why is the review rescheduled?'), 'Recording the real date');
    await user.click(screen.getByRole('button', { name: 'Reschedule the review' }));
    expect(await screen.findByText('March 2021 is in the past.')).toBeInTheDocument();
    expect(
      screen.getByText('City of Edinburgh already has a review in this programme: November 2099 (scheduled).'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reschedule the review' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tick “Reschedule it anyway”, or change the month');
    await user.click(screen.getByLabelText('Reschedule it anyway'));
    await user.click(screen.getByRole('button', { name: 'Reschedule the review' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(calls.filter((c) => c.query.includes('rescheduleReview'))).toHaveLength(1);
  });
});
