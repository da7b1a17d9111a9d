import { registerOptionsRoute } from '@/features/passkeys/register-routes'

export const dynamic = 'force-dynamic'

export const POST = registerOptionsRoute
