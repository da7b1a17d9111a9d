import type { CollectionBeforeChangeHook } from 'payload'

import { staffCan } from '@/access/user'
import type { Customer } from '@/payload-types'

export const beforeCustomerChange: CollectionBeforeChangeHook<Customer> = ({
  data,
  req,
  operation,
  originalDoc,
  context,
}) => {
  const first = data.firstName ?? originalDoc?.firstName ?? ''
  const last = data.lastName ?? originalDoc?.lastName ?? ''
  data.fullName = `${first} ${last}`.trim()
  if (typeof data.email === 'string') data.email = data.email.trim().toLowerCase()

  // An account manager's new customer is theirs; only admins assign someone else.
  if (
    operation === 'create' &&
    req.user &&
    staffCan(req.user, 'customers:write-own') &&
    !staffCan(req.user, 'customers:write-all')
  ) {
    data.accountManager = req.user.id
  }

  // `sendInvitation` is a virtual checkbox; remember the wish for afterChange.
  if ((data as { sendInvitation?: boolean }).sendInvitation) context.sendInvitation = true
  return data
}
