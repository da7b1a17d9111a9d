import 'server-only'

import { getPayload } from '@/payload/get-payload'

/** Jobs still to do: neither completed nor given up on (waiting, scheduled or running). */
export async function countQueuedJobs(): Promise<number> {
  const payload = await getPayload()
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    overrideAccess: true, // system: a number for monitoring; no job leaves the server
  })
  return totalDocs
}
