import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/lib/env'
import { createStaff } from '@/seed/factories'

import { rest } from './support/http'
import { mailCountTo, mailTo } from './support/mail'
import { freshIp } from './support/test-browser'
import { PASSWORD, testPayload } from './support/world'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const queuedFor = (to: string) =>
  payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendPayloadMail' }, 'input.to': { equals: to } },
    overrideAccess: true,
  })

/** Runs the queued mail job, as the jobs autorun would (off in these tests). */
const runJob = (id: string) => payload.jobs.run({ where: { id: { equals: id } } })

describe('Payload’s own mails go through the jobs queue', () => {
  it('queues a staff reset mail while the mail server is away, and sends it once when it is back', async () => {
    const member = await createStaff(payload, { role: 'account-manager', password: PASSWORD })
    const smtp = env.SMTP_URL
    // Nothing listens on the discard port: a mail sent during the request, or by the job while
    // the server is away, fails.
    env.SMTP_URL = 'smtp://127.0.0.1:9'
    let jobId: string
    try {
      const res = await rest(
        'POST',
        'staff/forgot-password',
        new Headers({ 'x-forwarded-for': freshIp() }),
        { email: member.email },
      )
      expect(res.status).toBe(200)
      const queued = await queuedFor(member.email)
      expect(queued.docs).toHaveLength(1)
      jobId = String(queued.docs[0].id)

      // A try while the server is still away fails and leaves the job for a retry.
      await runJob(jobId)
      const retry = await payload.findByID({
        collection: 'payload-jobs',
        id: jobId,
        overrideAccess: true,
      })
      expect(retry).toMatchObject({ totalTried: 1, hasError: false })
      expect(retry.completedAt ?? null).toBeNull()
      expect(await mailTo(member.email)).toBeNull()
    } finally {
      env.SMTP_URL = smtp
    }

    // As if the backoff had passed.
    await payload.update({
      collection: 'payload-jobs',
      id: jobId,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    await runJob(jobId)
    const mail = await mailTo(member.email)
    const link = /https?:\/\/[^\s"<>]+\/admin\/reset\/([0-9a-f]+)/.exec(String(mail?.html))
    expect(link).not.toBeNull()
    // The link carries the token the operation committed: it resets the password.
    const reset = await payload.resetPassword({
      collection: 'staff',
      data: { token: link![1], password: 'a passphrase nobody uses' },
      overrideAccess: true, // test: the reset link is the authority here, as over REST
    })
    expect(reset.token).toBeTruthy()

    // The job, and the reset link it held, are gone; a second run sends nothing.
    expect((await queuedFor(member.email)).totalDocs).toBe(0)
    await runJob(jobId)
    expect(await mailCountTo(member.email)).toBe(1)
  })

  it('answers an unknown address as a known one and queues nothing', async () => {
    const email = `nobody-${Date.now()}@example.com`
    const res = await rest(
      'POST',
      'staff/forgot-password',
      new Headers({ 'x-forwarded-for': freshIp() }),
      { email },
    )
    expect(res.status).toBe(200)
    expect((await queuedFor(email)).totalDocs).toBe(0)
  })
})
