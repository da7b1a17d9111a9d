import type { Payload, PayloadRequest } from 'payload'

type TQueueArgs = Extract<Parameters<Payload['jobs']['queue']>[0], { task: unknown }>

/**
 * `payload.jobs.queue` for a task, without reading the new job back: Payload inserts the job and
 * then selects it again to return it, which a caller that only wants it queued never reads — a
 * statement less inside the caller's transaction (every message send queues one). The row is the
 * one Payload writes (input, task, waitUntil; the queue and the rest left to their defaults).
 * When jobs run hooks or keep a depth, the task has a queue or a concurrency key of its own, or
 * more is asked, Payload's own queue runs instead.
 */
export async function queueTask(req: PayloadRequest, args: TQueueArgs): Promise<void> {
  const { payload } = req
  const jobs = payload.config.jobs
  const task = jobs?.tasks?.find((t) => t.slug === args.task) as
    { concurrency?: unknown; queue?: unknown } | undefined
  const plain =
    !jobs?.runHooks &&
    !jobs?.depth &&
    !task?.concurrency &&
    !task?.queue &&
    Object.keys(args).every((k) => ['task', 'input', 'waitUntil', 'req'].includes(k))
  if (!plain) {
    await payload.jobs.queue({ ...args, req })
    return
  }
  await payload.db.create({
    collection: 'payload-jobs',
    data: {
      input: args.input,
      taskSlug: args.task,
      ...(args.waitUntil ? { waitUntil: args.waitUntil.toISOString() } : {}),
    },
    req,
    returning: false,
  })
}
