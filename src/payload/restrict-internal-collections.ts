import {
  Forbidden,
  UnauthorizedError,
  type Access,
  type Endpoint,
  type SanitizedConfig,
} from 'payload'

import { nobody } from '@/access/nobody'
import { ownAdminState } from '@/access/own-admin-state'
import { isStaff, staffCan } from '@/access/user'

import { onlyTakeOverOwnLocks } from './lock-takeover'

const staff: Access = ({ req }) => isStaff(req.user)
const admins: Access = ({ req }) => staffCan(req.user, 'staff:manage')

/**
 * Payload's own collections (edit locks, admin preferences, migrations) serve the back office
 * only. Preferences keep Payload's "each user only their own" rule, for staff only; locks are
 * visible to all staff (the admin shows who is editing) but made only by Payload's admin itself.
 */
const RULES: Record<string, Record<'read' | 'create' | 'update' | 'delete', Access>> = {
  'payload-locked-documents': { read: staff, create: nobody, update: staff, delete: ownAdminState },
  // Created rows always name their creator: Payload's `user` field hook sets it from the request.
  'payload-preferences': {
    read: ownAdminState,
    create: staff,
    update: ownAdminState,
    delete: ownAdminState,
  },
  'payload-migrations': { read: admins, create: nobody, update: nobody, delete: nobody },
}

/**
 * Payload's preference endpoints (`/api/payload-preferences/:key`) write to the database
 * directly, so the collection's access rules never run for them: they are refused here before
 * they write, for anyone but staff through the second factor.
 */
function staffOnlyEndpoint(endpoint: Endpoint): Endpoint {
  return {
    ...endpoint,
    handler: async (req) => {
      if (isStaff(req.user)) return endpoint.handler(req)
      throw req.user ? new Forbidden(req.t) : new UnauthorizedError(req.t)
    },
  }
}

/**
 * `DELETE /api/payload-preferences/:key`: Payload's own handler builds SQL that PostgreSQL refuses
 * (its single-row delete does not join the `user` relation it filters on: a 500 for every call).
 * The same deletion through the Local API with the caller's access: only their own row goes.
 */
const deletePreferenceByKey: Endpoint['handler'] = async (req) => {
  const key = String(req.routeParams?.key ?? '')
  const { docs } = await req.payload.delete({
    collection: 'payload-preferences',
    where: { key: { equals: key } },
    user: req.user,
    overrideAccess: false,
    req,
  })
  return Response.json({ deleted: docs.length, message: req.t('general:deletedSuccessfully') })
}

export function restrictInternalCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const rules = RULES[collection.slug]
    if (rules) Object.assign(collection.access, rules)
    if (collection.slug === 'payload-preferences') {
      collection.endpoints = (collection.endpoints || [])
        .map((e) => (e.method === 'delete' ? { ...e, handler: deletePreferenceByKey } : e))
        .map(staffOnlyEndpoint)
    }
    if (collection.slug === 'payload-locked-documents') {
      collection.hooks.beforeChange = [
        ...(collection.hooks.beforeChange ?? []),
        onlyTakeOverOwnLocks,
      ]
    }
  }
  return config
}
