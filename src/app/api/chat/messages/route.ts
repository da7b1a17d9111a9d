import { historyRoute } from '@/features/messages/history-route'
import { sendRoute } from '@/features/messages/send-route'

export const dynamic = 'force-dynamic'

export const GET = historyRoute
export const POST = sendRoute
