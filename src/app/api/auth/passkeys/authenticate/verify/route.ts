import { authenticateVerifyRoute } from '@/features/passkeys/passkey-authenticate-verify-route'

export const dynamic = 'force-dynamic'

export const POST = authenticateVerifyRoute
