import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/admins-only'
import { adminField } from '@/access/fields/admin-field'
import { contactCardOnly } from '@/access/fields/staff-reader-field'
import { STAFF_ROLES, ROLE_LABELS } from '@/access/policy'
import { staffRead } from '@/access/staff-read'
import { staffUpdate } from '@/access/staff-update'
import { isStaff } from '@/access/user'
import { resetSecondFactorButton } from '@/fields/reset-second-factor-button'
import { secondFactorFields } from '@/fields/second-factor'
import { SECURE_COOKIES } from '@/lib/auth/cookies'
import { resetSecondFactorEndpoint } from '@/features/second-factor-reset/reset-second-factor-route'
import { staffJwtStrategy } from '@/lib/auth/staff-jwt-strategy'
import { env } from '@/lib/env'

import { absenceField } from './fields/absence'
import { workingHoursField } from './fields/working-hours'
import { auditStaffForgotPassword, auditStaffLogin, auditStaffLogout } from './hooks/audit-auth'
import { auditStaffChange, auditStaffDelete } from './hooks/audit-change'
import { enforceStaffPasswordPolicy } from './hooks/password-policy'
import { limitStaffSignIn, refundStaffSignIn } from './hooks/rate-limit-sign-in'
import { pruneStaffFactorChecks } from './hooks/prune-factor-checks'

/** What a customer may read of their account manager (email comes from Payload's auth fields). */
export const CONTACT_CARD_FIELDS = ['name', 'title', 'phone', 'email', 'workingHours'] as const

export const Staff: CollectionConfig = {
  slug: 'staff',
  labels: { singular: 'Staff member', plural: 'Staff' },
  auth: {
    // The token lives as long as the idle limit: Payload's admin renews it while the staff member
    // moves around, and warns then signs out after STAFF_IDLE_MINUTES without activity. The
    // absolute limit (STAFF_SESSION_HOURS) and the second factor are checked by staffJwtStrategy.
    tokenExpiration: env.STAFF_IDLE_MINUTES * 60,
    strategies: [staffJwtStrategy],
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: SECURE_COOKIES },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'title'],
    group: 'People',
  },
  access: {
    // Only after the second factor; a pending staff member lands on /admin/two-step, which
    // shows enrolment or verification (src/features/staff-auth/admin/staff-second-factor-view.tsx).
    admin: ({ req }) => isStaff(req.user),
    read: staffRead,
    create: adminsOnly,
    update: staffUpdate,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  // Refused logins are recorded by the global afterError hook (src/lib/audit/failed-staff-sign-in.ts).
  endpoints: [resetSecondFactorEndpoint('staff')],
  hooks: {
    beforeOperation: [limitStaffSignIn, enforceStaffPasswordPolicy],
    afterLogin: [pruneStaffFactorChecks, auditStaffLogin, refundStaffSignIn],
    afterLogout: [auditStaffLogout],
    afterForgotPassword: [auditStaffForgotPassword],
    afterChange: [auditStaffChange],
    afterDelete: [auditStaffDelete],
  },
  // A customer reads their account manager's record for the contact card: only these fields.
  fields: contactCardOnly(
    [
      { name: 'name', type: 'text', required: true, maxLength: 120 },
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'account-manager',
        saveToJWT: true,
        options: STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
        access: { create: adminField, update: adminField },
        admin: { position: 'sidebar' },
      },
      {
        name: 'title',
        type: 'text',
        maxLength: 120,
        // Customers read it in their language ("Accountmanager", "Kundenbetreuerin").
        localized: true,
        admin: { description: 'Shown to customers on the contact card, e.g. "Account manager".' },
      },
      { name: 'phone', type: 'text', maxLength: 40 },
      workingHoursField,
      absenceField,
      ...secondFactorFields,
      resetSecondFactorButton,
    ],
    CONTACT_CARD_FIELDS,
  ),
}
