import 'server-only'

import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/**
 * The process's metrics. What is measured, and what is not:
 * - our own route handlers (everything built with src/lib/http/route.ts): count and latency;
 * - portal page renders: count and time spent in the page's server component (data loading),
 *   not streaming, layouts or the proxy;
 * - every request of any kind (pages, Payload REST/GraphQL, admin, static files) by area, counted
 *   by the production server itself (scripts/lib/access-log.mjs) in its own registry, which
 *   /api/metrics merges in.
 */
export type TMetrics = {
  registry: Registry
  httpRequests: Counter<'route' | 'method' | 'status'>
  httpDuration: Histogram<'route' | 'method'>
  pageRenders: Counter<'route' | 'outcome'>
  pageDuration: Histogram<'route'>
  jobsQueueDepth: Gauge
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

function createMetrics(): TMetrics {
  const registry = new Registry()
  registry.setDefaultLabels({ service: 'portal' })
  // Memory, CPU, heap, event-loop lag, file handles, process start time.
  collectDefaultMetrics({ register: registry })
  new Gauge({
    name: 'process_uptime_seconds',
    help: 'Seconds since this server process started.',
    registers: [registry],
    collect() {
      this.set(process.uptime())
    },
  })
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'Requests answered by our own route handlers (not Payload REST/GraphQL).',
      labelNames: ['route', 'method', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time our own route handlers took to answer.',
      labelNames: ['route', 'method'],
      buckets: SECONDS,
      registers: [registry],
    }),
    pageRenders: new Counter({
      name: 'portal_page_renders_total',
      help: 'Portal page renders by outcome (ok, redirect, not_found, error).',
      labelNames: ['route', 'outcome'],
      registers: [registry],
    }),
    pageDuration: new Histogram({
      name: 'portal_page_render_seconds',
      help: "Time spent in a portal page's own server component (data loading and render).",
      labelNames: ['route'],
      buckets: SECONDS,
      registers: [registry],
    }),
    jobsQueueDepth: new Gauge({
      name: 'jobs_queue_depth',
      help: 'Payload jobs neither completed nor failed for good (waiting or running).',
      registers: [registry],
    }),
  }
}

// Route bundles may each load this module; the process must still count in one place.
const KEY = Symbol.for('donkervoort.portal.metrics')

export function metrics(): TMetrics {
  const holder = globalThis as { [KEY]?: TMetrics }
  holder[KEY] ??= createMetrics()
  return holder[KEY]
}
