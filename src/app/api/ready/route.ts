import { readinessRoute } from '@/features/health/readiness'

export const dynamic = 'force-dynamic'

export const GET = readinessRoute
