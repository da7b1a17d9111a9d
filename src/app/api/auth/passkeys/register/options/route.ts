import { registerOptionsRoute } from '@/features/passkeys/passkey-register-options-route'

export const dynamic = 'force-dynamic'

export const POST = registerOptionsRoute
