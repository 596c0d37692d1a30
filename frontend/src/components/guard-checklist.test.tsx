import { render, screen } from '@testing-library/react';
import { GuardChecklist, guardsFromErrors } from './guard-checklist';

const check = {
  label: 'Form the team',
  allowed: true,
  forbiddenReason: null,
  unmet: [
    { code: 'TEAM_LEAD_MISSING', message: 'No one on the team is its lead.' },
    { code: 'TEAM_ADES_MISSING', message: 'The team has no ADES member.' },
  ],
};

describe('guardsFromErrors', () => {
  it('takes the unmet guards of GUARD_FAILED errors only', () => {
    expect(
      guardsFromErrors([
        { code: 'GUARD_FAILED', message: 'no', guards: [{ code: 'A', message: 'a' }] },
        { code: 'CONFLICT', message: 'stale' },
      ]),
    ).toEqual([{ code: 'A', message: 'a' }]);
  });
});

describe('GuardChecklist', () => {
  it('lists every unmet guard as a to-do', () => {
    render(<GuardChecklist id="c" check={check} />);
    expect(screen.getByText('Before you can form the team:')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('To do No one on the team is its lead.');
  });

  it('shows the guards of a refusal rather than the ones read with the page', () => {
    render(
      <GuardChecklist
        id="c"
        check={check}
        refused={[{ code: 'TEAM_INVITATION_PENDING', message: '2 invitations have not been answered yet.' }]}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('2 invitations have not been answered yet.')).toBeInTheDocument();
  });

  it('says who may make the command when the viewer may not', () => {
    render(<GuardChecklist id="c" check={{ ...check, allowed: false, forbiddenReason: 'Only programme officers.' }} />);
    expect(screen.getByText('Only programme officers.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says when nothing is missing', () => {
    render(<GuardChecklist id="c" check={{ ...check, unmet: [] }} />);
    expect(screen.getByText('Everything needed is in place.')).toBeInTheDocument();
  });
});
