import { erpEventsRoute } from '@/features/erp/events-route'

export const dynamic = 'force-dynamic'

export const POST = erpEventsRoute
