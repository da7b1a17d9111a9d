import { randomBytes } from 'node:crypto'

import demo from '../../../src/seed/demo-accounts.json' with { type: 'json' }
import type { TLocale } from './i18n'

export const DEMO_PASSWORD = demo.password

export type TDemoCustomer = { email: string; firstName: string; locale: TLocale }

function demoCustomer(email: string): TDemoCustomer {
  const c = demo.customers.find((x) => x.email === email)
  if (!c) throw new Error(`${email} is not a demo customer`)
  return { email: c.email, firstName: c.firstName, locale: c.locale as TLocale }
}

/** Dutch, two cars (DV-2025-0418 in production, DV-2026-0107 in engineering). */
export const SOPHIE = {
  ...demoCustomer('sophie@customer.example'),
  orderNumbers: ['DV-2025-0418', 'DV-2026-0107'],
}
/** English, one delivered car. */
export const JAMES = { ...demoCustomer('james@customer.example'), orderNumbers: ['DV-2023-0211'] }

/** The demo seed's published authenticator key of the admin and the account managers. */
export const DEMO_STAFF_TOTP_KEY = demo.staffTotpKey

export type TStaffAccount = { email: string; password: string; totpKey?: string }

export const ADMIN: TStaffAccount = {
  email: demo.staff[0].email,
  password: demo.password,
  totpKey: DEMO_STAFF_TOTP_KEY,
}
export const ANOUK = demo.staff.find((s) => s.email === 'anouk@donkervoort.example')!
/** Seeded without a second factor: sets one up at the first sign-in. */
export const MARKETING: TStaffAccount = {
  email: 'marketing@donkervoort.example',
  password: demo.password,
}

/** An address no other test (or earlier run) uses. */
export function uniqueEmail(tag = 'customer'): string {
  return `e2e-${tag}-${Date.now()}-${randomBytes(3).toString('hex')}@customer.example`
}

/** Passwords that pass the portal's rules (length, not on the common list). */
export function strongPassword(): string {
  return `Carbon-Lelystad-${randomBytes(4).toString('hex')}`
}
