import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { passwordProblem } from '@/lib/auth/password-policy'

const MESSAGES = {
  'too-short': 'Use at least 12 characters.',
  'too-long': 'Use at most 256 characters.',
  'too-common':
    'This password is too common or appears in known data breaches. Choose a longer phrase of your own.',
} as const

/**
 * Staff passwords follow the same NIST rules as customers' (src/lib/auth/password-policy.ts), on
 * every path that sets one: creating a staff member, changing it on the account screen, and
 * Payload's reset-password link (which does not run field validation with the plain password).
 */
export const enforceStaffPasswordPolicy: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password !== 'string' || password === '') return args
  const problem = passwordProblem(password)
  if (problem) {
    throw new ValidationError({
      collection: 'staff',
      errors: [{ message: MESSAGES[problem], path: 'password' }],
    })
  }
  return args
}
