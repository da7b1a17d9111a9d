import { describe, expect, it } from 'vitest'

import { renderBrandedMail } from './layout'

describe('branded mail layout', () => {
  const mail = renderBrandedMail({
    locale: 'en',
    to: 'a@b.example',
    subject: 'Hello',
    greeting: 'Dear <Eve>,',
    blocks: [
      { kind: 'button', label: 'Open', href: 'https://portal.example/x?a=1&b=2' },
      { kind: 'note', lines: ['Valid for a day.', 'Not you? Ignore this.'] },
    ],
    signature: 'Donkervoort',
  })

  it('says the same in plain text as in HTML, with the signature last', () => {
    expect(mail.text).toBe(
      'Dear <Eve>,\n\nOpen: https://portal.example/x?a=1&b=2\n\nValid for a day.\nNot you? Ignore this.\n\nDonkervoort',
    )
    expect(mail).toMatchObject({ to: 'a@b.example', subject: 'Hello' })
  })

  it('wraps every template in the one branded shell, every text escaped', () => {
    expect(mail.html).toContain('lang="en"')
    expect(mail.html).toContain('DONKERVOORT')
    expect(mail.html).toContain('Dear &lt;Eve&gt;,')
    expect(mail.html).toContain('href="https://portal.example/x?a=1&amp;b=2"')
    expect(mail.html).toContain('Valid for a day.<br>Not you? Ignore this.')
    expect(mail.html).not.toContain('<Eve>')
  })
})
