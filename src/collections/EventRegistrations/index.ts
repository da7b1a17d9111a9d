import type { CollectionConfig } from 'payload'

import { eventRegistrationsRead } from '@/access/event-registrations-read'
import { nobody } from '@/access/nobody'
import { staffCan } from '@/access/user'
import { REGISTRATION_STATUSES } from '@/lib/events/constants'

const staffRead = {
  read: ({ req }: { req: { user: unknown } }) => staffCan(req.user, 'events:check-in'),
}

/**
 * A customer's place at an event: confirmed, on the waitlist, or cancelled. Written only by
 * src/lib/events (register, change, cancel, check in), each in one transaction holding the event
 * row's lock; a database trigger (migration events) refuses any write that would confirm more
 * seats than the event has, whoever makes it. `queueNo` is drawn under that lock, so it is the
 * order of arrival the waitlist follows.
 */
export const EventRegistrations: CollectionConfig = {
  slug: 'event-registrations',
  labels: { singular: 'Event registration', plural: 'Event registrations' },
  admin: {
    useAsTitle: 'ticketCode',
    defaultColumns: ['event', 'customer', 'status', 'guests', 'checkedInAt'],
    group: 'Events',
    hidden: ({ user }) => !staffCan(user, 'events:check-in'),
  },
  defaultSort: 'queueNo',
  access: { read: eventRegistrationsRead, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: REGISTRATION_STATUSES.map((value) => ({ value, label: value })),
    },
    { name: 'guests', type: 'number', required: true, defaultValue: 0, min: 0 },
    { name: 'guestNames', type: 'json' },
    { name: 'dietary', type: 'textarea', maxLength: 500 },
    { name: 'queueNo', type: 'number', index: true, admin: { readOnly: true } },
    { name: 'ticketCode', type: 'text', unique: true, admin: { readOnly: true } },
    { name: 'promotedAt', type: 'date', admin: { readOnly: true } },
    { name: 'cancelledAt', type: 'date', admin: { readOnly: true } },
    { name: 'remindedAt', type: 'date', admin: { readOnly: true } },
    { name: 'checkedInAt', type: 'date', admin: { readOnly: true } },
    {
      name: 'checkedInBy',
      type: 'relationship',
      relationTo: 'staff',
      access: staffRead,
      admin: { readOnly: true },
    },
  ],
}
