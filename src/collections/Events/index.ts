import type { CollectionConfig, Validate } from 'payload'

import { eventsManage } from '@/access/events-manage'
import { eventsRead } from '@/access/events-read'
import { staffCan } from '@/access/user'
import { ELIGIBILITY, EVENT_KINDS, isTimeZone, MAX_GUESTS_LIMIT } from '@/lib/events/constants'
import { MODELS } from '@/lib/orders/models'

import { requiredInDefaultLocale } from '../Orders/fields/required-in-default-locale'
import { bumpSequence } from './hooks/bump-sequence'
import { notifyRegistrantsOfChange } from './hooks/notify-change'
import { validateEventTimes } from './hooks/validate-times'

const staffOnly = {
  read: ({ req }: { req: { user: unknown } }) => staffCan(req.user, 'events:manage'),
}

const validZone: Validate = (value) =>
  isTimeZone(value) || 'An IANA time zone such as Europe/Amsterdam.'

const validMapUrl: Validate = (value) => {
  if (!value) return true
  try {
    return new URL(String(value)).protocol === 'https:' || 'A link starting with https://.'
  } catch {
    return 'A link starting with https://.'
  }
}

const KIND_LABELS = {
  'track-day': 'Track day',
  'factory-visit': 'Factory visit',
  launch: 'Launch',
  rally: 'Rally',
  dinner: 'Owners dinner',
} as const satisfies Record<(typeof EVENT_KINDS)[number], string>

/**
 * Track days, factory visits, launches, rallies and dinners. Marketing and admins write them in
 * /admin; a customer lists and opens only published events they are eligible for
 * (src/access/events-read.ts). Times are stored as instants; `timeZone` says where the event
 * happens, so pages and tickets can name the local time there. `sequence` counts changes of time
 * or place, for calendar updates (iCalendar SEQUENCE).
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Event', plural: 'Events' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'capacity', 'eligibility', '_status'],
    group: 'Events',
    hidden: ({ user }) => !staffCan(user, 'events:manage'),
  },
  defaultSort: 'startsAt',
  versions: { drafts: true, maxPerDoc: 25 },
  access: {
    read: eventsRead,
    readVersions: eventsManage,
    create: eventsManage,
    update: eventsManage,
    delete: eventsManage,
  },
  hooks: {
    beforeValidate: [validateEventTimes],
    beforeChange: [bumpSequence],
    afterChange: [notifyRegistrantsOfChange],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 160,
      validate: requiredInDefaultLocale,
    },
    { name: 'description', type: 'textarea', localized: true, maxLength: 5000 },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'track-day',
      options: EVENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
    },
    {
      name: 'images',
      type: 'relationship',
      relationTo: 'event-images',
      hasMany: true,
      maxRows: 12,
      admin: { description: 'The first is the cover picture.' },
    },
    {
      name: 'photos',
      label: 'Photos of the day',
      type: 'relationship',
      relationTo: 'event-images',
      hasMany: true,
      maxRows: 60,
      admin: { description: 'Shown once the event is over.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'timeZone',
          type: 'text',
          required: true,
          defaultValue: 'Europe/Amsterdam',
          validate: validZone,
          admin: { description: 'Where the event happens (IANA name).' },
        },
      ],
    },
    // Top-level rather than a group: GraphQL would demand the whole group on every update.
    { name: 'venue', type: 'text', required: true, maxLength: 160 },
    { name: 'address', type: 'textarea', required: true, maxLength: 500 },
    { name: 'mapUrl', label: 'Map link', type: 'text', maxLength: 1000, validate: validMapUrl },
    {
      type: 'row',
      fields: [
        {
          name: 'capacity',
          type: 'number',
          required: true,
          min: 1,
          max: 100_000,
          admin: { description: 'Seats, guests included.' },
        },
        {
          name: 'maxGuests',
          label: 'Guests per registration',
          type: 'number',
          required: true,
          defaultValue: 0,
          min: 0,
          max: MAX_GUESTS_LIMIT,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'registrationOpensAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Empty: open now.' },
        },
        {
          name: 'registrationClosesAt',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description: 'Empty: until the start. Also the deadline for changes and cancelling.',
          },
        },
      ],
    },
    {
      name: 'price',
      type: 'number',
      min: 0,
      admin: { description: 'Per person, in euros, informational (invoiced later). Empty: free.' },
    },
    {
      name: 'eligibility',
      type: 'select',
      required: true,
      defaultValue: 'everyone',
      index: true,
      options: ELIGIBILITY.map((value) => ({
        value,
        label: {
          everyone: 'Every customer',
          owners: 'Owners of a model',
          invited: 'Invited customers',
        }[value],
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'eligibleModels',
      label: 'For owners of',
      type: 'select',
      hasMany: true,
      options: MODELS.map((m) => ({ value: m.value, label: m.label })),
      admin: { position: 'sidebar', condition: (data) => data?.eligibility === 'owners' },
    },
    {
      name: 'invitedCustomers',
      type: 'relationship',
      relationTo: 'customers',
      hasMany: true,
      // Who else is invited is nobody's business but the organisers'.
      access: staffOnly,
      admin: { position: 'sidebar', condition: (data) => data?.eligibility === 'invited' },
    },
    {
      name: 'sequence',
      type: 'number',
      defaultValue: 0,
      // Always set by the bump-sequence hook from the stored value; what a caller sends is ignored.
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Changes of time or place so far.',
      },
    },
  ],
}
