import type { Payload, PayloadRequest } from 'payload'

type TStoredSession = { id: string; createdAt?: string | Date | null; expiresAt: string | Date }

/**
 * Ends Payload sign-in sessions of a staff member: all of them, or those `drop` picks. A JWT
 * whose session id is gone is refused by Payload's own JWT check, so this is a real sign-out.
 * Also forgets which of the ended sessions passed the second factor.
 */
export async function endStaffSessions(args: {
  payload: Payload
  staffId: string
  drop?: (session: TStoredSession) => boolean
  req?: Partial<PayloadRequest>
}) {
  const { payload, staffId, req } = args
  const drop = args.drop ?? (() => true)
  const stored = (await payload.db.findOne({
    collection: 'staff',
    where: { id: { equals: staffId } },
    req,
  })) as { sessions?: TStoredSession[] | null } | null
  if (!stored) return
  const ended = (stored.sessions ?? []).filter(drop).map((s) => s.id)
  if (ended.length === 0) return
  await payload.db.updateOne({
    collection: 'staff',
    id: staffId,
    // updatedAt stays: ending a session is not an edit of the staff member (as Payload's logout).
    data: { ...stored, sessions: (stored.sessions ?? []).filter((s) => !drop(s)), updatedAt: null },
    req,
    returning: false,
  })
  await payload.delete({
    collection: 'staff-factor-checks',
    where: { staff: { equals: staffId }, sid: { in: ended } },
    overrideAccess: true, // system: the sessions these checks belonged to are gone
    req,
  })
}

/** Forgets every factor check of a staff member: after a reset no session counts as verified. */
export async function forgetStaffFactorChecks(args: {
  payload: Payload
  staffId: string
  req?: Partial<PayloadRequest>
}) {
  await args.payload.delete({
    collection: 'staff-factor-checks',
    where: { staff: { equals: args.staffId } },
    overrideAccess: true, // system: part of a second-factor reset
    req: args.req,
  })
}
