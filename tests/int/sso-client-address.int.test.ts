import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ssoCallbackRoute as callbackHandler } from '@/features/sso/callback-route'
import { forgetOidcConfigurations, ssoRedirectUri } from '@/lib/auth/sso/oidc-configuration'
import { ssoStartRoute as startHandler } from '@/features/sso/start-route'
import { env, type TOidcProviderConfig } from '@/lib/env'

import { createAccessLog } from '../../scripts/lib/access-log.mjs'
import { auditRows } from './support/audit'
import { startTestProvider } from './support/oidc'
import { callRoute } from './support/test-browser'
import { testPayload } from './support/world'
import { routedAs } from './support/route-params'

const ssoStartRoute = routedAs('/api/auth/oidc/[provider]/start', startHandler)
const ssoCallbackRoute = routedAs('/api/auth/oidc/[provider]/callback', callbackHandler)

/**
 * The SSO routes behind the production server's request wrapper (scripts/lib/access-log.mjs, as
 * `npm start` runs it, no trusted proxies): the client address is the TCP peer, whatever
 * X-Forwarded-For a client writes. A fresh X-Forwarded-For per request must neither dodge the
 * 'sso:ip' limit nor choose the address in the audit log.
 */
const PROVIDER = 'it-client-address'
let payload: Payload
let idp: Awaited<ReturnType<typeof startTestProvider>>
let server: http.Server
let base: string
const added: TOidcProviderConfig[] = []
const quiet = new Writable({ write: (_chunk, _enc, done) => done() })

const routes: Record<string, (req: Request) => Promise<Response>> = {
  start: ssoStartRoute,
  callback: ssoCallbackRoute,
}

/** What Next does between the Node server and an app route: a fetch Request, a Response back. */
async function toRoute(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', env.PUBLIC_URL)
  const kind = /\/(start|callback)$/.exec(url.pathname)?.[1] ?? ''
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  const answer = routes[kind]
    ? await callRoute(routes[kind], new Request(url, { headers }))
    : new Response(null, { status: 404 })
  res.statusCode = answer.status
  for (const [name, value] of answer.headers) if (name !== 'set-cookie') res.setHeader(name, value)
  res.setHeader('set-cookie', answer.headers.getSetCookie())
  res.end(Buffer.from(await answer.arrayBuffer()))
}

beforeAll(async () => {
  payload = await testPayload()
  idp = await startTestProvider({
    port: 3981,
    clients: [
      {
        clientId: 'portal-client-address',
        clientSecret: 'client-address-secret-0123456789',
        redirectUri: ssoRedirectUri(env.PUBLIC_URL, PROVIDER),
      },
    ],
  })
  added.push({
    id: PROVIDER,
    name: 'Test provider',
    issuer: idp.issuer,
    clientId: 'portal-client-address',
    clientSecret: 'client-address-secret-0123456789',
    audience: 'customers',
    roleMap: {},
    rolesClaim: 'groups',
    trustIdpMfa: false,
  })
  env.OIDC_PROVIDERS.push(...added)
  forgetOidcConfigurations()
  const withAccessLog = createAccessLog({ level: 'silent', destination: quiet })
  server = http.createServer(
    withAccessLog((req, res) => {
      toRoute(req, res).catch((err) => {
        res.statusCode = 500
        res.end(String(err))
      })
    }),
  )
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  env.OIDC_PROVIDERS.splice(
    0,
    env.OIDC_PROVIDERS.length,
    ...env.OIDC_PROVIDERS.filter((p) => !added.includes(p)),
  )
  await new Promise<void>((r) => server?.close(() => r()))
  await idp?.close()
})

let n = 0
/** A different made-up address on every request, as an attacker would send. */
const forged = () => `203.0.113.${++n % 250}, 10.9.${n % 250}.1`

describe('SSO behind the production server', () => {
  it('audits the connection address, not the one a client wrote', async () => {
    const since = new Date().toISOString()
    const res = await fetch(`${base}/api/auth/oidc/${PROVIDER}/callback?code=x&state=y`, {
      redirect: 'manual',
      headers: { 'x-forwarded-for': forged() },
    })
    expect(res.status).toBe(303)
    const rows = await auditRows(payload, {
      and: [
        { action: { equals: 'auth.sso.sign-in.failed' } },
        { createdAt: { greater_than_equal: since } },
      ],
    })
    const ours = rows.filter((r) => (r.details as { provider?: string })?.provider === PROVIDER)
    expect(ours.map((r) => r.ip)).toEqual(['127.0.0.1'])
  })

  it('limits a burst of starts that sends a fresh X-Forwarded-For each time (sso:ip)', async () => {
    const answers: string[] = []
    for (let i = 0; i < 31; i++) {
      const res = await fetch(`${base}/api/auth/oidc/${PROVIDER}/start?locale=en`, {
        redirect: 'manual',
        headers: { 'x-forwarded-for': forged() },
      })
      expect(res.status).toBe(303)
      answers.push(res.headers.get('location') ?? '')
    }
    expect(answers[0].startsWith(idp.issuer)).toBe(true)
    expect(answers.at(-1)).toBe(`${env.PUBLIC_URL}/en/sso-problem?reason=busy`)
  })
})
