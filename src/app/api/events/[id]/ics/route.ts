import { eventIcsRoute } from '@/features/events/routes/calendar-routes'

export const dynamic = 'force-dynamic'

export const GET = eventIcsRoute
