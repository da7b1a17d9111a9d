import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

/** The job that works a transcode, on its own queue so a long video never holds up mail. */
export const TRANSCODE_QUEUE = 'video'

/**
 * Staff change one thing on a transcode: a failed run back to "queued" (retry). The job itself
 * writes with `context.transcodeJob` and may set anything.
 */
export const retryOnlyFailed: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || req.context.transcodeJob) return data
  const retry = originalDoc?.status === 'failed' && data.status === 'queued'
  if (data.status !== undefined && data.status !== originalDoc?.status && !retry)
    throw new APIError(
      'Only a failed transcode can be set back to "queued" (retry).',
      400,
      null,
      true,
    )
  if (retry) return { ...data, progress: 0, error: null, startedAt: null, finishedAt: null }
  return data
}

/** A transcode that is (again) queued gets its job, in the same transaction. */
export const queueTranscode: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const queued =
    doc.status === 'queued' && (operation === 'create' || previousDoc?.status !== 'queued')
  if (!queued) return doc
  await req.payload.jobs.queue({
    task: 'transcodeMediaVideo',
    queue: TRANSCODE_QUEUE,
    input: { transcode: String(doc.id) },
    req,
  })
  return doc
}
