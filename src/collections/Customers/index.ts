import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { customersCreate } from '@/access/customers-create'
import { customersRead } from '@/access/customers-read'
import { customersUpdate } from '@/access/customers-update'
import { adminField } from '@/access/fields/admin-field'
import { staffReaderField } from '@/access/fields/staff-reader-field'
import { staffField } from '@/access/fields/staff-field'
import { isSignedInStaff } from '@/access/user'
import { customerSessionStrategy } from '@/lib/auth/customer-session-strategy'
import { notificationPreferenceFields } from '@/fields/notification-preferences'
import { resetSecondFactorButton } from '@/fields/reset-second-factor-button'
import { SECOND_FACTOR_FIELD_NAMES, secondFactorFields } from '@/fields/second-factor'
import { resetSecondFactorEndpoint } from '@/features/second-factor-reset/reset-second-factor-route'
import { auditStaffChanges } from '@/lib/audit/collection-hooks'
import { customerChanging, customerDeleting } from '@/lib/auth/session-cache-hooks'
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales'

import { afterCustomerChange } from './hooks/after-change'
import { beforeCustomerChange } from './hooks/before-change'
import { beforeCustomerDelete } from './hooks/before-delete'

const systemOnly = () => false

// Derived, virtual or system-written fields: a staff save never "changes" them in the audit sense.
const audit = auditStaffChanges({
  targetType: 'customer',
  ignore: [
    'fullName',
    'orders',
    'sendInvitation',
    'passwordHash',
    'failedSignIns',
    'lockedUntil',
    ...SECOND_FACTOR_FIELD_NAMES,
  ],
})

/**
 * Portal users. Payload's password login is switched off: customers never get a password from
 * staff; they set one through an invitation link, and sign in through the portal's own session.
 */
export const Customers: CollectionConfig = {
  slug: 'customers',
  auth: {
    disableLocalStrategy: { enableFields: true, optionalPassword: true },
    strategies: [customerSessionStrategy],
    useSessions: false,
  },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'email', 'status', 'accountManager', 'preferredLocale'],
    listSearchableFields: ['fullName', 'email'],
    group: 'People',
  },
  access: {
    admin: () => false,
    read: customersRead,
    create: customersCreate,
    update: customersUpdate,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  endpoints: [resetSecondFactorEndpoint('customers')],
  hooks: {
    beforeChange: [beforeCustomerChange, customerChanging],
    beforeDelete: [beforeCustomerDelete, customerDeleting],
    // The audit entry comes last: it holds the audit chain's lock until the save commits.
    afterChange: [afterCustomerChange, audit.afterChange],
    afterDelete: [audit.afterDelete],
  },
  fields: [
    // Payload's auth email, redeclared so only staff can change it: a customer probing other
    // addresses through "must be unique" errors would learn who else is a customer.
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      access: { update: staffField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'firstName',
          type: 'text',
          required: true,
          maxLength: 80,
          access: { update: staffField },
        },
        {
          name: 'lastName',
          type: 'text',
          required: true,
          maxLength: 80,
          access: { update: staffField },
        },
      ],
    },
    {
      name: 'fullName',
      type: 'text',
      admin: { hidden: true },
      access: { create: systemOnly, update: systemOnly },
    },
    {
      name: 'preferredLocale',
      label: 'Language',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: LOCALES.map((l) => ({ value: l, label: `${LOCALE_NAMES[l]} (${l.toUpperCase()})` })),
      admin: { description: 'Portal and emails appear in this language.' },
    },
    { name: 'phone', type: 'text', maxLength: 40 },
    {
      name: 'accountManager',
      type: 'relationship',
      relationTo: 'staff',
      index: true,
      // Staff pick from account managers and admins. A customer cannot change this field, and may
      // not read staff roles (field access on staff), so the filter is not applied for them.
      filterOptions: ({ user }) =>
        isSignedInStaff(user) ? { role: { in: ['account-manager', 'admin'] } } : true,
      defaultValue: ({
        user,
      }: {
        user?: { collection?: string; role?: string; id?: string } | null
      }) => (user?.collection === 'staff' && user.role === 'account-manager' ? user.id : undefined),
      access: { update: adminField },
      admin: {
        position: 'sidebar',
        description: 'Account managers creating a customer are assigned automatically.',
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'invited',
      index: true,
      options: [
        { value: 'invited', label: 'Invited' },
        { value: 'active', label: 'Active' },
        { value: 'disabled', label: 'Disabled' },
      ],
      access: { create: staffField, update: staffField },
      admin: {
        position: 'sidebar',
        description: 'Disabling a customer signs them out everywhere at once.',
      },
    },
    {
      name: 'sendInvitation',
      type: 'checkbox',
      virtual: true,
      label: 'Send a new invitation when saving',
      access: { read: staffField, create: staffField, update: staffField },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.id) && data?.status !== 'active',
        description: 'The previous link stops working.',
      },
    },
    {
      type: 'collapsible',
      label: 'Account activity',
      admin: { position: 'sidebar', initCollapsed: false, condition: (data) => Boolean(data?.id) },
      fields: [
        {
          name: 'invitedAt',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          access: { create: systemOnly, update: systemOnly },
        },
        {
          name: 'activatedAt',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          access: { create: systemOnly, update: systemOnly },
        },
        {
          name: 'lastSignInAt',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          access: { create: systemOnly, update: systemOnly },
        },
      ],
    },
    {
      name: 'notes',
      label: 'Internal notes',
      type: 'textarea',
      access: { read: staffField, create: staffField, update: staffField },
      admin: { description: 'Never shown to the customer.' },
    },
    // The customer's cars on their edit screen. Virtual (a join on orders.customer): no column,
    // and each staff member sees only the orders their role may read.
    {
      name: 'orders',
      type: 'join',
      collection: 'orders',
      on: 'customer',
      defaultLimit: 20,
      defaultSort: '-orderDate',
      access: { read: staffReaderField },
      admin: {
        defaultColumns: ['orderNumber', 'model', 'stage', 'deliveryWindowStart'],
        description: 'Cars on order for this customer. Open one to post its stage or details.',
      },
    },
    // Credentials and lockout state: written only by system code (overrideAccess), never exposed.
    {
      name: 'passwordHash',
      type: 'text',
      hidden: true,
      access: { read: systemOnly, create: systemOnly, update: systemOnly },
    },
    {
      name: 'failedSignIns',
      type: 'number',
      defaultValue: 0,
      hidden: true,
      access: { read: systemOnly, create: systemOnly, update: systemOnly },
    },
    {
      name: 'lockedUntil',
      type: 'date',
      hidden: true,
      access: { read: systemOnly, create: systemOnly, update: systemOnly },
    },
    ...notificationPreferenceFields,
    ...secondFactorFields,
    resetSecondFactorButton,
  ],
}
