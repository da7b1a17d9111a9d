import { enableTotpHandler } from '@/features/staff-auth/staff-totp-route'

export const dynamic = 'force-dynamic'

export const POST = enableTotpHandler
