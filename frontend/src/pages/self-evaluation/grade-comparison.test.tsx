import { render, screen, within } from '@testing-library/react';
import { GradeComparison, gradeText } from './grade-comparison';

const SCALE = [
  { level: 6, label: 'excellent' },
  { level: 5, label: 'very good' },
  { level: 4, label: 'good' },
  { level: 3, label: 'satisfactory' },
  { level: 2, label: 'weak' },
  { level: 1, label: 'unsatisfactory' },
];

const AUTHORITIES = [
  { authorityId: 'a', name: 'Aberdeen City' },
  { authorityId: 's', name: 'Aberdeenshire' },
  { authorityId: 'e', name: 'City of Edinburgh' },
];

const INDICATORS = [
  {
    number: '1.1',
    title: 'Improvements in performance',
    grades: [
      { authorityId: 'a', grade: 5 },
      { authorityId: 's', grade: null },
      { authorityId: 'e', grade: 4 },
    ],
  },
  {
    number: '1.2',
    title: 'Fulfilment of statutory duties',
    grades: [
      { authorityId: 'a', grade: 2 },
      { authorityId: 's', grade: null },
      { authorityId: 'e', grade: 6 },
    ],
  },
];

function renderComparison() {
  return render(
    <GradeComparison caption="Grades by quality indicator, North" authorities={AUTHORITIES} indicators={INDICATORS} scale={SCALE} />,
  );
}

describe('GradeComparison', () => {
  it('tabulates each authority’s grade per indicator with the level’s meaning, and says where there is none', () => {
    renderComparison();
    const table = screen.getByRole('table', { name: 'Grades by quality indicator, North' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Quality indicator', 'Aberdeen City', 'Aberdeenshire', 'City of Edinburgh']);
    const row = within(table).getByRole('row', { name: /1\.1 Improvements in performance/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['5 (very good)', '–', '4 (good)']);
    expect(within(row).getByLabelText('No grade')).toBeInTheDocument();
    // The table scrolls in its own labelled region on a narrow screen.
    expect(screen.getByRole('region', { name: 'Grades by quality indicator, North' })).toContainElement(table);
  });

  it('draws the chart from the same grades, hidden from assistive technology which reads the table', () => {
    renderComparison();
    const chart = screen.getByTestId('grade-chart');
    expect(chart).toHaveAttribute('aria-hidden', 'true');
    const bars = [...chart.querySelectorAll('rect')];
    // One bar per grade given (the missing ones have none), in table order.
    expect(bars.map((b) => Number(b.getAttribute('data-grade')))).toEqual([5, 4, 2, 6]);
    const [aberdeen11, edinburgh11, , edinburgh12] = bars.map((b) => ({
      width: Number(b.getAttribute('width')),
      dash: b.getAttribute('stroke-dasharray'),
    }));
    expect(edinburgh12!.width).toBeGreaterThan(aberdeen11!.width);
    expect(aberdeen11!.width / edinburgh12!.width).toBeCloseTo(5 / 6);
    // Authorities told apart by outline pattern as well as colour.
    expect(aberdeen11!.dash).not.toEqual(edinburgh11!.dash);
    expect(screen.getByText(/The chart shows the grades in the table/)).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Aberdeen City',
      'Aberdeenshire',
      'City of Edinburgh',
    ]);
  });

  it('writes a grade with its label, and no grade as words', () => {
    expect(gradeText(3, SCALE)).toBe('3 (satisfactory)');
    expect(gradeText(null, SCALE)).toBe('No grade');
    expect(gradeText(undefined, [])).toBe('No grade');
  });
});
