import { helpSearchRoute } from '@/features/help/search-route'

export const dynamic = 'force-dynamic'

export const GET = helpSearchRoute
