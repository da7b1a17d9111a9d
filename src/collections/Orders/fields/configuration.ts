import type { TextField, UploadField, Where } from 'payload'

const HEX = /^#[0-9a-f]{6}$/i

/** A colour chip for the option (paint, leather, stitching), as #RRGGBB. */
export const swatchField: TextField = {
  name: 'swatch',
  label: 'Swatch colour',
  type: 'text',
  maxLength: 7,
  hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value.trim()) || null] },
  validate: (value: string | null | undefined) =>
    !value || HEX.test(value) || 'A swatch colour is written as #RRGGBB, e.g. #C8A46A.',
  admin: { description: '#RRGGBB (optional)' },
}

/**
 * A photo of the option (a leather sample, the wheel) from this car's own media: only those can
 * be picked, and picking one releases it to the customer (hooks/release-configuration-images.ts).
 */
export const configurationImageOfOrder: UploadField = {
  name: 'image',
  type: 'upload',
  relationTo: 'order-media',
  filterOptions: ({ id }): Where | false =>
    id ? { and: [{ order: { equals: id } }, { mimeType: { like: 'image/' } }] } : false,
  admin: { description: 'A photo from this car’s media (optional).' },
}
