import 'server-only'

import type { TCustomerUser } from '@/access/user'
import { feedCalendar, feedUrl, regenerateFeed, revokeFeed } from '@/lib/events/calendar-feed'
import { calendarEvent } from '@/lib/events/event-view'
import { eventsCalendar, icsHeaders } from '@/lib/events/ics'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { ZEventParams, ZFeedParams, ZLocaleQuery } from './schema'

/** GET /api/events/:id/ics?locale=…: one event for the customer's calendar. */
export const eventIcsRoute = route({
  name: '/api/events/:id/ics',
  auth: 'customer',
  params: ZEventParams,
  query: ZLocaleQuery,
  handler: async ({ params, query, user }) => {
    const payload = await getPayload()
    const event = await payload.findByID({
      collection: 'events',
      id: params.id,
      locale: query.locale,
      depth: 0,
      user,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!event) throw new AppError('NOT_FOUND', 'This event does not exist.')
    const ics = eventsCalendar('Donkervoort', [calendarEvent(event, query.locale)])
    return new Response(ics, { headers: icsHeaders(`donkervoort-${event.id}.ics`) })
  },
})

/**
 * GET /api/events/feed/:token.ics: the personal feed, for calendar apps (no cookie: the token is
 * the credential). An unknown or revoked token is 404.
 */
export const feedRoute = route({
  name: '/api/events/feed/:token',
  auth: 'public',
  params: ZFeedParams,
  rateLimit: ['calendar-feed:ip'],
  handler: async ({ params }) => {
    const ics = await feedCalendar(await getPayload(), params.token.replace(/\.ics$/, ''))
    if (!ics) throw new AppError('NOT_FOUND', 'Not found.')
    return new Response(ics, { headers: icsHeaders('donkervoort.ics') })
  },
})

/** POST /api/events/feed: a new feed URL (shown once); the old one stops working. */
export const regenerateFeedRoute = route({
  name: '/api/events/feed',
  auth: 'customer',
  rateLimit: ['event-register:account'],
  handler: async ({ user }) => {
    const token = await regenerateFeed(await getPayload(), user as TCustomerUser)
    return Response.json(
      { url: feedUrl(token) },
      { headers: { 'cache-control': 'private, no-store' } },
    )
  },
})

/** DELETE /api/events/feed: switches the feed off. */
export const revokeFeedRoute = route({
  name: '/api/events/feed',
  auth: 'customer',
  handler: async ({ user }) => {
    await revokeFeed(await getPayload(), user as TCustomerUser)
    return new Response(null, { status: 204 })
  },
})
