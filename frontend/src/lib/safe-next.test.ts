import { safeNextPath, signInPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a same-site path', () => expect(safeNextPath('/admin/users?search=x')).toBe('/admin/users?search=x'));
  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/sign-in?next=/'])(
    'refuses %s',
    (value) => expect(safeNextPath(value)).toBe('/'),
  );
  it('builds the sign-in link', () =>
    expect(signInPath('/admin/outbox', true)).toBe('/sign-in?next=%2Fadmin%2Foutbox&expired=1'));
});
