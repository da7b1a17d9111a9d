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

export type MessageRef = { key: string; params?: Record<string, string | number> } // key = full path into messages, e.g. 'Timeline.notify.updateTitle'

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
  // Placeholder so callers can be written now: the notifications module replaces this file.
  void input
  void req
}
