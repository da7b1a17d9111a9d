import { declineRoute } from '@/features/esign/routes'

export const dynamic = 'force-dynamic'

export const POST = declineRoute
