import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * Which staff sign-in sessions (Payload session ids) passed a second factor, and when. Until a row
 * exists for the session a staff member is signed in but reaches nothing (src/access/user.ts).
 * System-written only.
 */
export const StaffFactorChecks: CollectionConfig = {
  slug: 'staff-factor-checks',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'staff', type: 'relationship', relationTo: 'staff', required: true, index: true },
    { name: 'sid', type: 'text', required: true, index: true },
    { name: 'verifiedAt', type: 'date', required: true },
    {
      name: 'method',
      type: 'select',
      required: true,
      options: ['totp', 'recovery-code', 'passkey', 'sso-mfa'],
    },
  ],
}
