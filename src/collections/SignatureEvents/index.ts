import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { signaturesRead } from '@/access/signatures-read'
import { EVENT_TYPES } from '@/lib/esign/statuses'

/**
 * The evidence trail of a signature request: one row per event, append-only (no API writes,
 * changes or deletes them), each with its UTC time, who acted (identity), from where (IP, user
 * agent) and the SHA-256 of the document version being signed. The audit certificate of the
 * signed PDF is printed from these rows.
 */
export const SignatureEvents: CollectionConfig = {
  slug: 'signature-events',
  labels: { singular: 'Signature event', plural: 'Signature events' },
  admin: {
    useAsTitle: 'type',
    defaultColumns: ['at', 'type', 'actorLabel', 'ip', 'request'],
    group: 'Documents',
    hidden: true,
  },
  access: { read: signaturesRead, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'request',
      type: 'relationship',
      relationTo: 'signature-requests',
      required: true,
      index: true,
    },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
    },
    { name: 'signer', type: 'relationship', relationTo: 'signature-signers' },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: EVENT_TYPES.map((t) => ({ label: t, value: t })),
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'actorType',
      type: 'select',
      required: true,
      options: ['customer', 'staff', 'system', 'integration'].map((v) => ({ label: v, value: v })),
    },
    { name: 'actorId', type: 'text' },
    { name: 'actorLabel', type: 'text' },
    { name: 'ip', type: 'text' },
    { name: 'userAgent', type: 'text' },
    { name: 'documentSha256', type: 'text', required: true },
    { name: 'details', type: 'json' },
  ],
}
