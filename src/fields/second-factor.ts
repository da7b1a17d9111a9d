import type { Field } from 'payload'

const systemOnly = () => false
const readOnlyDate = {
  readOnly: true,
  date: { pickerAppearance: 'dayAndTime' as const },
}

/**
 * Second-factor state shared by customers and staff. Secrets (the TOTP key, sealed with
 * src/lib/crypto/seal.ts; recovery-code hashes; the WebAuthn user handle) are hidden from every
 * API and admin screen and written only by system code. Staff see when a factor was set up, so
 * they can help someone who lost a device; passkeys live in their own collection.
 */
export const secondFactorFields: Field[] = [
  {
    type: 'collapsible',
    label: 'Sign-in security',
    admin: { position: 'sidebar', initCollapsed: true, condition: (data) => Boolean(data?.id) },
    fields: [
      {
        name: 'totpEnabledAt',
        label: 'Authenticator app since',
        type: 'date',
        admin: readOnlyDate,
        access: { create: systemOnly, update: systemOnly },
      },
      {
        name: 'recoveryCodesCreatedAt',
        label: 'Recovery codes made',
        type: 'date',
        admin: readOnlyDate,
        access: { create: systemOnly, update: systemOnly },
      },
      {
        name: 'secondFactorResetAt',
        label: 'Second factor last reset by staff',
        type: 'date',
        admin: readOnlyDate,
        access: { create: systemOnly, update: systemOnly },
      },
    ],
  },
  {
    name: 'totpSecret',
    type: 'text',
    hidden: true,
    access: { read: systemOnly, create: systemOnly, update: systemOnly },
  },
  {
    name: 'totpPendingSecret',
    type: 'text',
    hidden: true,
    access: { read: systemOnly, create: systemOnly, update: systemOnly },
  },
  {
    name: 'totpLastStep',
    type: 'number',
    hidden: true,
    access: { read: systemOnly, create: systemOnly, update: systemOnly },
  },
  {
    name: 'recoveryCodes',
    type: 'json',
    hidden: true,
    access: { read: systemOnly, create: systemOnly, update: systemOnly },
  },
  {
    name: 'webauthnUserId',
    type: 'text',
    hidden: true,
    index: true,
    access: { read: systemOnly, create: systemOnly, update: systemOnly },
  },
]

/** Fields that are system bookkeeping: a staff save never "changes" them in the audit sense. */
export const SECOND_FACTOR_FIELD_NAMES = [
  'totpEnabledAt',
  'recoveryCodesCreatedAt',
  'secondFactorResetAt',
  'totpSecret',
  'totpPendingSecret',
  'totpLastStep',
  'recoveryCodes',
  'webauthnUserId',
]
