import { checkInRoute } from '@/features/events/routes/check-in-route'

export const dynamic = 'force-dynamic'

export const POST = checkInRoute
