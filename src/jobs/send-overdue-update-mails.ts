import type { TaskConfig } from 'payload'

import { sendOverdueUpdateMails } from '@/lib/timeline/overdue-mail'

import { MAIL_RETRIES } from './mail-retries'

/**
 * The account managers' daily list of customers waiting too long for a production update: at
 * 07:00 server time. Run twice the same day (another instance, a retry), it sends nothing new.
 */
export const sendOverdueUpdateMailsTask: TaskConfig<'sendOverdueUpdateMails'> = {
  slug: 'sendOverdueUpdateMails',
  retries: MAIL_RETRIES,
  schedule: [{ cron: '0 0 7 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await sendOverdueUpdateMails(req.payload)
    return { output: {} }
  },
}
