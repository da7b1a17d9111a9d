import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { recordAudit } from '@/lib/audit/record-audit'
import type { TRequestContext } from '@/lib/audit/request-context'

import type { NotificationType } from './types'
import { openUnsubscribeToken } from './unsubscribe-token'

export type TUnsubscribeResult =
  { state: 'invalid' } | { state: 'done' | 'already'; types: NotificationType[]; locale: string }

/**
 * What an unsubscribe link may do, without a sign-in: switch off email for the notification
 * types its mail carried, for the customer it was sent to, and nothing else. The first use
 * changes the preference and is audited; any later use finds nothing to change.
 */
export async function applyUnsubscribe(args: {
  payload: Payload
  token: string | null | undefined
  meta?: Partial<TRequestContext>
  /** Only look (the confirmation page before the click): never write. */
  dryRun?: boolean
}): Promise<TUnsubscribeResult> {
  const opened = openUnsubscribeToken(args.token)
  if (!opened) return { state: 'invalid' }
  const { payload } = args
  const req = await createLocalReq({}, payload)
  const shouldCommit = await initTransaction(req)
  try {
    const customer = await payload.findByID({
      collection: 'customers',
      id: opened.customerId,
      depth: 0,
      disableErrors: true,
      overrideAccess: true, // system: the sealed link is the authority, for this one preference
      req,
    })
    if (!customer) {
      await killTransaction(req)
      return { state: 'invalid' }
    }
    const off = new Set((customer.emailOff ?? []) as NotificationType[])
    const added = opened.types.filter((t) => !off.has(t))
    const result = {
      types: opened.types,
      locale: customer.preferredLocale ?? 'en',
    }
    if (added.length === 0 || args.dryRun) {
      await killTransaction(req)
      return { state: added.length === 0 ? 'already' : 'done', ...result }
    }
    await payload.update({
      collection: 'customers',
      id: customer.id,
      data: { emailOff: [...off, ...added] },
      overrideAccess: true, // system: as above; only emailOff changes
      depth: 0,
      req,
    })
    await recordAudit({
      payload,
      req,
      entry: {
        actorType: 'customer',
        actorId: String(customer.id),
        actorLabel: customer.email,
        action: 'account.notifications.unsubscribed',
        targetType: 'customer',
        targetId: String(customer.id),
        outcome: 'success',
        ip: args.meta?.ip ?? null,
        userAgent: args.meta?.userAgent ?? null,
        requestId: args.meta?.requestId ?? null,
        details: { types: added },
      },
    })
    if (shouldCommit) await commitTransaction(req)
    return { state: 'done', ...result }
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}
