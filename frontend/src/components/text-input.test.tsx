import { render, screen } from '@testing-library/react';
import { TextInput } from './text-input';

describe('TextInput', () => {
  it('describes the input by its hint and error', () => {
    render(<TextInput id="email" label="Email address" hint="The one you sign in with" error="Enter your email address" />);
    const input = screen.getByLabelText('Email address');
    expect(input).toHaveAccessibleDescription(/^The one you sign in with Error:\s*Enter your email address$/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveClass('ds_input--error');
  });

  it('is plain without an error', () => {
    render(<TextInput id="name" label="Name" />);
    const input = screen.getByLabelText('Name');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });
});
