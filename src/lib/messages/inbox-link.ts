type TSearchParams = Record<string, string | string[] | undefined> | undefined

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/**
 * The staff inbox with one conversation open: `?c=<id>`, the one name for it (the inbox's own
 * list and the unread-message mail both link this way).
 */
export const inboxConversationPath = (conversationId: string) =>
  `/admin/inbox?c=${encodeURIComponent(conversationId)}`

/**
 * The conversation /admin/inbox is asked to open, if any. Staff mails sent before `?c=` was the
 * one name linked with `?conversation=<id>`; those links still open their conversation.
 */
export function openedConversation(searchParams: TSearchParams): string | undefined {
  return first(searchParams?.c) || first(searchParams?.conversation) || undefined
}
