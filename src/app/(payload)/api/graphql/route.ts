import config from '@payload-config'
import { payloadGraphql } from '@/lib/http/payload-routes'

export const { POST, OPTIONS } = payloadGraphql(config)
