import { listPasskeysRoute } from '@/features/passkeys/manage-routes'

export const dynamic = 'force-dynamic'

export const GET = listPasskeysRoute
