import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { ownCredentialsRead } from '@/access/own-credentials-read'
import { staffCan } from '@/access/user'

/**
 * WebAuthn credentials (passkeys) of customers and staff: exactly one of `customer` / `staff` is
 * set. The public key and counter are hidden; rows are written only by the registration and
 * sign-in flows and removed by their owner (after a fresh second-factor check) or a staff reset.
 */
export const Passkeys: CollectionConfig = {
  slug: 'passkeys',
  admin: {
    group: 'System',
    useAsTitle: 'name',
    hidden: ({ user }) => !staffCan(user, 'staff:manage'),
    defaultColumns: ['name', 'customer', 'staff', 'createdAt', 'lastUsedAt'],
  },
  access: { read: ownCredentialsRead, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeValidate: [
      ({ data, originalDoc }) => {
        const merged = { ...originalDoc, ...data }
        if (Boolean(merged.customer) === Boolean(merged.staff)) {
          throw new Error('A passkey belongs to exactly one customer or one staff member.')
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60 },
    { name: 'customer', type: 'relationship', relationTo: 'customers', index: true },
    { name: 'staff', type: 'relationship', relationTo: 'staff', index: true },
    { name: 'credentialId', type: 'text', required: true, unique: true, index: true, hidden: true },
    { name: 'publicKey', type: 'text', required: true, hidden: true },
    { name: 'counter', type: 'number', required: true, defaultValue: 0, hidden: true },
    { name: 'transports', type: 'json', hidden: true },
    {
      name: 'deviceType',
      type: 'select',
      options: ['singleDevice', 'multiDevice'],
      admin: { readOnly: true },
    },
    { name: 'backedUp', type: 'checkbox', admin: { readOnly: true } },
    { name: 'lastUsedAt', type: 'date', admin: { readOnly: true } },
  ],
}
