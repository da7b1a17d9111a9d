import { getTranslations } from 'next-intl/server'

import { formatInZone, zoneName } from '../format'

/**
 * When an event happens, in the customer's own zone; when that differs from the event's, the
 * local time there is named as well.
 */
export async function EventTime(props: {
  startsAt: string
  endsAt: string
  eventZone: string
  customerZone: string
  locale: string
}) {
  const t = await getTranslations('Events')
  const { startsAt, endsAt, eventZone, customerZone, locale } = props
  const mine = `${formatInZone(startsAt, customerZone, locale)} – ${formatInZone(endsAt, customerZone, locale, false)}`
  const there = `${formatInZone(startsAt, eventZone, locale, false)} (${zoneName(eventZone)})`
  return (
    <span className="flex flex-col gap-0.5">
      <time dateTime={startsAt} className="text-ivory">
        {mine}
      </time>
      <span className="text-xs text-smoke">{t('localTime', { time: there })}</span>
    </span>
  )
}
