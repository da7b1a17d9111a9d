import 'server-only'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { TCustomerUser } from '@/access/user'
import type { TAuditAction } from '@/lib/audit/actions'
import { recordAudit } from '@/lib/audit/record-audit'
import type { TRequestContext } from '@/lib/audit/request-context'
import type { TLocale } from '@/lib/i18n/locales'
import type { NotificationType, TDigestMode } from '@/lib/notify/types'
import { getPayload } from '@/payload/get-payload'

export type TPreferenceChanges = Partial<{
  preferredLocale: TLocale
  notificationDigest: TDigestMode
  timeZone: string
  emailOff: NotificationType[]
  marketingConsent: boolean
}>

/**
 * Saves a customer's own preferences in one transaction with their audit entries. The ordinary
 * ones are written as the customer (field access applies); marketing consent only here, as
 * system code, with the time it was given or withdrawn (GDPR art. 7: provable, and withdrawn as
 * easily as given).
 */
export async function savePreferences(args: {
  customer: TCustomerUser
  changes: TPreferenceChanges
  meta?: Partial<TRequestContext>
}) {
  const payload = await getPayload()
  const { customer } = args
  const { marketingConsent, ...own } = args.changes
  const req = await createLocalReq({ user: customer }, payload)
  const shouldCommit = await initTransaction(req)
  try {
    const before = await payload.findByID({
      collection: 'customers',
      id: customer.id,
      depth: 0,
      user: customer,
      overrideAccess: false,
      req,
    })
    const changed = Object.entries(own)
      .filter(
        ([k, v]) => JSON.stringify(before[k as keyof typeof before] ?? null) !== JSON.stringify(v),
      )
      .map(([k]) => k)
    if (changed.length) {
      await payload.update({
        collection: 'customers',
        id: customer.id,
        data: own,
        depth: 0,
        user: customer,
        overrideAccess: false,
        req,
      })
    }
    const consentChanged =
      marketingConsent !== undefined && marketingConsent !== Boolean(before.marketingConsent)
    if (consentChanged) {
      await payload.update({
        collection: 'customers',
        id: customer.id,
        data: { marketingConsent, marketingConsentAt: new Date().toISOString() },
        depth: 0,
        overrideAccess: true, // system: consent is written only here, stamped and audited
        req,
      })
    }
    const audit = (action: TAuditAction, details: Record<string, string | string[]>) =>
      recordAudit({
        payload,
        req,
        entry: {
          actorType: 'customer',
          actorId: String(customer.id),
          actorLabel: customer.email,
          action,
          targetType: 'customer',
          targetId: String(customer.id),
          outcome: 'success',
          ip: args.meta?.ip ?? null,
          userAgent: args.meta?.userAgent ?? null,
          requestId: args.meta?.requestId ?? null,
          details,
        },
      })
    if (changed.length) await audit('account.preferences.updated', { changed })
    if (consentChanged) {
      await audit(
        marketingConsent
          ? 'account.marketing-consent.given'
          : 'account.marketing-consent.withdrawn',
        { channel: 'portal' },
      )
    }
    if (shouldCommit) await commitTransaction(req)
    return { changed, consentChanged }
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}
