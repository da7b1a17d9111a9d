import { MessagesPage } from '@/features/messages/messages-page'
import { pageLocale } from '@/lib/i18n/page-locale'
import { pageTitle } from '@/lib/i18n/page-title'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ article?: string | string[] }>
}

export const generateMetadata = pageTitle('messages')

export default measuredPage('/[locale]/messages', async ({ params, searchParams }: TProps) => {
  const [p, { article }] = await Promise.all([params, searchParams])
  return MessagesPage({
    locale: pageLocale(p),
    article: typeof article === 'string' ? article : undefined,
  })
})
