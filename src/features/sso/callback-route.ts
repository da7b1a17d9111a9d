import 'server-only'

import { parseCookies, type Payload } from 'payload'

import { setPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in'
import { secondFactorsOf } from '@/lib/auth/second-factor/factors-of'
import { startCustomerSession } from '@/lib/auth/customer-session'
import { recordAudit } from '@/lib/audit/record-audit'
import { AppError } from '@/lib/errors'
import { env } from '@/lib/env'
import { clientIpFromHeaders } from '@/lib/http/client-ip'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'
import { consumeRateLimits } from '@/lib/rate-limit/limits'
import { openSsoFlow, SSO_FLOW_COOKIE } from '@/lib/auth/sso/flow-cookie'
import { oidcConfiguration, ssoRedirectUri } from '@/lib/auth/sso/oidc-configuration'
import { amrShowsMfa, findSsoProvider, mapStaffRole } from '@/lib/auth/sso/providers'
import { resolveSsoAccount } from '@/lib/auth/sso/resolve-account'
import { safeSsoNext } from '@/lib/auth/sso/safe-next'
import { startStaffSession } from '@/lib/auth/sso/staff-session'
import { verifyCallback } from '@/lib/auth/sso/verify-callback'

import { problemPath, redirectTo, ZSsoParams, type TSsoProblem } from './responses'

/**
 * GET /api/auth/oidc/<provider>/callback: the provider sends the browser back with a code. Every
 * refusal ends on a calm page (no detail, no token content) and in the audit log; the flow cookie
 * is cleared whatever happens, so an attempt is used at most once.
 */
export const ssoCallbackRoute = route({
  name: '/api/auth/oidc/[provider]/callback',
  auth: 'public',
  params: ZSsoParams,
  handler: async ({ req, params, log }) => {
    const provider = findSsoProvider(params.provider)
    if (!provider) throw new AppError('NOT_FOUND', 'Not found.')
    const payload = await getPayload()
    const flow = openSsoFlow(parseCookies(req.headers).get(SSO_FLOW_COOKIE), provider.id)
    const locale = flow?.locale
    const limit = await consumeRateLimits(payload, [['sso:ip', clientIpFromHeaders(req.headers)]])
    if (!limit.allowed) return redirectTo(problemPath(locale, 'busy', provider.audience), null)

    const fail = async (
      problem: TSsoProblem,
      details: { reason: string; error?: string },
      account?: { id: string; label?: string | null },
    ) => {
      log.info({ provider: provider.id, ...details }, 'single sign-on refused')
      await recordAudit({
        payload,
        req,
        entry: {
          actorType: provider.audience === 'staff' ? 'staff' : 'customer',
          actorId: account?.id ?? null,
          actorLabel: account?.label ?? null,
          action: 'auth.sso.sign-in.failed',
          targetType: provider.audience,
          targetId: account?.id ?? null,
          outcome: 'failure',
          details: { provider: provider.id, ...details },
        },
      })
      return redirectTo(problemPath(locale, problem, provider.audience), null)
    }

    // The code is redeemed for our registered redirect URI, whatever host the request came in on.
    const callbackUrl = new URL(ssoRedirectUri(env.PUBLIC_URL, provider.id))
    callbackUrl.search = new URL(req.url).search
    let config
    try {
      config = await oidcConfiguration(provider)
    } catch (err) {
      log.warn({ err, provider: provider.id }, 'OpenID provider discovery failed')
      return fail('failed', { reason: 'discovery' })
    }
    const verified = await verifyCallback({ provider, config, flow, callbackUrl })
    if (!verified.ok) return fail('failed', { reason: verified.reason, error: verified.error })
    const { claims } = verified

    const resolved = await resolveSsoAccount({ payload, provider, claims, req })
    if (!resolved.ok) {
      return fail(
        resolved.reason === 'disabled' ? 'failed' : 'not-linked',
        { reason: resolved.reason },
        resolved.accountId ? { id: resolved.accountId } : undefined,
      )
    }
    const mfa = provider.trustIdpMfa || amrShowsMfa(claims.amr)
    const succeeded = (id: string, label: string, extra: Record<string, string | boolean> = {}) =>
      recordAudit({
        payload,
        req,
        entry: {
          actorType: provider.audience === 'staff' ? 'staff' : 'customer',
          actorId: id,
          actorLabel: label,
          action: 'auth.sso.sign-in.succeeded',
          targetType: provider.audience,
          targetId: id,
          outcome: 'success',
          details: { provider: provider.id, mfa, linked: resolved.value.linked, ...extra },
        },
      })

    if (resolved.value.kind === 'customers') {
      const customer = resolved.value.account
      const destination = safeSsoNext(flow?.next, 'customers', locale ?? customer.preferredLocale)
      // A provider sign-in without multi-factor must not skip the customer's own second factor:
      // it counts as the first factor only, and the portal's verify page asks for the second.
      if (!mfa && (await secondFactorsOf(payload, customer.id)).any) {
        await setPendingSignIn({ customerId: customer.id, via: 'password', next: destination })
        await succeeded(customer.id, customer.email, { secondFactor: 'pending' })
        return redirectTo(`/${destination.split('/')[1]}/login/verify`, null)
      }
      await startCustomerSession({
        customerId: customer.id,
        method: mfa ? 'sso+mfa' : 'sso',
        secondFactor: mfa,
      })
      await succeeded(customer.id, customer.email)
      return redirectTo(destination, null)
    }

    const staff = resolved.value.account
    const role = mapStaffRole(claims, provider)
    if (!role) return fail('no-access', { reason: 'no-role' }, { id: staff.id, label: staff.email })
    if (role !== staff.role) await changeRole(payload, staff.id, role)
    const { setCookie, sid } = await startStaffSession(payload, staff.id)
    if (mfa && sid) await recordFactorCheck(payload, staff.id, sid)
    await succeeded(staff.id, staff.email, { role })
    const res = redirectTo(safeSsoNext(flow?.next, 'staff', locale ?? 'en'), null)
    res.headers.append('set-cookie', setCookie)
    return res
  },
})

async function changeRole(payload: Payload, staffId: string, role: string) {
  await payload.update({
    collection: 'staff',
    id: staffId,
    data: { role: role as 'admin' },
    depth: 0,
    overrideAccess: true, // system: the provider's role claim is the source of truth for SSO staff
    context: { roleSource: 'sso' }, // the staff afterChange hook audits staff.role-changed with it
  })
}

/** The provider vouched for a multi-factor sign-in: this session needs no local factor. */
async function recordFactorCheck(payload: Payload, staffId: string, sid: string) {
  await payload.create({
    collection: 'staff-factor-checks',
    data: { staff: staffId, sid, verifiedAt: new Date().toISOString(), method: 'sso-mfa' },
    depth: 0,
    overrideAccess: true, // system: written only by sign-in code, never by a user
  })
}
