import { getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isStaff } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import { modelLabel } from '@/lib/orders/models'
import { getPayload } from '@/payload/get-payload'

import { UpdateList } from './components/update-list'
import { getUpdatePreview } from './preview-queries'

/**
 * Staff preview of a production update exactly as the customer's timeline shows it, drafts and
 * scheduled versions included. Staff only (signed in to /admin, second factor passed); anyone
 * else, and an update the staff member may not read, is a 404.
 */
export async function UpdatePreviewPage({ locale, id }: { locale: TLocale; id: string }) {
  const payload = await getPayload()
  const { user } = await payload.auth({ headers: await headers() })
  if (!isStaff(user)) notFound()
  const preview = await getUpdatePreview(user, id, locale)
  if (!preview) notFound()
  const t = await getTranslations('Timeline')
  return (
    <main className="min-h-dvh">
      <div className="border-b border-amber/40 bg-amber/10 px-5 sm:px-8 py-3 text-sm text-amber-bright">
        {t('preview.banner', { status: preview.status, order: preview.orderNumber })}
      </div>
      <div className="mx-auto max-w-3xl px-5 sm:px-8 py-12 flex flex-col gap-8">
        <p className="eyebrow">{modelLabel(preview.model)}</p>
        <UpdateList updates={[preview.update]} locale={locale} />
      </div>
    </main>
  )
}
