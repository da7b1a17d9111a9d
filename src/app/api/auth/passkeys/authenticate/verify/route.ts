import { authenticateVerifyRoute } from '@/features/passkeys/authenticate-routes'

export const dynamic = 'force-dynamic'

export const POST = authenticateVerifyRoute
