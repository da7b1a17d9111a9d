import { assertDatabaseAnswers } from '@/lib/db/database-answers'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

/** Readiness: Payload is initialised (migrations applied) and PostgreSQL answers. */
export const readinessRoute = route({
  name: '/api/ready',
  auth: 'public',
  handler: async () => {
    const started = Date.now()
    try {
      const payload = await getPayload()
      await assertDatabaseAnswers(payload)
    } catch (cause) {
      // Logged by the route wrapper, with the cause, under this request's id.
      throw new AppError('UNAVAILABLE', 'The database is not answering yet.', {
        headers: { 'retry-after': '5' },
        cause,
      })
    }
    return { status: 'ready', database: 'ok', latencyMs: Date.now() - started }
  },
})
