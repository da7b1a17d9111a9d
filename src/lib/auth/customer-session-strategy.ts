import { parseCookies, type AuthStrategy } from 'payload'

import { env } from '../env'
import { noteRequestUser } from '../http/request-context'
import { isAllowedOrigin, trustedOrigins } from '../security/origins'
import { CUSTOMER_SESSION_COOKIE } from './cookies'
import { findCustomerBySessionToken } from './customer-sessions'

const TRUSTED_ORIGINS = trustedOrigins(env.PUBLIC_URL, env.ALLOWED_ORIGINS)

/**
 * Lets Payload (REST, GraphQL, Local API via payload.auth) recognise a portal session cookie,
 * so the same access rules apply to customers on every path.
 *
 * CSRF: a cookie rides along on requests another site makes, so a request naming a foreign
 * Origin gets no user — as Payload's own cookie extraction does (payload/dist/auth/extractJWT.js).
 * Unlike Payload we do not also refuse Origin-less requests whose Sec-Fetch-Site is cross-site:
 * those are top-level navigations (a link in a notification mail), which must keep the session,
 * and they cannot change state — every state-changing request from a browser carries an Origin.
 */
export const customerSessionStrategy: AuthStrategy = {
  name: 'customer-session',
  authenticate: async ({ headers, payload }) => {
    const token = parseCookies(headers).get(CUSTOMER_SESSION_COOKIE)
    if (!token) return { user: null }
    if (!isAllowedOrigin(headers.get('origin'), TRUSTED_ORIGINS)) return { user: null }
    const customer = await findCustomerBySessionToken(payload, token)
    if (!customer) return { user: null }
    noteRequestUser({ collection: 'customers', id: customer.id })
    return { user: { ...customer, collection: 'customers', _strategy: 'customer-session' } }
  },
}
