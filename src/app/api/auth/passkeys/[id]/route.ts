import { removePasskeyRoute } from '@/features/passkeys/passkey-remove-route'
import { renamePasskeyRoute } from '@/features/passkeys/passkey-rename-route'

export const dynamic = 'force-dynamic'

export const PATCH = renamePasskeyRoute
export const DELETE = removePasskeyRoute
