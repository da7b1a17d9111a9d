import type { TaskConfig } from 'payload'
import { z } from 'zod'

import { sendMail } from '@/lib/mail/send-mail'

import { MAIL_RETRIES } from './mail-retries'

/** A mail Payload itself sends (a staff password reset), as the email adapter queued it. */
export const payloadMailInput = z.object({
  to: z.string().min(1),
  subject: z.string(),
  html: z.string(),
  text: z.string().default(''),
  from: z.string().min(1).optional(),
})
export type TPayloadMailInput = z.input<typeof payloadMailInput>

/**
 * Sends one of Payload's own mails through the portal's one mail path; throws when the mail
 * server is away, so the queue tries again with backoff. The input holds the mail as written
 * (a reset link included): Payload deletes the job once it has completed.
 */
export const sendPayloadMailTask: TaskConfig<'sendPayloadMail'> = {
  slug: 'sendPayloadMail',
  retries: MAIL_RETRIES,
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'from', type: 'text' },
  ],
  handler: async ({ input }) => {
    const { from, ...mail } = payloadMailInput.parse(input)
    await sendMail(from ? { ...mail, from } : mail)
    return { output: {} }
  },
}
