import { notFound } from 'next/navigation'

import { pageTitle } from '@/lib/i18n/page-title'
import { measuredPage } from '@/lib/metrics/measured-page'

export const generateMetadata = pageTitle('notFound')

/** Unknown portal paths render the portal's own, translated 404. */
export default measuredPage('/[locale]/[...rest]', () => notFound())
