import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { signaturesRead } from '@/access/signatures-read'
import { staffField } from '@/access/fields/staff-field'
import { SIGNER_STATUSES } from '@/lib/esign/statuses'

/**
 * One signer of a signature request: the customer, or a staff counter-signer. Written only by
 * src/features/esign (system records: no API creates or changes them). `customer` is the
 * request's customer, so access filters by owner without a join.
 */
export const SignatureSigners: CollectionConfig = {
  slug: 'signature-signers',
  labels: { singular: 'Signer', plural: 'Signers' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'status', 'signedAt'],
    group: 'Documents',
    hidden: true,
  },
  access: { read: signaturesRead, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['request', 'position'], unique: true }],
  fields: [
    { name: 'request', type: 'relationship', relationTo: 'signature-requests', required: true },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      options: [
        { label: 'Customer', value: 'customer' },
        { label: 'Donkervoort', value: 'staff' },
      ],
    },
    { name: 'position', type: 'number', required: true },
    { name: 'signerCustomer', type: 'relationship', relationTo: 'customers' },
    {
      name: 'signerStaff',
      type: 'relationship',
      relationTo: 'staff',
      access: { read: staffField },
    },
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      options: SIGNER_STATUSES.map((s) => ({ label: s, value: s })),
    },
    { name: 'viewedAt', type: 'date' },
    { name: 'signedAt', type: 'date' },
    { name: 'legalName', type: 'text' },
    {
      name: 'signatureKind',
      type: 'select',
      options: [
        { label: 'Drawn', value: 'drawn' },
        { label: 'Typed', value: 'typed' },
      ],
    },
    /** A drawn signature as a PNG data URL (what the signature page shows). */
    { name: 'signatureImage', type: 'textarea', admin: { hidden: true } },
    { name: 'declinedAt', type: 'date' },
    { name: 'declineReason', type: 'textarea' },
  ],
}
