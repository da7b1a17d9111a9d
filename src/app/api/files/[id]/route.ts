import { fileRoute } from '@/features/files/file-route'

export const dynamic = 'force-dynamic'

export const GET = fileRoute
export const HEAD = fileRoute
