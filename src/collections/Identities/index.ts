import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { ownCredentialsRead } from '@/access/own-credentials-read'
import { staffCan } from '@/access/user'

/**
 * Single sign-on links: one (issuer, subject) pair of an OpenID provider to exactly one customer
 * or staff member. Email is used once, to link; afterwards only (issuer, subject) counts.
 */
export const Identities: CollectionConfig = {
  slug: 'identities',
  admin: {
    group: 'System',
    useAsTitle: 'providerId',
    hidden: ({ user }) => !staffCan(user, 'staff:manage'),
    defaultColumns: ['providerId', 'customer', 'staff', 'emailAtLink', 'lastUsedAt'],
  },
  access: { read: ownCredentialsRead, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['issuer', 'subject'], unique: true }],
  fields: [
    { name: 'providerId', type: 'text', required: true },
    { name: 'issuer', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'customer', type: 'relationship', relationTo: 'customers', index: true },
    { name: 'staff', type: 'relationship', relationTo: 'staff', index: true },
    { name: 'emailAtLink', type: 'email' },
    { name: 'lastUsedAt', type: 'date' },
  ],
}
