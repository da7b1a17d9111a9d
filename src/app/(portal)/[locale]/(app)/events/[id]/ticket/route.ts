import { ticketRoute } from '@/features/events/routes/ticket-route'

export const dynamic = 'force-dynamic'

export const GET = ticketRoute
