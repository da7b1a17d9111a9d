import { getPayload as getPayloadInstance } from 'payload'

import config from '@payload-config'

/**
 * The one Payload instance of this server process (initialised once: migrations, seed). `cron`
 * starts the jobs runner here, in the web server; JOBS_AUTORUN=false turns it off per instance.
 */
export const getPayload = () => getPayloadInstance({ config, cron: true })
