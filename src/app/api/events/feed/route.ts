import { regenerateFeedRoute, revokeFeedRoute } from '@/features/events/routes/calendar-routes'

export const dynamic = 'force-dynamic'

export const POST = regenerateFeedRoute
export const DELETE = revokeFeedRoute
