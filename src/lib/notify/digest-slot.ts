/** Hour and weekday (0 = Sunday) of an instant in a time zone. */
function localParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(at)
  const hour = Number(parts.find((p) => p.type === 'hour')?.value)
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(
    parts.find((p) => p.type === 'weekday')?.value ?? '',
  )
  return { hour, day }
}

/**
 * The latest digest time at or before `now`: the start of the hour `hour` in the customer's time
 * zone, every day (daily) or on Mondays (weekly). Walking back hour by hour keeps summer time
 * and odd offsets right without a date library; zones with half-hour offsets use their local
 * hour's start in UTC terms, which is within the hour the customer expects.
 */
export function lastDigestSlot(args: {
  now: Date
  timeZone: string
  mode: 'daily' | 'weekly'
  hour: number
}): Date {
  const start = new Date(args.now)
  start.setUTCMinutes(0, 0, 0)
  for (let i = 0; i <= 24 * 8; i++) {
    const at = new Date(start.getTime() - i * 3600_000)
    const p = localParts(at, args.timeZone)
    if (p.hour === args.hour && (args.mode === 'daily' || p.day === 1)) return at
  }
  return start
}
