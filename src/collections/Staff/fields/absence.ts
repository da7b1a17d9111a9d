import type { Field, RelationshipFieldSingleValidation, Where } from 'payload'

import { isSignedInStaff } from '@/access/user'
import { absenceProblem } from '@/lib/messages/absence'

const ANSWERS_CUSTOMERS = ['account-manager', 'admin']

/** The colleague who covers: someone else who answers customers (an account manager or admin). */
const validateCover: RelationshipFieldSingleValidation = async (
  value,
  { id, req, siblingData },
) => {
  const problem = absenceProblem(siblingData as Parameters<typeof absenceProblem>[0])
  if (problem) return problem
  const cover = typeof value === 'object' && value ? (value as { value?: unknown }).value : value
  if (cover === null || cover === undefined || cover === '') return true
  if (typeof cover !== 'string') return 'Choose a colleague.'
  if (id && String(id) === cover) return 'Choose a colleague other than the one who is away.'
  const colleague = await req.payload.findByID({
    collection: 'staff',
    id: cover,
    depth: 0,
    select: { role: true },
    overrideAccess: true, // system: the colleague's role, whoever edits this profile
    disableErrors: true,
    req,
  })
  return colleague && ANSWERS_CUSTOMERS.includes(colleague.role)
    ? true
    : 'Choose an account manager or administrator.'
}

/**
 * An absence (holiday, leave): its first and last day, and the colleague who answers this staff
 * member's customers meanwhile. During it those customers see who covers, and the colleague
 * reads and answers their conversations (src/lib/messages/covers.ts); the day after, it stops.
 */
export const absenceField: Field = {
  name: 'absence',
  type: 'group',
  admin: {
    description:
      'While you are away, your customers see who answers for you, and that colleague sees their conversations.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'from',
          label: 'First day',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
        {
          name: 'until',
          label: 'Last day',
          type: 'date',
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
      ],
    },
    {
      name: 'coveredBy',
      label: 'Covering colleague',
      type: 'relationship',
      relationTo: 'staff',
      index: true,
      filterOptions: ({ user, id }) => {
        if (!isSignedInStaff(user)) return true
        const and: Where[] = [{ role: { in: ANSWERS_CUSTOMERS } }]
        if (id) and.push({ id: { not_equals: id } })
        return { and }
      },
      validate: validateCover,
    },
  ],
}
