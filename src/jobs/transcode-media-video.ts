import type { TaskConfig } from 'payload'
import { z } from 'zod'

import { TRANSCODE_QUEUE } from '@/collections/MediaTranscodes/hooks/retry'

const ZInput = z.object({ transcode: z.string().min(1) })

/** Turns a media item's video into HLS (src/lib/media/run-transcode.ts), on the `video` queue. */
export const transcodeMediaVideoTask: TaskConfig<'transcodeMediaVideo'> = {
  slug: 'transcodeMediaVideo',
  // A failure is recorded on the transcode for /admin; marketing retries it there.
  retries: 0,
  inputSchema: [{ name: 'transcode', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { runTranscode } = await import('@/lib/media/run-transcode')
    await runTranscode(req.payload, ZInput.parse(input).transcode)
    return { output: {} }
  },
}

export { TRANSCODE_QUEUE }
