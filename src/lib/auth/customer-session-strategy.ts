import { parseCookies, type AuthStrategy } from 'payload'

import { CUSTOMER_SESSION_COOKIE } from './cookies'
import { findCustomerBySessionToken } from './customer-sessions'

/**
 * Lets Payload (REST, GraphQL, Local API via payload.auth) recognise a portal session cookie,
 * so the same access rules apply to customers on every path.
 */
export const customerSessionStrategy: AuthStrategy = {
  name: 'customer-session',
  authenticate: async ({ headers, payload }) => {
    const token = parseCookies(headers).get(CUSTOMER_SESSION_COOKIE)
    if (!token) return { user: null }
    const customer = await findCustomerBySessionToken(payload, token)
    if (!customer) return { user: null }
    return { user: { ...customer, collection: 'customers', _strategy: 'customer-session' } }
  },
}
