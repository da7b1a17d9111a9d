import { dateTimeFormat } from '@/lib/i18n/formatters'

import { safeTimeZone } from './absence'

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type TWeekday = (typeof WEEKDAYS)[number]

export type TWorkingHours = {
  days?: readonly string[] | null
  from?: string | null
  to?: string | null
  timeZone?: string | null
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** Weekday (mon…sun) and minute of the day of `at` in `timeZone`. */
function localTime(at: Date, timeZone: string): { day: TWeekday; minute: number } {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  const day = get('weekday').toLowerCase().slice(0, 3) as TWeekday
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) }
}

/**
 * Whether someone with these hours is at work at `at`, and if not when they start again: the
 * weekday (mon…sun) and time of their next start, in their own time zone.
 */
export function availability(
  hours: TWorkingHours | null | undefined,
  at: Date,
): { available: true } | { available: false; next: { day: TWeekday; time: string } | null } {
  const set = (hours?.days ?? []).filter((d): d is TWeekday => WEEKDAYS.includes(d as TWeekday))
  // Hours never filled in: the office week.
  const days = hours?.days === undefined || hours?.days === null ? WEEKDAYS.slice(0, 5) : set
  const from = hours?.from || '09:00'
  const to = hours?.to || '17:30'
  const zone = safeTimeZone(hours?.timeZone)
  if (days.length === 0) return { available: false, next: null }
  const now = localTime(at, zone)
  if (days.includes(now.day) && now.minute >= minutes(from) && now.minute < minutes(to))
    return { available: true }
  const today = WEEKDAYS.indexOf(now.day)
  for (let i = 0; i < 8; i++) {
    const day = WEEKDAYS[(today + i) % 7]
    if (!days.includes(day)) continue
    if (i === 0 && now.minute >= minutes(from)) continue
    return { available: false, next: { day, time: from } }
  }
  return { available: false, next: null }
}
