import { describe, expect, it } from 'vitest'

import { renderSecondFactorResetMail } from './second-factor-reset'

const base = {
  to: 'a@b.example',
  portalUrl: 'https://portal.example/nl/login',
  resetAt: new Date('2026-12-01T10:00:00Z'),
}

describe('second-factor reset mail', () => {
  it.each([
    ['nl', 'accountmanager'],
    ['en', 'account manager'],
    ['de', 'Account Manager'],
  ] as const)('in %s names the reset and whom to contact', (locale, contact) => {
    const mail = renderSecondFactorResetMail({ ...base, locale, name: 'Sophie' })
    expect(mail.text).toContain('Sophie')
    expect(mail.text).toContain(contact)
    expect(mail.text).toContain(base.portalUrl)
    expect(mail.html).toContain(`lang="${locale}"`)
    expect(mail.text).toMatch(/2026/)
  })

  it('differs per language and escapes names in HTML', () => {
    const nl = renderSecondFactorResetMail({ ...base, locale: 'nl', name: '<b>Eve</b>' })
    const en = renderSecondFactorResetMail({ ...base, locale: 'en', name: 'Eve' })
    expect(nl.subject).not.toBe(en.subject)
    expect(nl.html).toContain('&lt;b&gt;Eve&lt;/b&gt;')
    expect(nl.html).not.toContain('<b>Eve</b>')
  })
})
