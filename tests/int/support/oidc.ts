import { createHash, createSign, generateKeyPairSync, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import Provider from 'oidc-provider'

/** The person the provider signs in next, with the claims it reports about them. */
export type TTestAccount = {
  sub: string
  email?: string
  email_verified?: boolean
  groups?: string[] | string
  amr?: string[]
}

async function listen(server: Server, port: number): Promise<number> {
  for (let p = port; p < port + 40; p++) {
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false))
      server.listen(p, '127.0.0.1', () => resolve(true))
    })
    if (ok) return (server.address() as AddressInfo).port
  }
  throw new Error('no free port for the test OpenID provider')
}

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1, with our redirect URIs registered for two
 * clients. Interactions are answered at once for `next.account`, so no browser is needed:
 * login and consent are granted through the provider's own interaction API.
 */
export async function startTestProvider(opts: {
  port: number
  clients: Array<{ clientId: string; clientSecret: string; redirectUri: string }>
}) {
  const accounts = new Map<string, TTestAccount>()
  const state: { next: TTestAccount | null } = { next: null }
  const server = createServer()
  const port = await listen(server, opts.port)
  const issuer = `http://127.0.0.1:${port}`
  const provider = new Provider(issuer, {
    clients: opts.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [c.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    findAccount: (_ctx: unknown, id: string) => {
      const account = accounts.get(id)
      if (!account) return undefined
      return {
        accountId: id,
        claims: () => {
          const { amr: _amr, ...claims } = account
          return claims
        },
      }
    },
    claims: {
      // amr rides with the openid scope, so the ID token says how the person signed in.
      openid: ['sub', 'amr'],
      email: ['email', 'email_verified'],
      profile: ['groups'],
    },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    pkce: { required: () => true },
    cookies: { keys: ['a-test-only-cookie-signing-key-0123456789'] },
    clientBasedCORS: () => false,
  })
  const callback = provider.callback()
  server.on('request', async (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res)
    try {
      const account = state.next
      if (!account) throw new Error('the test named nobody to sign in')
      accounts.set(account.sub, account)
      const details = await provider.interactionDetails(req, res)
      const grant = new provider.Grant({
        accountId: account.sub,
        clientId: details.params.client_id,
      })
      grant.addOIDCScope('openid email profile')
      const grantId = await grant.save()
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub, amr: account.amr }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      )
    } catch (err) {
      res.statusCode = 500
      res.end(String(err))
    }
  })
  return {
    issuer,
    port,
    /** Who signs in at the provider next. */
    signInAs(account: TTestAccount) {
      state.next = account
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Follows redirects through the provider by hand, keeping the provider's cookies, until our callback. */
export async function followToCallback(authorizationUrl: string, callbackPrefix: string) {
  const jar = new Map<string, string>()
  let url = authorizationUrl
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(callbackPrefix)) return url
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    })
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const i = pair.indexOf('=')
      jar.set(pair.slice(0, i), pair.slice(i + 1))
    }
    const location = res.headers.get('location')
    if (!location)
      throw new Error(`provider answered ${res.status} without a redirect: ${await res.text()}`)
    url = new URL(location, url).href
  }
  throw new Error('too many redirects at the provider')
}

/**
 * A hand-made "provider" for ID tokens no real provider issues: discovery, keys and a token
 * endpoint that answers whatever ID token the test builds (unsigned, for another audience, from
 * another issuer, expired, or signed with a key it does not publish).
 */
export async function startForgingProvider(port: number) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }
  const server = createServer()
  const boundPort = await listen(server, port)
  const issuer = `http://127.0.0.1:${boundPort}`
  let makeIdToken: (() => string) | null = null
  server.on('request', (req, res) => {
    const json = (body: unknown) => {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(body))
    }
    if (req.url === '/.well-known/openid-configuration') {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256', 'none'],
        code_challenge_methods_supported: ['S256'],
      })
    }
    if (req.url === '/jwks') return json({ keys: [jwk] })
    if (req.url === '/token' && req.method === 'POST') {
      req.resume()
      return req.on('end', () =>
        json({
          access_token: randomUUID(),
          token_type: 'Bearer',
          expires_in: 60,
          id_token: makeIdToken?.(),
        }),
      )
    }
    res.statusCode = 404
    res.end()
  })
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
  return {
    issuer,
    /** The next token endpoint answer: claims and how (or whether) they are signed. */
    willIssue(claims: Record<string, unknown>, how: 'signed' | 'none' | 'foreign-key' = 'signed') {
      makeIdToken = () => {
        if (how === 'none') return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`
        const input = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64(claims)}`
        const signer = createSign('RSA-SHA256').update(input)
        return `${input}.${signer.sign(how === 'signed' ? privateKey : stranger).toString('base64url')}`
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url')
