import type { Field, FieldAccess } from 'payload'

import { isSignedInStaff } from '../user'

/** Readable by staff only (any signed-in staff member; collection access decides which records). */
export const staffReaderField: FieldAccess = ({ req: { user } }) => isSignedInStaff(user)

/**
 * Field-level read access for a staff record: customers see their account manager's contact card
 * (the named fields) and nothing else — no role, no second-factor dates, nothing added later
 * unless it is named here. Walks into layout fields (collapsible, row, tabs).
 */
export function contactCardOnly(fields: Field[], visible: readonly string[]): Field[] {
  return fields.map((field) => {
    if ('name' in field && field.name && field.type !== 'ui') {
      if (visible.includes(field.name)) return field
      return { ...field, access: { ...field.access, read: staffReaderField } } as Field
    }
    if ((field.type === 'collapsible' || field.type === 'row') && 'fields' in field) {
      return { ...field, fields: contactCardOnly(field.fields, visible) }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: contactCardOnly(tab.fields, visible) })),
      }
    }
    return field
  })
}
