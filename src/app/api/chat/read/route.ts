import { readRoute } from '@/features/messages/read-route'

export const dynamic = 'force-dynamic'

export const POST = readRoute
