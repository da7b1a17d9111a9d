import { livenessRoute } from '@/features/health/liveness'

export const dynamic = 'force-dynamic'

export const GET = livenessRoute
