import { listPasskeysRoute } from '@/features/passkeys/passkey-list-route'

export const dynamic = 'force-dynamic'

export const GET = listPasskeysRoute
