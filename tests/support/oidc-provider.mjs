// A real OpenID provider (oidc-provider) for the browser tests, standing in for a company's
// Keycloak / Auth0 / Azure AD B2C. Its sign-in page asks only for an email address; whoever signs
// in has that address, verified, with a multi-factor `amr`, and the groups ["comms", "visitors"]
// — or only ["visitors"] when the address starts with "outsider" (a person with no portal role).
import { createServer } from 'node:http'

import Provider from 'oidc-provider'

const port = Number(process.env.OIDC_TEST_PORT || 3900)
const redirectUri = process.env.OIDC_TEST_REDIRECT_URI
const clientId = process.env.OIDC_TEST_CLIENT_ID || 'portal-staff'
const clientSecret = process.env.OIDC_TEST_CLIENT_SECRET || 'e2e-staff-client-secret-0123456789'
if (!redirectUri) throw new Error('OIDC_TEST_REDIRECT_URI is required')

const issuer = `http://127.0.0.1:${port}`
const claimsOf = (email) => ({
  sub: `e2e|${email}`,
  email,
  email_verified: true,
  groups: email.startsWith('outsider') ? ['visitors'] : ['comms', 'visitors'],
})

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => claimsOf(id.slice('e2e|'.length)) }),
  claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['groups'] },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  pkce: { required: () => true },
  cookies: { keys: ['e2e-only-cookie-signing-key-0123456789'] },
})

const page = (uid) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Test identity provider</title></head><body>
<h1>Test identity provider</h1>
<form method="post" action="/interaction/${uid}">
<label>Email <input name="email" type="email" required autofocus></label>
<button type="submit">Continue</button>
</form></body></html>`

const readForm = (req) =>
  new Promise((resolve) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => resolve(new URLSearchParams(body)))
  })

const callback = provider.callback()
createServer(async (req, res) => {
  if (!req.url.startsWith('/interaction/')) return callback(req, res)
  try {
    const details = await provider.interactionDetails(req, res)
    if (req.method === 'GET') {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      return res.end(page(details.uid))
    }
    const email = String((await readForm(req)).get('email') || '')
      .trim()
      .toLowerCase()
    const accountId = `e2e|${email}`
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id })
    grant.addOIDCScope('openid email profile')
    const grantId = await grant.save()
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId, amr: ['pwd', 'mfa'] }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    )
  } catch (err) {
    res.statusCode = 400
    res.end(String(err?.message || err))
  }
}).listen(port, '127.0.0.1', () => {
  process.stdout.write(`test OpenID provider on ${issuer}\n`)
})
