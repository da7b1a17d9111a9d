import type { Access, CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { isCustomer, staffCan } from '@/access/user'
import { sessionChanging, sessionDeleting } from '@/lib/auth/session-cache-hooks'

const sessionsRead: Access = ({ req: { user } }) => {
  if (staffCan(user, 'staff:manage')) return true
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}

/** Portal sign-in sessions. Only the token's hash is stored; rows are written by system code. */
export const CustomerSessions: CollectionConfig = {
  slug: 'customer-sessions',
  admin: {
    group: 'System',
    hidden: ({ user }) => !staffCan(user, 'staff:manage'),
    defaultColumns: ['customer', 'createdAt', 'lastSeenAt', 'expiresAt', 'revokedAt'],
  },
  access: { read: sessionsRead, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [sessionChanging], beforeDelete: [sessionDeleting] },
  fields: [
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
    },
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true, hidden: true },
    { name: 'expiresAt', type: 'date', required: true },
    { name: 'lastSeenAt', type: 'date', required: true },
    { name: 'revokedAt', type: 'date' },
    /** How the session was opened; a session without a second factor has secondFactorAt unset. */
    {
      name: 'method',
      type: 'select',
      options: [
        'password',
        'password+totp',
        'password+recovery-code',
        'password+passkey',
        'passkey',
        'sso',
        'sso+mfa',
      ],
    },
    /** Last successful second-factor check (sign-in or step-up): step-up needs it recent. */
    { name: 'secondFactorAt', type: 'date' },
    { name: 'ip', type: 'text' },
    { name: 'userAgent', type: 'text' },
  ],
}
