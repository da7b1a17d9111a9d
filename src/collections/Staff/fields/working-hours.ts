import type { Field } from 'payload'

import { WEEKDAYS } from '@/lib/messages/availability'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const time = (v: unknown) =>
  v === null || v === undefined || v === '' || (typeof v === 'string' && TIME.test(v))
    ? true
    : 'A time as HH:MM, e.g. 09:00.'

/**
 * When an account manager answers messages, shown to their customers beside the conversation
 * (outside these hours the page says when they are back).
 */
export const workingHoursField: Field = {
  name: 'workingHours',
  type: 'group',
  admin: { description: 'Shown to customers on the messages page.' },
  fields: [
    {
      name: 'days',
      type: 'select',
      hasMany: true,
      defaultValue: ['mon', 'tue', 'wed', 'thu', 'fri'],
      options: WEEKDAYS.map((d) => ({ value: d, label: d })),
    },
    { name: 'from', type: 'text', defaultValue: '09:00', validate: time },
    { name: 'to', type: 'text', defaultValue: '17:30', validate: time },
    { name: 'timeZone', type: 'text', defaultValue: 'Europe/Amsterdam', maxLength: 64 },
  ],
}
