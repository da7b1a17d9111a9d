import type { TaskConfig } from 'payload'

/** Signature requests: expire those past their date, remind signers before it. Hourly. */
export const esignRemindersTask: TaskConfig<'esignReminders'> = {
  slug: 'esignReminders',
  retries: 3,
  schedule: [{ cron: '0 17 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    // Loaded when it runs: signing code is server-only, and this config is also read by the CLI.
    const { expireAndRemind } = await import('@/features/esign/expire-and-remind')
    await expireAndRemind(req.payload)
    return { output: {} }
  },
}
