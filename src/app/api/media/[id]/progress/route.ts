import { progressRoute } from '@/features/media/progress-route'

export const dynamic = 'force-dynamic'

export const POST = progressRoute
