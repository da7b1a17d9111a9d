import { getTranslations } from 'next-intl/server'

import { ShieldCheck } from '@/components/ui/icons'
import { secondFactorsOf } from '@/lib/auth/second-factor/factors-of'
import { Link } from '@/lib/i18n/navigation'
import { getPayload } from '@/payload/get-payload'

/** On the dashboard, only while the customer has no second factor: a quiet invitation to add one. */
export async function SecondFactorCard({ customerId }: { customerId: string }) {
  const factors = await secondFactorsOf(await getPayload(), customerId)
  if (factors.any) return null
  const t = await getTranslations('Security')
  return (
    <section
      aria-labelledby="protect-account"
      className="border border-line p-6 sm:p-8 bg-graphite/40 flex flex-col gap-4"
      data-testid="second-factor-card"
    >
      <h2 id="protect-account" className="eyebrow flex items-center gap-3">
        <ShieldCheck size={14} aria-hidden="true" />
        {t('dashboardCardTitle')}
      </h2>
      <p className="text-sm text-mist leading-relaxed">{t('dashboardCardText')}</p>
      <Link
        href="/account/security"
        className="self-start text-sm text-amber underline-offset-4 hover:underline"
      >
        {t('dashboardCardLink')} →
      </Link>
    </section>
  )
}
