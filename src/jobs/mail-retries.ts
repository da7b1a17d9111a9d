import type { TaskConfig } from 'payload'

/** A mail server that is away for a few minutes loses nothing: five tries, 5 s doubling. */
export const MAIL_RETRIES = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5000 },
} satisfies TaskConfig['retries']
