/**
 * Every action the portal records, as dotted verbs. Stored as plain text, so adding one needs no
 * migration; listing them here keeps callers from inventing spellings.
 */
export const AUDIT_ACTIONS = [
  'auth.sign-in.succeeded',
  'auth.sign-in.failed',
  'auth.sign-in.locked',
  'auth.sign-out',
  'auth.password.set',
  'auth.password-reset.requested',
  'auth.passkey.added',
  'auth.passkey.removed',
  'auth.passkey.renamed',
  'auth.second-factor.verified',
  'auth.second-factor.failed',
  'auth.step-up.succeeded',
  'auth.step-up.failed',
  'auth.totp.enabled',
  'auth.totp.disabled',
  'auth.recovery-codes.regenerated',
  'auth.session.revoked',
  'account.data-exported',
  'auth.second-factor.reset',
  'auth.sso.linked',
  'auth.sso.sign-in.succeeded',
  'auth.sso.sign-in.failed',
  'account.invitation.sent',
  'account.password-reset.sent',
  'customer.created',
  'customer.updated',
  'customer.deleted',
  'customer.disabled',
  'order.created',
  'order.updated',
  'order.deleted',
  'staff.created',
  'staff.role-changed',
  'staff.deleted',
  'audit.exported',
] as const

export type TAuditAction = (typeof AUDIT_ACTIONS)[number]
