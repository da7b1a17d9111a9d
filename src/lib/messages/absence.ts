/** An absence as it is stored on a staff member: calendar days, both inclusive. */
export type TAbsence = {
  from?: string | null
  until?: string | null
  coveredBy?: unknown
}

const DEFAULT_ZONE = 'Europe/Amsterdam'

/** The time zone if the runtime knows it, else the factory's. */
export function safeTimeZone(zone: string | null | undefined): string {
  if (!zone) return DEFAULT_ZONE
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone
  } catch {
    return DEFAULT_ZONE
  }
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(at: Date | string, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: safeTimeZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(typeof at === 'string' ? new Date(at) : at)
}

/**
 * Whether an absence covers `at`, read in the staff member's own time zone: from the start of
 * its first day to the end of its last (the date picker stores a day as some instant on it).
 * Without a last day there is no absence; without a first day it has begun. Answers the last
 * day (YYYY-MM-DD) while absent, else null.
 */
export function absentUntil(
  absence: TAbsence | null | undefined,
  timeZone: string | null | undefined,
  at: Date,
): string | null {
  if (!absence?.until) return null
  const zone = safeTimeZone(timeZone)
  const today = dayIn(at, zone)
  const last = dayIn(absence.until, zone)
  if (today > last) return null
  if (absence.from && today < dayIn(absence.from, zone)) return null
  return last
}

/** Whether an absence is well formed: both days or neither, the last not before the first. */
export function absenceProblem(absence: TAbsence | null | undefined): string | null {
  if (!absence) return null
  const { from, until } = absence
  if (!from && !until) return absence.coveredBy ? 'Give the days of the absence.' : null
  if (!until) return 'Give the last day of the absence.'
  if (from && new Date(until).getTime() < new Date(from).getTime())
    return 'The last day comes on or after the first.'
  return null
}
