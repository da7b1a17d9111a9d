import { verifyHandler } from '@/features/staff-auth/handlers'

export const dynamic = 'force-dynamic'

export const POST = verifyHandler
