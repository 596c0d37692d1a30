import { render, screen } from '@testing-library/react';
import { Question } from './question';

describe('Question', () => {
  it('labels its control and describes it by the hint and the error', () => {
    render(
      <Question id="name" label="Name" hint="As on your payslip" error="Enter your name">
        {(describedBy) => <input id="name" aria-describedby={describedBy} />}
      </Question>,
    );
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAccessibleDescription(/^As on your payslip Error: ?Enter your name$/);
    expect(input.closest('.ds_question')).toHaveClass('ds_question--error');
  });

  it('groups several controls in a fieldset named by its legend, described by the hint and error', () => {
    render(
      <Question id="month" legend="Target month" hint="For example, 3 2025" error="Enter a month">
        <input id="month-month" aria-label="Month" />
      </Question>,
    );
    const group = screen.getByRole('group', { name: 'Target month' });
    expect(group).toHaveAccessibleDescription(/^For example, 3 2025 Error: ?Enter a month$/);
  });

  it('has no error styling or description without an error', () => {
    render(
      <Question id="name" label="Name">
        {(describedBy) => <input id="name" aria-describedby={describedBy} />}
      </Question>,
    );
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input.closest('.ds_question')).not.toHaveClass('ds_question--error');
  });
});
