import { describe, expect, it } from 'vitest'

import { renderAccountLinkMail } from './account-link'

const base = {
  to: 'a@b.example',
  link: 'https://portal.example/de/set-password?token=abc',
  expiresAt: new Date('2026-12-01T10:00:00Z'),
}

describe('account link mail', () => {
  it('is written in the customer language with the link in text and HTML', () => {
    const mail = renderAccountLinkMail({ ...base, locale: 'de', kind: 'invitation', name: 'Max' })
    expect(mail.subject).toMatch(/Eigentümerportal/)
    expect(mail.text).toContain(base.link)
    expect(mail.html).toContain(`href="${base.link}"`)
    expect(mail.text).toContain('Max')
    expect(mail.html).toContain('lang="de"')
  })

  it('differs between invitation and reset, and escapes names in HTML', () => {
    const invite = renderAccountLinkMail({
      ...base,
      locale: 'en',
      kind: 'invitation',
      name: '<b>Eve</b>',
    })
    const reset = renderAccountLinkMail({ ...base, locale: 'en', kind: 'reset', name: 'Eve' })
    expect(invite.subject).not.toBe(reset.subject)
    expect(invite.html).toContain('&lt;b&gt;Eve&lt;/b&gt;')
    expect(invite.html).not.toContain('<b>Eve</b>')
  })
})
