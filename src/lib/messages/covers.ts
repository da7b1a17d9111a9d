import type { Payload, PayloadRequest } from 'payload'

import { absentUntil } from './absence'
import { idOf } from './readable-conversation'

type TCaller = { payload: Payload; req?: Partial<PayloadRequest> }

/** A day either side: absences are days in each person's own time zone, checked exactly below. */
const MARGIN_MS = 36 * 3600_000

/**
 * The staff members `staffId` covers for at `at`: those away then who named them as the
 * covering colleague. The day after an absence ends, the list no longer has them.
 */
export async function coveredBy(
  { payload, req }: TCaller,
  staffId: string,
  at = new Date(),
): Promise<string[]> {
  const found = await payload.find({
    collection: 'staff',
    where: {
      and: [
        { 'absence.coveredBy': { equals: staffId } },
        { 'absence.until': { greater_than: new Date(at.getTime() - MARGIN_MS).toISOString() } },
      ],
    },
    select: { absence: true, workingHours: { timeZone: true } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true, // system: whom this staff member covers for decides what they may read
    req,
  })
  return found.docs
    .filter((s) => absentUntil(s.absence, s.workingHours?.timeZone, at))
    .map((s) => String(s.id))
}

export type TAbsenceNow = {
  /** The last day away (YYYY-MM-DD, in their time zone). */
  until: string
  cover: { id: string; name: string } | null
}

/** Whether `staffId` is away at `at`, until when, and who covers (null when nobody was named). */
export async function absenceOf(
  { payload, req }: TCaller,
  staffId: string,
  at = new Date(),
): Promise<TAbsenceNow | null> {
  const system = { depth: 0, disableErrors: true, overrideAccess: true, req } as const // system: see callers
  const staff = await payload.findByID({
    collection: 'staff',
    id: staffId,
    select: { absence: true, workingHours: { timeZone: true } },
    ...system,
  })
  const until = staff ? absentUntil(staff.absence, staff.workingHours?.timeZone, at) : null
  if (!staff || !until) return null
  const coverId = idOf(staff.absence?.coveredBy)
  const cover = coverId
    ? await payload.findByID({
        collection: 'staff',
        id: coverId,
        select: { name: true },
        ...system,
      })
    : null
  return { until, cover: cover ? { id: String(cover.id), name: cover.name } : null }
}
