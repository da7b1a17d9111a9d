import { ssoProviders } from '@/lib/auth/sso/providers'
import { ssoStartPath } from '@/lib/auth/sso/start-path'

/**
 * Below Payload's sign-in form: "Sign in with …" for each staff OpenID provider. Nothing when none
 * is configured. The back office speaks English, like the rest of Payload's admin.
 */
export function StaffSsoLinks() {
  const providers = ssoProviders('staff')
  if (!providers.length) return null
  return (
    <div className="dv-admin-sso" data-testid="staff-sso">
      <p className="dv-admin-sso__or">or</p>
      {providers.map((p) => (
        <a key={p.id} className="dv-admin-sso__link" href={ssoStartPath(p.id, { next: '/admin' })}>
          Sign in with {p.name}
        </a>
      ))}
    </div>
  )
}
