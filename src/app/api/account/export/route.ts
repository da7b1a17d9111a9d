import { exportRoute } from '@/features/security/export-route'

export const dynamic = 'force-dynamic'

export const GET = exportRoute
