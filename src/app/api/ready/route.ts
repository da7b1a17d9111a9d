import { readinessRoute } from '@/features/health/readiness-route'

export const dynamic = 'force-dynamic'

export const GET = readinessRoute
