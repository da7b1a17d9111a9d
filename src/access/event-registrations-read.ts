import type { Access } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * A customer reads their own registrations; staff who run events or the gate read all of them.
 * Nobody writes them through Payload: registering, changing, cancelling and checking in go
 * through src/lib/events, which locks the event row so seats are counted once.
 */
export const eventRegistrationsRead: Access = ({ req: { user } }) => {
  if (staffCan(user, 'events:manage') || staffCan(user, 'events:check-in')) return true
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
