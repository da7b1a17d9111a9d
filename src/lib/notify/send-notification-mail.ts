import type { Payload } from 'payload'

import { logger } from '@/lib/logger'

import { addressee, claim, moveState, sendClaimed, type TRecipient } from './deliver'

/**
 * The mail job's work for one recipient and type, after the batch window: whatever of that type
 * is still waiting becomes one mail, following the customer's preferences as they are now (email
 * off for the type: skipped; a digest chosen: kept for it). Safe to run any number of times.
 */
export async function sendNotificationMail(
  payload: Payload,
  args: { recipient: TRecipient; id: string; type: string },
) {
  const to = await addressee(payload, args.recipient, args.id)
  const scope = { recipient: args.recipient, id: args.id, types: [args.type] }
  if (!to) {
    logger.info({ ...scope }, 'notification mail skipped: recipient gone or disabled')
    await moveState(payload, { ...scope, from: 'pending', to: 'skipped' })
    return { sent: false as const }
  }
  if (to.prefs?.emailOff.includes(args.type)) {
    await moveState(payload, { ...scope, from: 'pending', to: 'skipped' })
    return { sent: false as const }
  }
  if (to.prefs && to.prefs.digest !== 'immediately') {
    await moveState(payload, { ...scope, from: 'pending', to: 'digest' })
    return { sent: false as const }
  }
  const claimed = await claim(payload, { ...args, state: 'pending' })
  return sendClaimed(payload, { ...args, to, claimed, releaseTo: 'pending' })
}
