import type { TaskConfig } from 'payload'

import { sendAccountEmail } from '@/lib/auth/account-links/send-account-email'
import { sendSecondFactorResetMail } from '@/lib/auth/second-factor/reset/send-reset-mail'

import { MAIL_RETRIES } from './mail-retries'

/**
 * Mails about a customer's account (invitation, password reset, second-factor reset notice);
 * retried with backoff when the mail server is away.
 */
export const sendAccountEmailTask: TaskConfig<'sendAccountEmail'> = {
  slug: 'sendAccountEmail',
  retries: MAIL_RETRIES,
  inputSchema: [
    { name: 'customerId', type: 'text', required: true },
    {
      name: 'purpose',
      type: 'select',
      required: true,
      options: ['invitation', 'password-reset', 'second-factor-reset'],
    },
  ],
  handler: async ({ input, req }) => {
    const { customerId, purpose } = input
    if (purpose === 'second-factor-reset') {
      await sendSecondFactorResetMail({ payload: req.payload, customerId, req })
    } else {
      await sendAccountEmail({ payload: req.payload, customerId, purpose, req })
    }
    return { output: {} }
  },
}
