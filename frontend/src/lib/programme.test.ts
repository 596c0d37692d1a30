import { describe, expect, it } from 'vitest';
import { formatMonth, groupTimeline, joinNames, monthsBetween, phaseOfMonth, sessionOf } from './programme';

const phases = [
  { number: 1, from: '2021-09', to: '2022-06' },
  { number: 2, from: '2022-08', to: '2023-11' },
];

describe('groupTimeline', () => {
  it('groups by phase then month, both in order, counting each phase', () => {
    const reviews = [
      { id: 'c', phase: 2, targetMonth: '2022-09' },
      { id: 'a', phase: 1, targetMonth: '2021-10' },
      { id: 'b', phase: 1, targetMonth: '2021-09' },
      { id: 'd', phase: 1, targetMonth: '2021-10' },
    ];
    const groups = groupTimeline(reviews, phases);
    expect(groups.map((g) => g.phase)).toEqual([1, 2]);
    expect(groups[0]?.from).toBe('2021-09');
    expect(groups[0]?.count).toBe(3);
    expect(groups[0]?.months.map((m) => m.month)).toEqual(['2021-09', '2021-10']);
    expect(groups[0]?.months[1]?.reviews.map((r) => r.id)).toEqual(['a', 'd']);
    expect(groups[1]?.months[0]?.reviews.map((r) => r.id)).toEqual(['c']);
  });

  it('leaves out empty phases and keeps a phase it does not know', () => {
    const groups = groupTimeline([{ id: 'x', phase: 3, targetMonth: '2024-01' }], phases);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.phase).toBe(3);
    expect(groups[0]?.from).toBeUndefined();
  });
});

describe('months', () => {
  it('formats, lists and places months', () => {
    expect(formatMonth('2021-09')).toBe('September 2021');
    expect(formatMonth('nonsense')).toBe('nonsense');
    expect(monthsBetween('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(monthsBetween('2022-02', '2021-11')).toEqual([]);
    expect(phaseOfMonth(phases, '2022-07')).toBeUndefined();
    expect(phaseOfMonth(phases, '2022-08')).toBe(2);
    expect(sessionOf('2024-09')).toBe('2024-25');
    expect(sessionOf('2025-06')).toBe('2024-25');
  });

  it('joins host names as the published table does', () => {
    expect(joinNames(['Fife'])).toBe('Fife');
    expect(joinNames(['Orkney Islands', 'Shetland Islands', 'Na h-Eileanan Siar'])).toBe(
      'Orkney Islands, Shetland Islands and Na h-Eileanan Siar',
    );
  });
});
