import { authenticateOptionsRoute } from '@/features/passkeys/passkey-authenticate-options-route'

export const dynamic = 'force-dynamic'

export const POST = authenticateOptionsRoute
