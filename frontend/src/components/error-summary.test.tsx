import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorSummary } from './error-summary';

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes focus and links each error to its field', async () => {
    render(
      <>
        <ErrorSummary items={[{ text: 'Enter your email address', targetId: 'email' }, { text: 'Try again later' }]} />
        <label htmlFor="email">Email</label>
        <input id="email" />
      </>,
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('There is a problem');
    expect(screen.getByText('Try again later').tagName).toBe('LI');
    await userEvent.click(screen.getByRole('link', { name: 'Enter your email address' }));
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('leaves focus in the field being typed in when the same errors are rebuilt', async () => {
    const items = () => [{ text: 'Enter the reason', targetId: 'reason' }];
    const { rerender } = render(
      <>
        <ErrorSummary items={items()} />
        <input id="reason" aria-label="Reason" />
      </>,
    );
    await userEvent.click(screen.getByLabelText('Reason'));
    rerender(
      <>
        <ErrorSummary items={items()} />
        <input id="reason" aria-label="Reason" />
      </>,
    );
    expect(screen.getByLabelText('Reason')).toHaveFocus();
  });
});
