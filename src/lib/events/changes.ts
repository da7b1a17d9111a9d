type TWhenWhere = {
  startsAt?: unknown
  endsAt?: unknown
  timeZone?: unknown
  location?: { name?: unknown; address?: unknown } | null
}

const instant = (v: unknown) => (v ? new Date(String(v)).getTime() : null)

/** Whether an event's time or place differ between two versions (what registrants are told of). */
export function timeOrPlaceChanged(before: TWhenWhere, after: TWhenWhere): boolean {
  const merged = { ...before, ...after, location: { ...before.location, ...after.location } }
  return (
    instant(before.startsAt) !== instant(merged.startsAt) ||
    instant(before.endsAt) !== instant(merged.endsAt) ||
    before.timeZone !== merged.timeZone ||
    (before.location?.name ?? null) !== (merged.location.name ?? null) ||
    (before.location?.address ?? null) !== (merged.location.address ?? null)
  )
}
