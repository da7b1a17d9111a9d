import type { PayloadRequest } from 'payload'

export type NotificationType =
  | 'production-update'
  | 'milestone-reached'
  | 'delivery-estimate-changed'
  | 'new-document'
  | 'signature-requested'
  | 'message'
  | 'new-content'
  | 'event-news'
  | 'reminder'

export type MessageRef = { key: string; params?: Record<string, string | number> } // key = full path into messages, e.g. 'Documents.notify.newTitle'

/**
 * PLACEHOLDER: replaced by the notifications module, which is built on its own branch. Callers
 * already pass `req`, so the real one joins their transaction.
 */
export async function notify(
  input: {
    customer: string | number
    type: NotificationType
    title: MessageRef
    body?: MessageRef
    link: string
    entity?: { collection: string; id: string | number }
    order?: string | number
    confidential?: boolean
  },
  req: PayloadRequest,
): Promise<void> {
  void input
  void req
}
