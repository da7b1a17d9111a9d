import 'server-only'

import { Registry } from 'prom-client'

import { env } from '@/lib/env'
import { bearerToken } from '@/lib/http/bearer-auth'
import { route } from '@/lib/http/route'
import { metrics } from '@/lib/metrics/registry'

import { countQueuedJobs } from './jobs-queue-depth'

const SERVER_REGISTRY = Symbol.for('donkervoort.portal.server-metrics')

/**
 * Prometheus scrape endpoint (text format), behind METRICS_TOKEN. The token is read through a
 * function so tests can build the route with and without one.
 */
export function createMetricsRoute(token: () => string | undefined) {
  return route({
    name: '/api/metrics',
    auth: bearerToken(token, 'metrics'),
    handler: async ({ log }) => {
      const m = metrics()
      try {
        m.jobsQueueDepth.set(await countQueuedJobs())
      } catch (err) {
        // The rest of the scrape is still worth having; the gauge keeps its last value.
        log.warn({ err }, 'could not count queued jobs')
      }
      // The production server's per-request metrics (scripts/lib/access-log.mjs) when present.
      const server = (globalThis as { [SERVER_REGISTRY]?: Registry })[SERVER_REGISTRY]
      const registry = server ? Registry.merge([m.registry, server]) : m.registry
      return new Response(await registry.metrics(), {
        headers: { 'content-type': registry.contentType },
      })
    },
  })
}

export const metricsRoute = createMetricsRoute(() => env.METRICS_TOKEN)
