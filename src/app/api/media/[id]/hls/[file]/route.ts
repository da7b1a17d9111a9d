import { hlsRoute } from '@/features/media/hls-route'

export const dynamic = 'force-dynamic'

export const GET = hlsRoute
