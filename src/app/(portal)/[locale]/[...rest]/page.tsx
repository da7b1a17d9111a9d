import { notFound } from 'next/navigation'

import { measuredPage } from '@/lib/metrics/measured-page'

/** Unknown portal paths render the portal's own, translated 404. */
export default measuredPage('/[locale]/[...rest]', () => notFound())
