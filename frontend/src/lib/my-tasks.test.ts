import { describe, expect, it } from 'vitest';
import { deriveTasks, type TaskReview, type TaskUser } from './my-tasks';

const EDINBURGH = { id: 'edi', name: 'City of Edinburgh' };
const programme = { name: 'Quads 2024-25', rules: { teamSizeMin: 6 } };

const lead: TaskUser = { id: 'u-lead', roles: ['AUTHORITY_USER'], lead: true, organisation: { authority: { id: 'edi' } } };
const officer: TaskUser = { id: 'u-off', roles: ['PROGRAMME_OFFICER'], lead: false, organisation: { authority: null } };
const reviewer: TaskUser = { id: 'u-rev', roles: ['REVIEWER'], lead: false, organisation: { authority: null } };

function review(over: Partial<TaskReview>): TaskReview {
  return {
    id: 'r1',
    state: 'SCHEDULED',
    targetMonth: '2025-03',
    hosts: [EDINBURGH],
    programme,
    focus: { theme: 'Attainment', signOffs: [] },
    team: [],
    ...over,
  };
}

describe('deriveTasks', () => {
  it('asks a host lead to sign off a focus their authority has not signed', () => {
    const tasks = deriveTasks(lead, [review({})]);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.title).toBe('Sign off the focus of the review of City of Edinburgh, March 2025');
    expect(tasks[0]?.href).toBe('/reviews/r1');
  });

  it('does not ask again once the authority signed, nor a lead of another authority', () => {
    const signed = review({ focus: { theme: 'x', signOffs: [{ asProgrammeOfficer: false, authority: { id: 'edi' } }] } });
    expect(deriveTasks(lead, [signed])).toEqual([]);
    const other = { ...lead, organisation: { authority: { id: 'fife' } } };
    expect(deriveTasks(other, [review({})])).toEqual([]);
  });

  it('asks for the sign-offs again once an agreed focus is reopened, and not while it is locked', () => {
    const reopened = review({ state: 'TEAM_FORMED', focus: { theme: 'Attainment', open: true, signOffs: [] } });
    expect(deriveTasks(lead, [reopened]).map((t) => t.id)).toEqual(['sign-off-r1']);
    expect(deriveTasks(officer, [reopened]).map((t) => t.id)).toEqual(['officer-sign-off-r1']);
    const locked = review({ state: 'TEAM_FORMED', focus: { theme: 'Attainment', open: false, signOffs: [] } });
    expect(deriveTasks(lead, [locked])).toEqual([]);
  });

  it('asks host users to agree a focus with no theme', () => {
    const tasks = deriveTasks(lead, [review({ focus: { theme: null, signOffs: [] } })]);
    expect(tasks.map((t) => t.id)).toEqual(['focus-r1']);
  });

  it('gives officers sign-offs and teams to complete', () => {
    const tasks = deriveTasks(officer, [
      review({ id: 'a' }),
      review({
        id: 'b',
        state: 'FOCUS_AGREED',
        team: [
          { id: 'm1', user: { id: 'x' }, invitation: 'ACCEPTED', replaced: false },
          { id: 'm2', user: { id: 'y' }, invitation: 'PENDING', replaced: false },
        ],
      }),
    ]);
    expect(tasks.map((t) => t.id)).toEqual(['officer-sign-off-a', 'team-b']);
    expect(tasks[1]?.summary).toBe('1 of at least 6 accepted, 1 not answered yet');
  });

  it('lists pending invitations to the invited person only', () => {
    const r = review({
      state: 'FOCUS_AGREED',
      team: [
        { id: 'm1', user: { id: 'u-rev' }, invitation: 'PENDING', replaced: false },
        { id: 'm2', user: { id: 'u-rev' }, invitation: 'PENDING', replaced: true },
      ],
    });
    expect(deriveTasks(reviewer, [r]).map((t) => t.id)).toEqual(['invitation-m1']);
    expect(deriveTasks({ ...reviewer, id: 'someone' }, [r])).toEqual([]);
  });
});
