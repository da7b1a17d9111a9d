import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'

import { fill } from './fill'
import { LOCALES } from './locales'
import { MESSAGES } from './messages'

describe('fill', () => {
  it('puts each value in its slot, once, and leaves text and unknown slots alone', () => {
    expect(fill('{name} is typing… ({name})', { name: 'Anouk' })).toBe('Anouk is typing… (Anouk)')
    expect(fill('Read {time}', {})).toBe('Read {time}')
  })

  it('takes a value literally, even one that looks like a slot or a replacement pattern', () => {
    expect(fill('Remove {name}', { name: '$&{name}.pdf' })).toBe('Remove $&{name}.pdf')
  })

  // The texts the messages and help pages fill in the browser, as next-intl would say them.
  const CASES = [
    { namespace: 'Messages.page', key: 'typing', values: { name: 'Anouk' } },
    { namespace: 'Messages.page', key: 'read', values: { time: '14:02' } },
    { namespace: 'Messages.page', key: 'remove', values: { name: 'invoice.pdf' } },
    { namespace: 'Messages.page', key: 'badFile', values: { name: 'notes.docx' } },
    { namespace: 'Messages.page', key: 'uploadFailed', values: { name: 'photo.jpg' } },
    { namespace: 'Help', key: 'noResults', values: { query: 'lak' } },
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
