import type { EmailAdapter, SendEmailOptions } from 'payload'

import { payloadMailInput } from '@/jobs/send-payload-mail'

import { env } from '../env'
import { parseFrom } from './send-mail'

type TAddress = NonNullable<SendEmailOptions['to']>

/** Nodemailer's address forms ("a@b", { name, address }, a list of either) as one header value. */
function addressList(value: TAddress | undefined): string {
  const one = (a: unknown): string =>
    typeof a === 'string'
      ? a
      : a && typeof a === 'object' && 'address' in a
        ? String((a as { address: string }).address)
        : ''
  return (Array.isArray(value) ? value : [value]).map(one).filter(Boolean).join(', ')
}

/**
 * Payload's own mails (staff password reset in /admin) are queued like ours and sent by the
 * `sendPayloadMail` job, so a mail server that is away delays them instead of losing them or
 * failing the request. Payload hands the adapter the message only, not the request, so the job
 * row commits on its own: if the operation fails after this, the mail carries a link that no
 * longer works, never the other way round.
 */
export const portalEmailAdapter: EmailAdapter = ({ payload }) => {
  const from = parseFrom(env.MAIL_FROM)
  return {
    name: 'portal-mail',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const input = payloadMailInput.parse({
        to: addressList(message.to),
        subject: String(message.subject ?? ''),
        html: String(message.html ?? ''),
        text: typeof message.text === 'string' ? message.text : '',
        from: addressList(message.from as TAddress | undefined) || undefined,
      })
      return payload.jobs.queue({ task: 'sendPayloadMail', input })
    },
  }
}
