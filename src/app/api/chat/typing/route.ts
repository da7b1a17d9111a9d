import { typingRoute } from '@/features/messages/typing-route'

export const dynamic = 'force-dynamic'

export const POST = typingRoute
