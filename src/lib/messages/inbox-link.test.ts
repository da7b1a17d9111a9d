import { describe, expect, it } from 'vitest'

import { inboxConversationPath, openedConversation } from './inbox-link'

const paramsOf = (path: string) =>
  Object.fromEntries(new URL(path, 'https://portal.example').searchParams)

describe('inbox links', () => {
  it('opens the conversation a link names', () => {
    expect(openedConversation(paramsOf(inboxConversationPath('abc-123')))).toBe('abc-123')
  })

  it('still opens the conversation of mails sent with ?conversation=', () => {
    expect(openedConversation({ conversation: 'old-mail' })).toBe('old-mail')
    expect(openedConversation({ conversation: ['first', 'second'] })).toBe('first')
  })

  it('opens nothing without either parameter, or with an empty one', () => {
    expect(openedConversation({})).toBeUndefined()
    expect(openedConversation(undefined)).toBeUndefined()
    expect(openedConversation({ c: '' })).toBeUndefined()
  })
})
