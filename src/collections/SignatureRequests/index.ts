import type { CollectionConfig } from 'payload'

import { documentsWrite } from '@/access/documents-write'
import { nobody } from '@/access/nobody'
import { signatureRequestsRead } from '@/access/signature-requests-read'
import { signatureRequestsUpdate } from '@/access/signature-requests-update'
import { staffField } from '@/access/fields/staff-field'
import { env } from '@/lib/env'
import { ESIGN_PROVIDERS, REQUEST_STATUSES } from '@/lib/esign/statuses'

import { beforeRequestValidate } from './hooks/before-validate'

const systemOnly = { create: () => false, update: () => false }
const defaultExpiry = () =>
  new Date(Date.now() + env.ESIGN_DEFAULT_EXPIRY_DAYS * 86_400_000).toISOString()

/**
 * A request to sign one version of a PDF document: who signs (the customer; optionally a staff
 * counter-signer), in which order, until when. Staff prepare it here; sending, reminding,
 * cancelling and signing go through src/features/esign, which alone changes its status. Its
 * signers and evidence trail are their own collections. Never deleted: it is the legal record.
 */
export const SignatureRequests: CollectionConfig = {
  slug: 'signature-requests',
  labels: { singular: 'Signature request', plural: 'Signature requests' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'customer', 'status', 'expiresAt', 'updatedAt'],
    group: 'Documents',
    listSearchableFields: ['title'],
  },
  // The signed PDF is a stored file owned by the request: the file route asks this read access.
  custom: { privateFiles: { auditReads: true, frameable: true } },
  access: {
    read: signatureRequestsRead,
    create: documentsWrite,
    update: signatureRequestsUpdate,
    delete: nobody,
  },
  hooks: {
    beforeValidate: [beforeRequestValidate],
  },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      required: true,
      index: true,
      access: { update: () => false },
      admin: { description: 'The PDF to sign: its current version is the one signed.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'signingOrder',
          type: 'select',
          required: true,
          defaultValue: 'sequential',
          options: [
            { label: 'Sequential (customer first)', value: 'sequential' },
            { label: 'Parallel', value: 'parallel' },
          ],
        },
        {
          name: 'expiresAt',
          type: 'date',
          required: true,
          defaultValue: defaultExpiry,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'counterSigner',
      label: 'Counter-signer (Donkervoort, optional)',
      type: 'relationship',
      relationTo: 'staff',
      access: { read: staffField },
    },
    { name: 'message', type: 'textarea', maxLength: 2000 },
    {
      name: 'actions',
      type: 'ui',
      admin: { components: { Field: '@/features/esign/admin/request-actions#RequestActions' } },
    },
    {
      type: 'collapsible',
      label: 'Record',
      fields: [
        {
          name: 'status',
          type: 'select',
          defaultValue: 'draft',
          index: true,
          options: REQUEST_STATUSES.map((s) => ({ label: s, value: s })),
          access: systemOnly,
          admin: { readOnly: true },
        },
        { name: 'title', type: 'text', access: systemOnly, admin: { readOnly: true } },
        {
          name: 'customer',
          type: 'relationship',
          relationTo: 'customers',
          index: true,
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'order',
          type: 'relationship',
          relationTo: 'orders',
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'documentVersion',
          type: 'relationship',
          relationTo: 'document-versions',
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'documentSha256',
          label: 'Document SHA-256',
          type: 'text',
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'createdBy',
          type: 'relationship',
          relationTo: 'staff',
          access: { ...systemOnly, read: staffField },
          admin: { readOnly: true },
        },
        { name: 'sentAt', type: 'date', access: systemOnly, admin: { readOnly: true } },
        { name: 'completedAt', type: 'date', access: systemOnly, admin: { readOnly: true } },
        {
          name: 'remindedForDays',
          type: 'number',
          access: { ...systemOnly, read: staffField },
          admin: {
            readOnly: true,
            description: 'The last automatic reminder (days before expiry).',
          },
        },
        {
          name: 'provider',
          label: 'E-signing provider',
          type: 'select',
          defaultValue: 'builtin',
          options: ESIGN_PROVIDERS.map((p) => ({ label: p, value: p })),
          // The customer's signing page reads it: where they sign depends on it.
          access: systemOnly,
          admin: {
            readOnly: true,
            description: 'Set when sent: the request stays with this provider until it ends.',
          },
        },
        {
          name: 'providerRef',
          label: "Provider's reference (envelope id)",
          type: 'text',
          index: true,
          access: { ...systemOnly, read: staffField },
          admin: { readOnly: true },
        },
        {
          name: 'signedFile',
          label: 'Signed PDF (stored file id)',
          type: 'text',
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'signedSha256',
          label: 'Signed PDF SHA-256',
          type: 'text',
          access: systemOnly,
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
