import { registerVerifyRoute } from '@/features/passkeys/passkey-register-verify-route'

export const dynamic = 'force-dynamic'

export const POST = registerVerifyRoute
