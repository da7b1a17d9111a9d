import { ssoStartRoute } from '@/features/sso/start-route'

export const dynamic = 'force-dynamic'

export const GET = ssoStartRoute
