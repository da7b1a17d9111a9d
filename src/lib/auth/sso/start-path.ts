/** The URL that starts a single sign-on with one provider. */
export function ssoStartPath(providerId: string, opts: { locale?: string; next?: string } = {}) {
  const query = new URLSearchParams()
  if (opts.locale) query.set('locale', opts.locale)
  if (opts.next) query.set('next', opts.next)
  const search = query.toString()
  return `/api/auth/oidc/${encodeURIComponent(providerId)}/start${search ? `?${search}` : ''}`
}
