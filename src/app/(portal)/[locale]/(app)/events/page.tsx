import { EventsPage } from '@/features/events/events-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { pageTitle } from '@/lib/i18n/page-title'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ view?: string | string[]; month?: string | string[] }>
}

export const generateMetadata = pageTitle('events')

export default measuredPage('/[locale]/events', async ({ params, searchParams }: TProps) => {
  const { view, month } = await searchParams
  return EventsPage({
    locale: pageLocale(await params),
    view: typeof view === 'string' ? view : undefined,
    month: typeof month === 'string' ? month : undefined,
  })
})
