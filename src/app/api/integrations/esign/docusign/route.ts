import { docusignConnectRoute } from '@/features/esign/connect-route'

export const dynamic = 'force-dynamic'

export const POST = docusignConnectRoute
