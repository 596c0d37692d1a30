/** Only same-site paths may be a "next" target after signing in. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in')) return '/';
  return next;
}

export function signInPath(next: string, expired: boolean): string {
  const params = new URLSearchParams({ next });
  if (expired) params.set('expired', '1');
  return `/sign-in?${params.toString()}`;
}
