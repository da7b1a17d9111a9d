import { getTranslations } from 'next-intl/server'

import { ssoProviders } from '@/lib/auth/sso/providers'
import { ssoStartPath } from '@/lib/auth/sso/start-path'

/** "Sign in with …" for every configured OpenID provider of the audience. */
export async function SsoButtons(props: {
  audience: 'customers' | 'staff'
  locale: string
  next?: string
}) {
  const providers = ssoProviders(props.audience)
  if (!providers.length) return null
  const t = await getTranslations({ locale: props.locale, namespace: 'Sso' })
  return (
    <div className="flex flex-col gap-4 pt-8" data-testid="sso-buttons">
      <p className="flex items-center gap-4 text-xs uppercase tracking-[0.2em] text-smoke">
        <span className="h-px flex-1 bg-line" aria-hidden="true" />
        {t('or')}
        <span className="h-px flex-1 bg-line" aria-hidden="true" />
      </p>
      {providers.map((p) => (
        // A plain link: the start route answers with a redirect to the provider.
        <a
          key={p.id}
          href={ssoStartPath(p.id, { locale: props.locale, next: props.next })}
          className="inline-flex items-center justify-center border border-line text-ivory hover:border-amber hover:text-amber focus-visible:outline focus-visible:outline-2 focus-visible:outline-amber px-6 py-3 text-xs tracking-[0.2em] uppercase transition-colors duration-200 text-center"
        >
          {t('signInWith', { provider: p.name })}
        </a>
      ))}
    </div>
  )
}
