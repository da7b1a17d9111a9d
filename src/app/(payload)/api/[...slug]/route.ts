import config from '@payload-config'
import { payloadRest } from '@/lib/http/payload-routes'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = payloadRest(config)
