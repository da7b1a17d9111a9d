import type { CollectionConfig, Field } from 'payload'

import { auditRead } from '@/access/audit-read'
import { nobody } from '@/access/nobody'
import { staffCan } from '@/access/user'
import { ACTOR_TYPES, OUTCOMES } from '@/lib/audit/types'

import { exportAuditCsv } from './endpoints/export-csv'

const readOnly = (field: Field): Field =>
  ({ ...field, admin: { ...field.admin, readOnly: true } }) as Field

/**
 * Append-only, hash-chained record of security-relevant actions (src/lib/audit). Nobody — admins
 * included — may create, change or delete entries through any API or admin screen; only
 * recordAudit writes, and `npm run audit:verify` proves nothing was changed afterwards.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: {
    group: 'System',
    useAsTitle: 'action',
    defaultColumns: [
      'seq',
      'createdAt',
      'actorType',
      'actorLabel',
      'action',
      'outcome',
      'targetType',
      'targetId',
    ],
    listSearchableFields: ['action', 'actorLabel', 'targetId'],
    hidden: ({ user }) => !staffCan(user, 'audit:read'),
    description:
      'Append-only: entries cannot be edited or deleted. Filter to narrow the list; export as CSV for review.',
    pagination: { defaultLimit: 50 },
    components: { beforeListTable: ['@/features/audit/admin/audit-export-link#AuditExportLink'] },
  },
  defaultSort: '-seq',
  // Entries are never edited, so there is nothing to lock, duplicate or version.
  lockDocuments: false,
  disableDuplicate: true,
  access: { read: auditRead, create: nobody, update: nobody, delete: nobody },
  endpoints: [{ path: '/export.csv', method: 'get', handler: exportAuditCsv }],
  fields: [
    {
      name: 'seq',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    // Declared (rather than left to Payload's timestamps) so it shows and filters in the list.
    {
      name: 'createdAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'actorType', type: 'select', required: true, index: true, options: [...ACTOR_TYPES] },
    { name: 'actorId', type: 'text', index: true },
    {
      name: 'actorLabel',
      type: 'text',
      admin: { description: 'Email or name as known at the time.' },
    },
    { name: 'action', type: 'text', required: true, index: true },
    { name: 'targetType', type: 'text' },
    { name: 'targetId', type: 'text', index: true },
    { name: 'outcome', type: 'select', required: true, options: [...OUTCOMES] },
    { name: 'ip', type: 'text' },
    { name: 'userAgent', type: 'text' },
    { name: 'requestId', type: 'text', index: true },
    { name: 'details', type: 'json' },
    { name: 'prevHash', type: 'text', required: true, admin: { position: 'sidebar' } },
    { name: 'hash', type: 'text', required: true, admin: { position: 'sidebar' } },
  ].map((f) => readOnly(f as Field)),
}
