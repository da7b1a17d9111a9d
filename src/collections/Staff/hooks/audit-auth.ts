import type {
  CollectionAfterForgotPasswordHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
} from 'payload'

import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'

/** Back-office sign-in, inside Payload's login transaction: no session without its entry. */
export const auditStaffLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordAudit({
    payload: req.payload,
    req,
    entry: {
      ...actorFromUser({ ...user, collection: 'staff' }),
      action: 'auth.sign-in.succeeded',
      targetType: 'staff',
      targetId: String(user.id),
      outcome: 'success',
    },
  })
}

export const auditStaffLogout: CollectionAfterLogoutHook = async ({ req }) => {
  await recordAudit({
    payload: req.payload,
    req,
    entry: {
      ...actorFromUser(req.user),
      action: 'auth.sign-out',
      targetType: 'staff',
      targetId: req.user ? String(req.user.id) : null,
      outcome: 'success',
    },
  })
}

/** Payload calls this only when the address belongs to a staff member and a reset mail went out. */
export const auditStaffForgotPassword: CollectionAfterForgotPasswordHook = async ({ args }) => {
  const req = args?.req
  const email = typeof args?.data?.email === 'string' ? args.data.email.trim().toLowerCase() : null
  if (!req?.payload || !email) return
  const { docs } = await req.payload.find({
    collection: 'staff',
    where: { email: { equals: email } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true, // system: the requester is not signed in; we only need the id to record
    req,
  })
  const id = docs[0] ? String(docs[0].id) : null
  await recordAudit({
    payload: req.payload,
    req,
    entry: {
      actorType: 'staff',
      actorId: id,
      actorLabel: email,
      action: 'auth.password-reset.requested',
      targetType: 'staff',
      targetId: id,
      outcome: 'success',
    },
  })
}
