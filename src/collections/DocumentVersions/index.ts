import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { documentVersionsRead } from '@/access/document-versions-read'
import { documentVersionsWrite } from '@/access/document-versions-write'
import { privateUpload } from '@/payload/private-upload'

import { afterVersionChange } from './hooks/after-change'
import { beforeVersionChange } from './hooks/before-change'
import { beforeVersionValidate } from './hooks/before-validate'
import { keepFile } from './hooks/keep-file'

/**
 * One file of a document. A new version becomes the current one; earlier versions stay, for staff
 * always and for the customer where the document's type shows its history. Every view and
 * download through /api/files/[id] is in the audit log (auditReads).
 */
export const DocumentVersions: CollectionConfig = privateUpload({
  allowed: ['application/pdf'],
  files: { auditReads: true, frameable: true },
  collection: {
    slug: 'document-versions',
    labels: { singular: 'Document version', plural: 'Document versions' },
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'document', 'version', 'isCurrent', 'createdAt'],
      group: 'Documents',
    },
    access: {
      read: documentVersionsRead,
      create: documentVersionsWrite,
      update: documentVersionsWrite,
      delete: adminsOnly,
    },
    indexes: [{ fields: ['document', 'version'], unique: true }],
    hooks: {
      beforeOperation: [keepFile],
      beforeValidate: [beforeVersionValidate],
      beforeChange: [beforeVersionChange],
      afterChange: [afterVersionChange],
    },
    fields: [
      {
        name: 'document',
        type: 'relationship',
        relationTo: 'documents',
        required: true,
        index: true,
        access: { update: () => false },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'version',
            type: 'number',
            admin: { readOnly: true, description: 'Numbered when uploaded.' },
            access: { create: () => false, update: () => false },
          },
          {
            name: 'isCurrent',
            type: 'checkbox',
            defaultValue: true,
            index: true,
            admin: { readOnly: true },
            access: { create: () => false, update: () => false },
          },
        ],
      },
      { name: 'note', type: 'text', maxLength: 300, admin: { description: 'What changed.' } },
    ],
  },
})
