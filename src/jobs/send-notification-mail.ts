import type { TaskConfig } from 'payload'
import { z } from 'zod'

import { sendNotificationMail } from '@/lib/notify/send-notification-mail'

import { MAIL_RETRIES } from './mail-retries'

const ZInput = z.object({
  recipient: z.enum(['customer', 'staff']),
  id: z.string().min(1),
  type: z.string().min(1),
})

/**
 * Mails what a customer or staff member was notified of, queued by notify() in the change's own
 * transaction and run after the batch window; retried with backoff, never sending twice.
 */
export const sendNotificationMailTask: TaskConfig<'sendNotificationMail'> = {
  slug: 'sendNotificationMail',
  retries: MAIL_RETRIES,
  inputSchema: [
    { name: 'recipient', type: 'select', required: true, options: ['customer', 'staff'] },
    { name: 'id', type: 'text', required: true },
    { name: 'type', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    await sendNotificationMail(req.payload, ZInput.parse(input))
    return { output: {} }
  },
}
