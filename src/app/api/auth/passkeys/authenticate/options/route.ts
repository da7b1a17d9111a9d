import { authenticateOptionsRoute } from '@/features/passkeys/authenticate-routes'

export const dynamic = 'force-dynamic'

export const POST = authenticateOptionsRoute
