import { route } from '@/lib/http/route'

/** Liveness: the process answers. Does not touch the database. */
export const livenessRoute = route({
  name: '/api/health',
  auth: 'public',
  handler: () => ({ status: 'ok' }),
})
