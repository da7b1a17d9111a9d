import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/lib/env'
import { openedConversation } from '@/lib/messages/inbox-link'
import { createConversation, newClientId } from '@/seed/message-factories'

import { startSmtpSink, type TSink } from './support/smtp'
import { asCustomer, asStaff, buildWorld, type TWorld } from './support/world'

let w: TWorld
let payload: Payload
let sink: TSink
const saved = {
  smtp: env.SMTP_URL,
  batch: env.NOTIFY_BATCH_SECONDS,
  delay: env.MESSAGE_UNREAD_MAIL_MINUTES,
}

beforeAll(async () => {
  w = await buildWorld()
  payload = w.payload
  sink = await startSmtpSink()
  env.SMTP_URL = sink.url
  env.NOTIFY_BATCH_SECONDS = 0
})

afterAll(async () => {
  Object.assign(env, {
    SMTP_URL: saved.smtp,
    NOTIFY_BATCH_SECONDS: saved.batch,
    MESSAGE_UNREAD_MAIL_MINUTES: saved.delay,
  })
  await sink.close()
})

/** Every queued job of these tasks, due or not, run now as if the delay had passed. */
async function runDue(tasks: string[]) {
  for (let round = 0; round < 3; round++) {
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { in: tasks } }, { completedAt: { exists: false } }] },
      overrideAccess: true,
      pagination: false,
    })
    for (const job of jobs.docs) {
      await payload.update({
        collection: 'payload-jobs',
        id: job.id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
        overrideAccess: true, // test: as if the unread delay had passed
      })
      await payload.jobs.run({ where: { id: { equals: job.id } } })
    }
  }
}

const TASKS = ['messageUnreadMail', 'sendNotificationMail']

const say = (
  user: ReturnType<typeof asStaff> | ReturnType<typeof asCustomer>,
  conversation: string,
  body: string,
) =>
  payload.create({
    collection: 'messages',
    data: { conversation, clientId: newClientId(), body },
    user,
    overrideAccess: false,
  })

describe('unread messages are mailed once after the delay', () => {
  it('a staff reply the customer has not read: one mail, without the words', async () => {
    env.MESSAGE_UNREAD_MAIL_MINUTES = 10
    const conversation = (await createConversation(payload, w.customerA.id)).id
    const started = Date.now()
    await say(asStaff(w.managerA), conversation, 'The secret colour is Pantone 7621')
    await say(asStaff(w.managerA), conversation, 'And the wheels are ready')
    const job = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'messageUnreadMail' } },
      overrideAccess: true,
      sort: '-createdAt',
      limit: 1,
    })
    // Queued for the configured delay, not for now.
    expect(new Date(job.docs[0].waitUntil!).getTime()).toBeGreaterThanOrEqual(
      started + 10 * 60_000 - 1000,
    )
    await runDue(TASKS)
    await runDue(TASKS)
    const mails = sink.to(w.customerA.email)
    expect(mails).toHaveLength(1)
    expect(`${mails[0].subject} ${mails[0].text} ${mails[0].html}`).not.toContain('Pantone')
    expect(mails[0].text).toContain('/messages')
  })

  it('nothing when it was read in time; staff hear of a customer message they did not read', async () => {
    const conversation = (await createConversation(payload, w.customerB.id)).id
    await say(asStaff(w.managerB), conversation, 'Read me')
    await payload.update({
      collection: 'conversations',
      id: conversation,
      data: { customerReadAt: new Date(Date.now() + 1000).toISOString() },
      overrideAccess: true, // test: as POST /api/chat/read marks it
    })
    await say(asCustomer(w.customerB), conversation, 'Question about my invoice 4711')
    const before = sink.mails.length
    await runDue(TASKS)
    expect(sink.to(w.customerB.email)).toHaveLength(0)
    const toStaff = sink.to(w.managerB.email)
    expect(toStaff).toHaveLength(1)
    expect(sink.mails.length - before).toBe(1)
    // The mail's link opens this very conversation in the inbox, read as /admin/inbox reads it.
    const link = /https?:\/\/\S+\/admin\/inbox\?\S+/.exec(toStaff[0].text ?? '')?.[0]
    expect(link).toBeDefined()
    const url = new URL(link!)
    expect(url.pathname).toBe('/admin/inbox')
    expect(openedConversation(Object.fromEntries(url.searchParams))).toBe(conversation)
  })
})
