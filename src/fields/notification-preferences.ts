import type { Field, FieldAccess } from 'payload'

import { DIGEST_MODES, NOTIFICATION_TYPES } from '@/lib/notify/types'

const systemOnly: FieldAccess = () => false

/** Time zones a customer may pick: every zone this runtime knows. */
export const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone')

/**
 * A customer's say over how they are told things (issue 11, part 4): email per notification
 * type (in-app is always on), how often mails go out, their time zone and marketing consent.
 * The customer changes these on /account/preferences; the consent time is set by the portal.
 */
export const notificationPreferenceFields: Field[] = [
  {
    type: 'collapsible',
    label: 'Notification preferences',
    admin: { initCollapsed: true },
    fields: [
      {
        name: 'emailOff',
        label: 'No email for',
        type: 'select',
        hasMany: true,
        options: [...NOTIFICATION_TYPES],
        admin: { description: 'In-app notifications always appear; these types send no email.' },
      },
      {
        name: 'notificationDigest',
        label: 'Email frequency',
        type: 'select',
        defaultValue: 'immediately',
        options: [...DIGEST_MODES],
      },
      {
        name: 'timeZone',
        type: 'text',
        defaultValue: 'Europe/Amsterdam',
        validate: (value: unknown) =>
          value == null || value === '' || TIME_ZONES.includes(String(value))
            ? true
            : 'Unknown time zone',
      },
      {
        name: 'marketingConsent',
        type: 'checkbox',
        defaultValue: false,
        admin: { readOnly: true, description: 'Given or withdrawn by the customer in the portal.' },
        access: { create: systemOnly, update: systemOnly },
      },
      {
        name: 'marketingConsentAt',
        type: 'date',
        admin: { readOnly: true, description: 'When consent was last given or withdrawn.' },
        access: { create: systemOnly, update: systemOnly },
      },
    ],
  },
]
