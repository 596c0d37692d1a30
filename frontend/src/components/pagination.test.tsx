import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Pagination, pageParam } from './pagination';

const at = (page: number, total: number) =>
  render(
    <MemoryRouter>
      <Pagination label="Pages of users" page={page} total={total} pageSize={50} href={(n) => `/admin/users?page=${n}`} />
    </MemoryRouter>,
  );

describe('Pagination', () => {
  it('shows nothing when everything fits on one page', () => {
    at(1, 50);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('links the previous and next pages either side of where the user is', () => {
    at(2, 120);
    const nav = screen.getByRole('navigation', { name: 'Pages of users' });
    expect(nav).toHaveTextContent('Page 2 of 3');
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/admin/users?page=1');
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/admin/users?page=3');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    at(1, 120);
    expect(screen.queryByRole('link', { name: 'Previous page' })).not.toBeInTheDocument();
    screen.getByRole('link', { name: 'Next page' });
  });

  it('leads back to the last page from a page past the end', () => {
    at(7, 120);
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/admin/users?page=3');
    expect(screen.queryByRole('link', { name: 'Next page' })).not.toBeInTheDocument();
  });
});

describe('pageParam', () => {
  it('reads the page number, and 1 for anything that is not one', () => {
    expect(pageParam(new URLSearchParams('page=3'))).toBe(3);
    expect(pageParam(new URLSearchParams(''))).toBe(1);
    expect(pageParam(new URLSearchParams('page=-2'))).toBe(1);
    expect(pageParam(new URLSearchParams('page=abc'))).toBe(1);
    expect(pageParam(new URLSearchParams('page=2.5'))).toBe(2);
  });
});
