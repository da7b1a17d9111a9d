type TWhenWhere = {
  startsAt?: unknown
  endsAt?: unknown
  timeZone?: unknown
  venue?: unknown
  address?: unknown
}

const instant = (v: unknown) => (v ? new Date(String(v)).getTime() : null)
const FIELDS = ['timeZone', 'venue', 'address'] as const

/** Whether an event's time or place differ between two versions (what registrants are told of). */
export function timeOrPlaceChanged(before: TWhenWhere, after: TWhenWhere): boolean {
  const merged = { ...before, ...after }
  return (
    instant(before.startsAt) !== instant(merged.startsAt) ||
    instant(before.endsAt) !== instant(merged.endsAt) ||
    FIELDS.some((f) => (before[f] ?? null) !== (merged[f] ?? null))
  )
}
