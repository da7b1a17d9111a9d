import { ssoCallbackRoute } from '@/features/sso/callback-route'

export const dynamic = 'force-dynamic'

export const GET = ssoCallbackRoute
