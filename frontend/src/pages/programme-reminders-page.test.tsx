import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, mockGraphQL, renderAt } from '../test/render';
import { ProgrammeRemindersPage } from './programme-reminders-page';

const rule = (offsets: number[]) => ({
  kind: 'VISIT_STARTING',
  label: 'Visit starting soon',
  offsets,
  anchor: 'BEFORE',
  unit: 'WORKING_DAYS',
  repeats: false,
  isDefault: offsets.join() === '5',
  defaultOffsets: [5],
  essential: false,
});

describe('ProgrammeRemindersPage', () => {
  it('shows the saved offsets at once, even while the policy read again still answers the old ones', async () => {
    const user = userEvent.setup();
    // The policy query keeps answering the old offsets: the saved ones come
    // only from the save's own answer.
    mockGraphQL(({ query, variables }) => {
      if (query.includes('ProgrammeRemindersPage_SetPolicy'))
        return { data: { setReminderPolicy: [{ kind: 'VISIT_STARTING', offsets: variables.offsets, isDefault: false }] } };
      return { data: { reminderPolicy: [rule([5])] } };
    });
    renderAt(<ProgrammeRemindersPage />, { user: ADMIN });
    const box = await screen.findByRole('textbox', { name: /Working days before/ });
    expect(box).toHaveValue('5');
    await user.clear(box);
    await user.type(box, '10, 2');
    await user.click(screen.getByRole('button', { name: 'Save visit starting soon' }));
    expect(await screen.findByText(/Visit starting soon: saved\./)).toBeInTheDocument();
    expect(box).toHaveValue('10, 2');
  });
});
