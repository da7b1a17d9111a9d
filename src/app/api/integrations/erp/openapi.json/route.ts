import { openApiRoute } from '@/features/erp/openapi-route'

export const dynamic = 'force-dynamic'

export const GET = openApiRoute
