import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * Single-use links for invitations and password resets. Only the SHA-256 of the token is kept;
 * no API or admin screen can read or write these rows.
 */
export const AccountTokens: CollectionConfig = {
  slug: 'account-tokens',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'purpose',
      type: 'select',
      required: true,
      options: ['invitation', 'password-reset'],
    },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
    },
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true },
    { name: 'expiresAt', type: 'date', required: true },
    { name: 'usedAt', type: 'date' },
  ],
}
