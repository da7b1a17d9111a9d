/**
 * Where to go after a single sign-on: only a path on this site, never another origin (no open
 * redirect). Customers go to a portal path of a known locale, staff only into /admin.
 */
export function safeSsoNext(
  next: string | null | undefined,
  audience: 'customers' | 'staff',
  locale: string,
): string {
  const fallback = audience === 'staff' ? '/admin' : `/${locale}`
  if (!next || next.length > 300) return fallback
  // Backslashes and control characters are read as "/" or dropped by some browsers: refuse them.
  if (next.includes('//') || next.includes('\\') || /[\u0000-\u001f\u007f]/.test(next))
    return fallback
  const pattern =
    audience === 'staff' ? /^\/admin(\/[\w\-/]*)?(\?[\w\-=&%.]*)?$/ : /^\/(nl|en|de)(\/[\w\-/]*)?$/
  return pattern.test(next) ? next : fallback
}
