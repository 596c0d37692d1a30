import { render, screen } from '@testing-library/react';
import { StepIndicator, stepStatuses } from './step-indicator';

describe('stepStatuses', () => {
  it('marks earlier steps done, the state current and later steps to do', () => {
    const s = stepStatuses('TEAM_FORMED');
    expect(s.slice(0, 4)).toEqual(['done', 'done', 'current', 'todo']);
    expect(s.filter((x) => x === 'current')).toHaveLength(1);
  });

  it('keeps a postponed review at the step it was postponed from, with nothing current', () => {
    expect(stepStatuses('POSTPONED', 'FOCUS_AGREED').slice(0, 3)).toEqual(['done', 'done', 'todo']);
    expect(stepStatuses('POSTPONED', 'FOCUS_AGREED')).not.toContain('current');
  });

  it('marks every step done once closed', () => {
    expect(stepStatuses('CLOSED').filter((x) => x === 'done')).toHaveLength(9);
  });
});

describe('StepIndicator', () => {
  it('names the current step for assistive technology', () => {
    render(<StepIndicator state="FOCUS_AGREED" />);
    const current = screen.getByText('Focus agreed').closest('li');
    expect(current).toHaveAttribute('aria-current', 'step');
    expect(current).toHaveTextContent('(Current step)');
    expect(screen.getByText('Scheduled').closest('li')).toHaveTextContent('(Done)');
    expect(screen.getByText('Closed').closest('li')).toHaveTextContent('(Not started)');
    expect(screen.getByRole('navigation', { name: 'Lifecycle' })).toBeInTheDocument();
  });

  it('shows a postponed review with a tag', () => {
    render(<StepIndicator state="POSTPONED" resumeTo="SCHEDULED" />);
    expect(screen.getByText('Postponed')).toHaveClass('ds_tag');
    expect(document.querySelector('[aria-current]')).toBeNull();
  });
});
