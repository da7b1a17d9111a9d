import { signRoute } from '@/features/esign/routes'

export const dynamic = 'force-dynamic'

export const POST = signRoute
