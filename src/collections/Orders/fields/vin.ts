import type { TextField } from 'payload'

import { staffField } from '@/access/fields/staff-field'
import { normaliseVin, vinProblem } from '@/lib/orders/vin'

/**
 * The chassis number once the factory assigns it. The customer reads it on "My car" and the build
 * sheet; only staff write it (field access, whatever the form sends). Unique: two cars never
 * share one.
 */
export const vinField: TextField = {
  name: 'vin',
  label: 'Chassis number (VIN)',
  type: 'text',
  unique: true,
  index: true,
  maxLength: 17,
  access: { create: staffField, update: staffField },
  hooks: { beforeValidate: [({ value }) => normaliseVin(value)] },
  validate: (value: string | null | undefined) => vinProblem(normaliseVin(value)) ?? true,
  admin: {
    position: 'sidebar',
    description: '17 characters, as stamped on the chassis. Shown to the customer once set.',
  },
}
