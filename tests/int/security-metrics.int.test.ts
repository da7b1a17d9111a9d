import { beforeAll, describe, expect, it } from 'vitest'

import { livenessRoute } from '@/features/health/liveness-route'
import { createMetricsRoute } from '@/features/metrics/metrics-route'

import { testPayload } from './support/world'

const TOKEN = 'test-metrics-token-0123456789abcdef'
const withToken = createMetricsRoute(() => TOKEN)
const withoutToken = createMetricsRoute(() => undefined)

const scrape = (route: typeof withToken, authorization?: string) =>
  route(
    new Request('http://localhost:3000/api/metrics', {
      headers: authorization ? { authorization } : {},
    }),
  )

/** The value of the first sample of `name` carrying all `labels` (in any order), or NaN. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const has = Object.fromEntries(
      [...match[2].matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    )
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) return Number(match[3])
  }
  return NaN
}

beforeAll(async () => {
  await testPayload()
})

describe('/api/metrics', () => {
  it('does not exist while METRICS_TOKEN is unset, even with a token', async () => {
    const res = await scrape(withoutToken, `Bearer ${TOKEN}`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })

  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer not-the-right-token-at-all-000000'],
    ['the right token with another scheme', `Basic ${TOKEN}`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, 10)}`],
  ])('answers 401 with a Bearer challenge for %s', async (_name, authorization) => {
    const res = await scrape(withToken, authorization)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"')
    expect(await res.text()).not.toContain('http_requests_total')
  })

  it('serves the Prometheus text format: requests by route, latency, jobs queue, memory, uptime', async () => {
    const payload = await testPayload()
    // JOBS_AUTORUN is off in the integration run, so a queued job stays queued.
    await payload.jobs.queue({
      task: 'sendAccountEmail',
      input: { customerId: '00000000-0000-4000-8000-000000000000', purpose: 'invitation' },
    })
    expect((await livenessRoute(new Request('http://localhost:3000/api/health'))).status).toBe(200)

    const res = await scrape(withToken, `Bearer ${TOKEN}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await res.text()
    for (const type of [
      '# TYPE http_requests_total counter',
      '# TYPE http_request_duration_seconds histogram',
      '# TYPE portal_page_renders_total counter',
      '# TYPE jobs_queue_depth gauge',
      '# TYPE process_resident_memory_bytes gauge',
      '# TYPE process_uptime_seconds gauge',
    ])
      expect(text).toContain(type)
    const health = { route: '/api/health', method: 'GET' }
    expect(
      sample(text, 'http_requests_total', { ...health, status: '200' }),
    ).toBeGreaterThanOrEqual(1)
    expect(
      sample(text, 'http_request_duration_seconds_bucket', { ...health, le: '+Inf' }),
    ).toBeGreaterThanOrEqual(1)
    expect(sample(text, 'jobs_queue_depth', {})).toBeGreaterThanOrEqual(1)
    expect(sample(text, 'process_uptime_seconds', {})).toBeGreaterThan(0)
    expect(sample(text, 'process_resident_memory_bytes', {})).toBeGreaterThan(1_000_000)
  })
})
