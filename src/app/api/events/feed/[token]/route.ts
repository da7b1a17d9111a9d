import { feedRoute } from '@/features/events/routes/calendar-routes'

export const dynamic = 'force-dynamic'

export const GET = feedRoute
