import type { Access, SanitizedConfig } from 'payload'

import { isStaff, staffCan } from '@/access/user'

const staff: Access = ({ req }) => isStaff(req.user)
const admins: Access = ({ req }) => staffCan(req.user, 'staff:manage')

/**
 * Payload's own collections (edit locks, admin preferences, migrations) default to "any signed-in
 * user", which would include customers. They serve the back office only.
 */
const RULES: Record<string, Record<'read' | 'create' | 'update' | 'delete', Access>> = {
  'payload-locked-documents': { read: staff, create: staff, update: staff, delete: staff },
  'payload-preferences': { read: staff, create: staff, update: staff, delete: staff },
  'payload-migrations': {
    read: admins,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
}

export function restrictInternalCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const rules = RULES[collection.slug]
    if (rules) Object.assign(collection.access, rules)
  }
  return config
}
