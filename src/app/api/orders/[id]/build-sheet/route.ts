import { buildSheetRoute } from '@/features/orders/build-sheet-route'

export const dynamic = 'force-dynamic'

export const GET = buildSheetRoute
