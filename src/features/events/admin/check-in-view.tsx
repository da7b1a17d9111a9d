import { Gutter } from '@payloadcms/ui'
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { staffCan } from '@/access/user'

import { CheckInScanner } from './check-in-scanner'

const DAY = 86400_000
/** Events still worth checking in for: those that ended less than two days ago or later. */
const recentCutoff = (now = new Date()) => new Date(now.getTime() - 2 * DAY).toISOString()

/**
 * /admin/check-in: the gate. Staff who may check in pick today's event and scan tickets with the
 * phone's camera or type the code; the page is laid out for a phone held in one hand.
 */
export async function CheckInView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const allowed = staffCan(user, 'events:check-in')
  const { docs } = allowed
    ? await req.payload.find({
        collection: 'events',
        where: { endsAt: { greater_than: recentCutoff() } },
        sort: 'startsAt',
        limit: 50,
        depth: 0,
        select: { title: true, startsAt: true, timeZone: true },
        user,
        overrideAccess: false,
      })
    : { docs: [] }
  const events = docs.map((e) => ({
    id: e.id,
    label: `${e.title} · ${new Intl.DateTimeFormat('en-GB', { timeZone: e.timeZone, dateStyle: 'medium' }).format(new Date(e.startsAt))}`,
  }))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 1rem' }}>Check-in</h1>
        {allowed ? (
          <CheckInScanner events={events} />
        ) : (
          <p>Checking tickets in is for event staff.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
