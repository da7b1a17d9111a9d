import type { CollectionConfig } from 'payload'

import { invoicesDelete } from '@/access/invoices-delete'
import { invoicesRead } from '@/access/invoices-read'
import { invoicesWrite } from '@/access/invoices-write'
import { auditStaffChanges } from '@/lib/audit/collection-hooks'
import { privateUpload } from '@/payload/private-upload'

import { beforeDocumentValidate } from '../Documents/hooks/before-validate'
import { keepFile } from '../DocumentVersions/hooks/keep-file'
import { afterInvoiceChange } from './hooks/after-change'
import { beforeInvoiceChange } from './hooks/before-change'

const audit = auditStaffChanges({ targetType: 'invoice' })
const CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF'] as const

/**
 * An issued invoice and its PDF. Finance issues and settles them. An issued invoice is never
 * replaced (a correction is a credit note, a new invoice), so it has no versions, and its number,
 * amounts and issue date do not change. Kept seven years: the delete access and a database
 * trigger (migration 20261202_documents) refuse deleting a younger one.
 */
export const Invoices: CollectionConfig = privateUpload({
  allowed: ['application/pdf'],
  files: { auditReads: true, frameable: true },
  collection: {
    slug: 'invoices',
    labels: { singular: 'Invoice', plural: 'Invoices' },
    admin: {
      useAsTitle: 'number',
      defaultColumns: ['number', 'customer', 'amountCents', 'dueDate', 'status'],
      group: 'Documents',
      listSearchableFields: ['number'],
    },
    access: {
      read: invoicesRead,
      create: invoicesWrite,
      update: invoicesWrite,
      delete: invoicesDelete,
    },
    hooks: {
      beforeOperation: [keepFile],
      beforeValidate: [beforeDocumentValidate],
      beforeChange: [beforeInvoiceChange],
      afterChange: [audit.afterChange, afterInvoiceChange],
      afterDelete: [audit.afterDelete],
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'number',
            type: 'text',
            required: true,
            unique: true,
            maxLength: 40,
            access: { update: () => false },
          },
          {
            name: 'type',
            type: 'relationship',
            relationTo: 'document-types',
            required: true,
            filterOptions: { kind: { equals: 'invoice' } },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'customer',
            type: 'relationship',
            relationTo: 'customers',
            required: true,
            index: true,
            access: { update: () => false },
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
        type: 'row',
        fields: [
          {
            name: 'amountCents',
            label: 'Amount incl. VAT (cents)',
            type: 'number',
            required: true,
            min: 0,
            access: { update: () => false },
            validate: (v: unknown) => Number.isSafeInteger(v) || 'Whole cents only.',
          },
          {
            name: 'vatCents',
            label: 'Of which VAT (cents)',
            type: 'number',
            required: true,
            min: 0,
            access: { update: () => false },
            validate: (v: unknown) => Number.isSafeInteger(v) || 'Whole cents only.',
          },
          {
            name: 'vatRate',
            label: 'VAT rate (%)',
            type: 'number',
            min: 0,
            max: 100,
            access: { update: () => false },
          },
          {
            name: 'currency',
            type: 'select',
            required: true,
            defaultValue: 'EUR',
            options: [...CURRENCIES],
            access: { update: () => false },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'issueDate',
            type: 'date',
            required: true,
            index: true,
            access: { update: () => false },
          },
          { name: 'dueDate', type: 'date', required: true },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'status',
            type: 'select',
            required: true,
            defaultValue: 'open',
            index: true,
            options: [
              { value: 'open', label: 'Open' },
              { value: 'paid', label: 'Paid' },
            ],
            admin: { description: 'Overdue is shown when an open invoice passes its due date.' },
          },
          { name: 'paidAt', type: 'date', admin: { readOnly: true } },
        ],
      },
      { name: 'paymentInstructions', type: 'textarea', localized: true, maxLength: 2000 },
      {
        name: 'accessHistory',
        type: 'ui',
        admin: {
          components: { Field: '@/features/documents/admin/access-history#AccessHistory' },
        },
      },
    ],
  },
})
