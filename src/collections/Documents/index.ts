import type { CollectionConfig } from 'payload'

import { documentsRead } from '@/access/documents-read'
import { documentsWrite } from '@/access/documents-write'
import { staffField } from '@/access/fields/staff-field'
import { auditStaffChanges } from '@/lib/audit/collection-hooks'

import { beforeDocumentDelete } from './hooks/before-delete'
import { beforeDocumentValidate } from './hooks/before-validate'

const audit = auditStaffChanges({ targetType: 'document' })

/**
 * A customer's contract, specification sheet, delivery document, …: the record the customer sees.
 * Its files are its versions (document-versions): replacing the file adds a version and keeps the
 * earlier ones. Invoices are their own collection (amounts, retention).
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Document', plural: 'Documents' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'customer', 'order', 'updatedAt'],
    group: 'Documents',
    listSearchableFields: ['title'],
  },
  access: {
    read: documentsRead,
    create: documentsWrite,
    update: documentsWrite,
    delete: documentsWrite,
  },
  hooks: {
    beforeValidate: [beforeDocumentValidate],
    beforeDelete: [beforeDocumentDelete],
    afterChange: [audit.afterChange],
    afterDelete: [audit.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'relationship',
          relationTo: 'document-types',
          required: true,
          index: true,
          filterOptions: { kind: { equals: 'document' } },
        },
        {
          name: 'customer',
          type: 'relationship',
          relationTo: 'customers',
          required: true,
          index: true,
        },
        {
          name: 'order',
          label: 'Car (optional)',
          type: 'relationship',
          relationTo: 'orders',
          index: true,
          filterOptions: ({ data }) =>
            data?.customer ? { customer: { equals: data.customer } } : true,
        },
      ],
    },
    {
      name: 'versions',
      type: 'join',
      collection: 'document-versions',
      on: 'document',
      defaultSort: '-version',
      defaultLimit: 50,
      access: { read: staffField },
      admin: {
        defaultColumns: ['version', 'filename', 'note', 'createdAt'],
        description: 'Add a version to replace the file; earlier versions are kept.',
      },
    },
    {
      name: 'accessHistory',
      type: 'ui',
      admin: {
        components: { Field: '@/features/documents/admin/access-history#AccessHistory' },
      },
    },
  ],
}
