import { staffActionRoute } from '@/features/esign/routes'

export const dynamic = 'force-dynamic'

export const POST = staffActionRoute
