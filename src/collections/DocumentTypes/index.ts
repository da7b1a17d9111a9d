import type { CollectionConfig } from 'payload'

import { documentTypesRead } from '@/access/document-types-read'
import { documentTypesWrite } from '@/access/document-types-write'

/**
 * Kinds of documents a customer receives (sales contract, specification sheet, invoice, …),
 * managed by staff with a name in every portal language. `kind` says which collection uses the
 * type: invoices carry amounts and retention, documents carry versions.
 */
export const DocumentTypes: CollectionConfig = {
  slug: 'document-types',
  labels: { singular: 'Document type', plural: 'Document types' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'historyVisibleToCustomer', 'sortOrder'],
    group: 'Documents',
  },
  defaultSort: 'sortOrder',
  access: {
    read: documentTypesRead,
    create: documentTypesWrite,
    update: documentTypesWrite,
    delete: documentTypesWrite,
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 60,
      admin: { description: 'A stable name for code and imports, e.g. "sales-contract".' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'document',
      options: [
        { value: 'document', label: 'Document (with versions)' },
        { value: 'invoice', label: 'Invoice' },
      ],
    },
    {
      name: 'historyVisibleToCustomer',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'The customer also sees earlier versions of these documents.' },
    },
    { name: 'sortOrder', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
