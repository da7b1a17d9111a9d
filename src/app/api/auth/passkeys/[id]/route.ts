import { removePasskeyRoute, renamePasskeyRoute } from '@/features/passkeys/manage-routes'

export const dynamic = 'force-dynamic'

export const PATCH = renamePasskeyRoute
export const DELETE = removePasskeyRoute
