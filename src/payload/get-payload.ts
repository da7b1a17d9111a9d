import config from '@payload-config'
import { getPayload as getPayloadInstance } from 'payload'

/**
 * The one Payload instance of this server process (initialised once: migrations, seed). `cron`
 * starts the jobs runner here, in the web server; JOBS_AUTORUN=false turns it off per instance.
 */
export const getPayload = () => getPayloadInstance({ config, cron: true })
