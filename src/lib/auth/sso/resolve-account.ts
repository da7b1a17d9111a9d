import 'server-only'

import type { Payload } from 'payload'

import { recordAudit } from '@/lib/audit/record-audit'
import type { TOidcProviderConfig } from '@/lib/env'
import type { Customer, Staff } from '@/payload-types'

export type TSsoClaims = Record<string, unknown> & { iss: string; sub: string }

type TFound = { kind: 'customers'; account: Customer } | { kind: 'staff'; account: Staff }
export type TSsoAccount = TFound & { linked: boolean }

export type TResolveFailure =
  /** No (issuer, subject) link and no account that may be linked by a verified email. */
  | 'not-linked'
  | 'email-not-verified'
  /** An invited customer has not chosen a password through the invitation yet. */
  | 'invited'
  | 'disabled'
  /** The account is already linked to another subject of this issuer. */
  | 'already-linked'

/**
 * Which of our accounts an ID token stands for. A known (issuer, subject) pair decides alone:
 * the email in the token is then ignored, so a changed address at the provider neither moves the
 * link nor lets the token reach another account. Only an unknown pair is linked, once, by an
 * email the provider says it verified, to an existing account of the provider's audience —
 * SSO never creates accounts. Invited customers are not linked: the invitation mail is how we
 * learn that the person holds the mailbox we wrote to, and a customer-facing provider may have
 * verified the address far more loosely; they accept the invitation first, then SSO links.
 */
export async function resolveSsoAccount(args: {
  payload: Payload
  provider: TOidcProviderConfig
  claims: TSsoClaims
  req?: { headers?: Headers }
}): Promise<
  { ok: true; value: TSsoAccount } | { ok: false; reason: TResolveFailure; accountId?: string }
> {
  const { payload, provider, claims } = args
  const kind = provider.audience
  const now = new Date().toISOString()
  const { docs } = await payload.find({
    collection: 'identities',
    where: { and: [{ issuer: { equals: claims.iss } }, { subject: { equals: claims.sub } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true, // system: the visitor is not signed in yet; this is how they sign in
  })
  const identity = docs[0]
  if (identity) {
    const accountId = kind === 'staff' ? identity.staff : identity.customer
    if (!accountId || typeof accountId !== 'string') return { ok: false, reason: 'not-linked' }
    const account = await findAccount(payload, kind, { id: { equals: accountId } })
    if (!account) return { ok: false, reason: 'not-linked' }
    if (account.kind === 'customers' && account.account.status !== 'active')
      return { ok: false, reason: 'disabled', accountId }
    await payload.update({
      collection: 'identities',
      id: identity.id,
      data: { lastUsedAt: now },
      depth: 0,
      overrideAccess: true, // system: bookkeeping of the link that was just used
    })
    return { ok: true, value: { ...account, linked: false } as TSsoAccount }
  }

  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : ''
  if (!email) return { ok: false, reason: 'not-linked' }
  if (claims.email_verified !== true) return { ok: false, reason: 'email-not-verified' }
  const account = await findAccount(payload, kind, { email: { equals: email } })
  if (!account) return { ok: false, reason: 'not-linked' }
  const accountId = String(account.account.id)
  if (account.kind === 'customers' && account.account.status !== 'active')
    return {
      ok: false,
      reason: account.account.status === 'invited' ? 'invited' : 'disabled',
      accountId,
    }
  const existing = await payload.count({
    collection: 'identities',
    where: {
      and: [
        { issuer: { equals: claims.iss } },
        { [kind === 'staff' ? 'staff' : 'customer']: { equals: accountId } },
      ],
    },
    overrideAccess: true, // system: is this account already linked at this issuer?
  })
  if (existing.totalDocs > 0) return { ok: false, reason: 'already-linked', accountId }

  const link = await payload.create({
    collection: 'identities',
    data: {
      providerId: provider.id,
      issuer: claims.iss,
      subject: claims.sub,
      ...(kind === 'staff' ? { staff: accountId } : { customer: accountId }),
      emailAtLink: email,
      lastUsedAt: now,
    },
    depth: 0,
    overrideAccess: true, // system: nobody may write links; only a verified sign-in creates one
  })
  await recordAudit({
    payload,
    req: args.req,
    entry: {
      actorType: kind === 'staff' ? 'staff' : 'customer',
      actorId: accountId,
      actorLabel: email,
      action: 'auth.sso.linked',
      targetType: 'identities',
      targetId: String(link.id),
      outcome: 'success',
      details: { provider: provider.id, issuer: claims.iss },
    },
  })
  return { ok: true, value: { ...account, linked: true } as TSsoAccount }
}

async function findAccount(
  payload: Payload,
  kind: 'customers' | 'staff',
  where: Record<string, { equals: string }>,
): Promise<TFound | null> {
  if (kind === 'staff') {
    const { docs } = await payload.find({
      collection: 'staff',
      where,
      limit: 1,
      depth: 0,
      overrideAccess: true, // system: signing a staff member in; nobody is signed in yet
    })
    return docs[0] ? { kind, account: docs[0] } : null
  }
  const { docs } = await payload.find({
    collection: 'customers',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true, // system: signing a customer in; nobody is signed in yet
  })
  return docs[0] ? { kind, account: docs[0] } : null
}
