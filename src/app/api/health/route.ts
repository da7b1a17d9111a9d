import { livenessRoute } from '@/features/health/liveness-route'

export const dynamic = 'force-dynamic'

export const GET = livenessRoute
