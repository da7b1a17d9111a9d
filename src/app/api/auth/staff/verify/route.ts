import { verifyHandler } from '@/features/staff-auth/staff-verify-route'

export const dynamic = 'force-dynamic'

export const POST = verifyHandler
