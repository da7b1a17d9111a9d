import type { TaskConfig } from 'payload'
import { z } from 'zod'

import { mailIfUnread } from '@/lib/messages/unread-mail'

import { MAIL_RETRIES } from './mail-retries'

const ZInput = z.object({ message: z.string().min(1) })

/**
 * Queued with every message for MESSAGE_UNREAD_MAIL_MINUTES later: tells the other side once if
 * they still have not read it (src/lib/messages/unread-mail.ts). Idempotent: a retry finds the
 * stretch already told.
 */
export const messageUnreadMailTask: TaskConfig<'messageUnreadMail'> = {
  slug: 'messageUnreadMail',
  retries: MAIL_RETRIES,
  inputSchema: [{ name: 'message', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    await mailIfUnread(req, ZInput.parse(input).message)
    return { output: {} }
  },
}
