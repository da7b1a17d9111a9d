import type { TaskConfig } from 'payload'

import { sendEventReminders } from '@/lib/events/send-reminders'

/** Reminder mails before events: every 15 minutes, each registration reminded once. */
export const sendEventRemindersTask: TaskConfig<'sendEventReminders'> = {
  slug: 'sendEventReminders',
  retries: 3,
  schedule: [{ cron: '0 */15 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const reminded = await sendEventReminders(req.payload)
    return { output: { reminded } }
  },
}
