import { liveRoute } from '@/features/messages/live-route'

export const dynamic = 'force-dynamic'

export const GET = liveRoute
