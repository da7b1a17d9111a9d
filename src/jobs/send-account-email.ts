import type { TaskConfig } from 'payload'

import { sendAccountEmail } from '@/features/account/send-account-email'

/** Invitation and password-reset mails; retried with backoff when the mail server is away. */
export const sendAccountEmailTask: TaskConfig<'sendAccountEmail'> = {
  slug: 'sendAccountEmail',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5000 } },
  inputSchema: [
    { name: 'customerId', type: 'text', required: true },
    { name: 'purpose', type: 'select', required: true, options: ['invitation', 'password-reset'] },
  ],
  handler: async ({ input, req }) => {
    await sendAccountEmail({
      payload: req.payload,
      customerId: input.customerId,
      purpose: input.purpose,
      req,
    })
    return { output: {} }
  },
}
