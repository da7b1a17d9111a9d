import { registerRoute } from '@/features/events/routes/register-route'

export const dynamic = 'force-dynamic'

export const POST = registerRoute
