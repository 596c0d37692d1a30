import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { makeFragmentData } from '../../gql';
import {
  FocusForm_ReopenFocusDocument as ReopenFocus,
  FocusForm_UpdateFocusDocument as UpdateFocus,
  type FocusForm_ReviewFragment,
} from '../../gql/graphql';
import { ADMIN, answer, mockGraphQL, mockOperations, refusal, renderAt } from '../../test/render';
import { FocusForm, FocusFormFragment } from './focus-form';

type Focus = NonNullable<FocusForm_ReviewFragment['focus']>;
type May = Pick<Focus, 'canEdit' | 'canSignOff' | 'canReopen'>;

/** The form's fragment, typed by the generated document: what the viewer may do is the server's call. */
function reviewWith(may: Partial<May>, change: { version?: number; focus?: Partial<Focus> } = {}) {
  const focus: Focus = { ...(review.focus as Focus), ...change.focus, ...may };
  const data: FocusForm_ReviewFragment = { ...review, ...change, focus };
  return makeFragmentData(data, FocusFormFragment);
}

const review: FocusForm_ReviewFragment = {
  id: 'r1',
  version: 3,
  hosts: [{ id: 'h1', name: 'City of Edinburgh' }],
  focus: {
    theme: 'Inclusion',
    keyQuestions: ['How well?'],
    scope: null,
    canEdit: false,
    canSignOff: false,
    canReopen: false,
    signOffs: [
      {
        user: { id: 'u1', name: 'Lindsay Lead' },
        authority: { id: 'h1', name: 'City of Edinburgh' },
        asProgrammeOfficer: false,
        signedAt: '2026-03-03T14:05:00Z',
      },
    ],
  },
};

afterEach(() => vi.unstubAllGlobals());

/** The page around the form: a reload brings the review at a new version. */
function Reloading({ onReload }: { onReload: () => void }) {
  const [version, setVersion] = useState(review.version);
  return (
    <>
      <FocusForm
        review={reviewWith({ canEdit: true }, { version })}
        onChanged={() => {
          onReload();
          setVersion((v) => v + 1);
        }}
      />
      <output data-testid="version">{version}</output>
    </>
  );
}

describe('FocusForm', () => {
  it('shows each sign-off’s status', () => {
    mockGraphQL(() => ({ data: {} }));
    renderAt(<FocusForm review={reviewWith({ canEdit: true, canSignOff: true })} onChanged={() => {}} />, { user: ADMIN });
    const list = document.getElementById('sign-offs');
    expect(list).toHaveTextContent('Lead of City of EdinburghSigned off Lindsay Lead');
    expect(list).toHaveTextContent('Programme officerNot signed off');
  });

  it('keeps what the user typed after a CONFLICT and offers to reload', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(
      answer(UpdateFocus, refusal('CONFLICT', 'The review has changed since you loaded it.')),
    );
    const onChanged = vi.fn();
    renderAt(<Reloading onReload={onChanged} />, { user: ADMIN });
    const theme = screen.getByLabelText('Theme');
    await user.clear(theme);
    await user.type(theme, 'Attainment');
    await user.type(screen.getByLabelText('Key questions'), '{enter}How is progress tracked?');
    await user.click(screen.getByRole('button', { name: 'Save the focus' }));

    expect(await screen.findByText(/Someone else changed this review/)).toBeInTheDocument();
    expect(calls[0]?.variables).toMatchObject({ reviewId: 'r1', version: 3 });
    expect(screen.getByLabelText('Theme')).toHaveValue('Attainment');
    expect(screen.getByLabelText('Key questions')).toHaveValue('How well?\nHow is progress tracked?');

    await user.click(screen.getByRole('button', { name: 'Reload the review' }));
    expect(onChanged).toHaveBeenCalled();
    // The reloaded review arrives with a new version; the typed input stays.
    expect(screen.getByTestId('version')).toHaveTextContent('4');
    await waitFor(() => expect(screen.queryByText(/Someone else changed this review/)).not.toBeInTheDocument());
    expect(screen.getByLabelText('Theme')).toHaveValue('Attainment');
    await user.click(screen.getByRole('button', { name: 'Save the focus' }));
    await waitFor(() => expect(calls[1]?.variables).toMatchObject({ version: 4, input: { theme: 'Attainment' } }));
  });

  it('checks the theme and key questions before sending', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL(() => ({ data: {} }));
    renderAt(<FocusForm review={reviewWith({ canEdit: true }, { focus: { theme: null, keyQuestions: [] } })} onChanged={() => {}} />, { user: ADMIN });
    await user.click(screen.getByRole('button', { name: 'Save the focus' }));
    expect(await screen.findByRole('link', { name: 'Enter the theme' })).toHaveAttribute('href', '#theme');
    expect(screen.getByRole('link', { name: 'Enter at least one key question' })).toHaveAttribute(
      'href',
      '#key-questions',
    );
    expect(calls).toHaveLength(0);
  });

  it('lets a programme officer reopen the agreed focus with a reason, and asks for the sign-offs again', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(answer(ReopenFocus, { reopenFocus: { id: 'r1', version: 4 } }));
    const onChanged = vi.fn();
    renderAt(<FocusForm review={reviewWith({ canReopen: true })} onChanged={onChanged} />, { user: ADMIN });
    await user.click(screen.getByRole('button', { name: 'Reopen the focus' }));
    expect(await screen.findByRole('link', { name: 'Enter why the focus is reopened' })).toHaveAttribute(
      'href',
      '#reopen-reason',
    );
    expect(calls).toHaveLength(0);
    await user.type(screen.getByLabelText('Why is the focus reopened?'), 'New council priorities');
    await user.click(screen.getByRole('button', { name: 'Reopen the focus' }));
    expect(await screen.findByText(/The focus is reopened/)).toBeInTheDocument();
    expect(calls[0]?.variables).toEqual({ reviewId: 'r1', version: 3, reason: 'New council priorities' });
    expect(onChanged).toHaveBeenCalled();
  });

  it('offers no reopening to those who may not reopen', () => {
    mockGraphQL(() => ({ data: {} }));
    renderAt(<FocusForm review={reviewWith({})} onChanged={() => {}} />, { user: ADMIN });
    expect(screen.queryByRole('button', { name: 'Reopen the focus' })).not.toBeInTheDocument();
  });
});
