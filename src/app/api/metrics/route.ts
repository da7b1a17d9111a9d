import { metricsRoute } from '@/features/metrics/metrics-route'

export const dynamic = 'force-dynamic'

export const GET = metricsRoute
