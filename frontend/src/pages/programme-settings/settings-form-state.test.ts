import type { SettingsForm_ProgrammeFragment } from '../../gql/graphql';
import { initialState, toInput } from './settings-form-state';

const programme: SettingsForm_ProgrammeFragment = {
  id: 'p1',
  name: 'Quads 2024-25',
  kind: 'QUADS',
  version: 1,
  phases: [{ number: 1, from: '2024-09', to: '2025-06' }],
  rules: {
    teamSizeMin: 4,
    teamSizeMax: 8,
    hmiRequired: false,
    visitLengthDays: 3,
    selfEvaluationMode: 'RUBRIC',
    gradingRequired: false,
    publicReportRequired: true,
    reciprocity: 'EXPECTED',
  },
};

describe('the programme settings form', () => {
  it('sends a new programme’s blank rules as the kind’s defaults, and none of the yes-or-no rules', () => {
    const form = { ...initialState(undefined), name: ' Quads 2027 ', phases: [{ from: '2027-09', to: '2028-06' }] };
    const { problems, input } = toInput(form, false);
    expect(problems).toEqual([]);
    expect(input).toEqual({
      name: 'Quads 2027',
      kind: 'QUADS',
      phases: [{ number: 1, from: '2027-09', to: '2028-06' }],
      rules: {},
    });
  });

  it('sends every rule of an existing programme', () => {
    const { problems, input } = toInput(initialState(programme), true);
    expect(problems).toEqual([]);
    expect(input.rules).toEqual({ ...programme.rules });
  });

  it('lists every problem before sending: the name, each bad phase, each rule that is not a whole number', () => {
    const form = {
      ...initialState(undefined),
      phases: [
        { from: '2027-13', to: '2028-06' },
        { from: '2028-09', to: '2028-01' },
      ],
      teamSizeMin: 'four',
      visitLengthDays: '2.5',
    };
    const { problems } = toInput(form, false);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['name', 'Enter the programme’s name'],
      ['phase1', 'Enter phase 1’s first and last months as YYYY-MM'],
      ['phase2', 'Phase 2 must end on or after its first month'],
      ['teamSizeMin', 'Enter the smallest team size as a whole number'],
      ['visitLengthDays', 'Enter the visit length in working days as a whole number'],
    ]);
  });
});
