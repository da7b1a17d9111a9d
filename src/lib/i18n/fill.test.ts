import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'

import { fill } from './fill'
import { LOCALES } from './locales'
import { MESSAGES } from './messages'
import { pluralForms } from './plural-forms'
import { pluralText } from './plural'

describe('fill', () => {
  it('puts each value in its slot, once, and leaves text and unknown slots alone', () => {
    expect(fill('{name} is typing… ({name})', { name: 'Anouk' })).toBe('Anouk is typing… (Anouk)')
    expect(fill('Read {time}', {})).toBe('Read {time}')
  })

  it('takes a value literally, even one that looks like a slot or a replacement pattern', () => {
    expect(fill('Remove {name}', { name: '$&{name}.pdf' })).toBe('Remove $&{name}.pdf')
  })

  // The texts the messages, help and passkeys parts fill in the browser, as next-intl says them.
  const CASES = [
    { namespace: 'Messages.page', key: 'typing', values: { name: 'Anouk' } },
    { namespace: 'Messages.page', key: 'read', values: { time: '14:02' } },
    { namespace: 'Messages.page', key: 'remove', values: { name: 'invoice.pdf' } },
    { namespace: 'Messages.page', key: 'badFile', values: { name: 'notes.docx' } },
    { namespace: 'Messages.page', key: 'uploadFailed', values: { name: 'photo.jpg' } },
    { namespace: 'Help', key: 'noResults', values: { query: 'lak' } },
    { namespace: 'Passkeys', key: 'renameLabel', values: { name: '“Büro” & 3 $1' } },
    { namespace: 'Passkeys', key: 'removeConfirm', values: { name: 'MacBook' } },
    { namespace: 'Passkeys', key: 'addedOn', values: { date: '4 Dec 2026' } },
    { namespace: 'Passkeys', key: 'lastUsed', values: { date: '4 Dec 2026' } },
  ] as const
  for (const locale of LOCALES)
    for (const { namespace, key, values } of CASES)
      it(`${locale} ${namespace}.${key} filled says what next-intl says`, () => {
        const t = createTranslator({ locale, messages: MESSAGES[locale], namespace })
        const slots = Object.fromEntries(Object.keys(values).map((k) => [k, `{${k}}`]))
        const translate = t as unknown as (key: string, values: Record<string, string>) => string
        expect(fill(translate(key, slots), values)).toBe(translate(key, values))
      })
})

// Numbers the event registration form says in the browser, as plural forms made on the server.
const NUMBER_CASES = [
  { namespace: 'Events.form', key: 'guestName', param: 'n' },
  { namespace: 'Events.form', key: 'waitlisted', param: 'position' },
] as const

describe('plural forms made on the server, picked in the browser', () => {
  for (const locale of LOCALES)
    for (const { namespace, key, param } of NUMBER_CASES)
      it(`${locale} ${namespace}.${key} says what next-intl says for every number`, () => {
        const t = createTranslator({ locale, messages: MESSAGES[locale], namespace })
        const text = pluralForms(locale, (n) => t(key, { [param]: n }))
        for (const n of [1, 2, 3, 7, 10, 21, 99])
          expect(pluralText(text, n)).toBe(t(key, { [param]: n }))
        expect(pluralText(text, 7)).toContain('7')
      })
})
