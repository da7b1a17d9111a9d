import { unsubscribeRoute } from '@/features/notifications/unsubscribe-route'

export const dynamic = 'force-dynamic'

export const POST = unsubscribeRoute
