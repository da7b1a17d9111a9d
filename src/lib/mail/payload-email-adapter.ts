import type { EmailAdapter } from 'payload'

import { env } from '../env'
import { parseFrom, sendMail } from './send-mail'

/** Payload's own mails (staff password reset in /admin) go through the same transport as ours. */
export const portalEmailAdapter: EmailAdapter = () => {
  const from = parseFrom(env.MAIL_FROM)
  return {
    name: 'portal-mail',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) =>
      sendMail({
        to: String(message.to),
        subject: String(message.subject ?? ''),
        html: String(message.html ?? ''),
        text: String(message.text ?? ''),
      }),
  }
}
