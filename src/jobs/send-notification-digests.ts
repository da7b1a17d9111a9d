import type { TaskConfig } from 'payload'

import { sendDigests } from '@/lib/notify/send-digests'

import { MAIL_RETRIES } from './mail-retries'

/** Daily and weekly notification digests: scheduled every hour, each customer at their own hour. */
export const sendNotificationDigestsTask: TaskConfig<'sendNotificationDigests'> = {
  slug: 'sendNotificationDigests',
  retries: MAIL_RETRIES,
  schedule: [{ cron: '0 2 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await sendDigests(req.payload)
    return { output: {} }
  },
}
