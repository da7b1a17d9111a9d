import { readinessResponse } from '@/features/health/readiness'

export const dynamic = 'force-dynamic'

export const GET = readinessResponse
