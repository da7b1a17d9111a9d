import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import config from '@payload-config'
import { env } from '@/lib/env'
import { sendOverdueUpdateMails } from '@/lib/timeline/overdue-mail'
import { createProductionUpdate } from '@/seed/timeline-factories'

import { startSmtpSink, type TSink } from './support/smtp'
import { buildWorld, type TWorld } from './support/world'

/**
 * The daily overdue mail, sent through a real SMTP server: each account manager gets the list of
 * their own customers without a published update for UPDATE_RHYTHM_DAYS, once per day however
 * many runs there are, and nothing when nobody is overdue.
 */
let w: TWorld
let sink: TSink
const saved = { smtp: env.SMTP_URL, days: env.UPDATE_RHYTHM_DAYS }
const DAY = 86_400_000
const today = Date.now()
const at = (days: number) => new Date(today + days * DAY)

beforeAll(async () => {
  w = await buildWorld()
  sink = await startSmtpSink()
  env.SMTP_URL = sink.url
  env.UPDATE_RHYTHM_DAYS = 30
  // Customer A ordered 60 days ago and has heard nothing; customer B ordered today.
  await w.payload.update({
    collection: 'orders',
    id: w.orderA.id,
    data: { orderDate: at(-60).toISOString() },
    overrideAccess: true, // test setup
  })
})

afterAll(async () => {
  env.SMTP_URL = saved.smtp
  env.UPDATE_RHYTHM_DAYS = saved.days
  await sink.close()
})

describe('daily overdue mail', () => {
  it('is a daily scheduled job', () =>
    config.then((c) => {
      const task = c.jobs.tasks?.find((t) => t.slug === 'sendOverdueUpdateMails')
      expect(task?.schedule?.[0]?.cron).toBe('0 0 7 * * *')
    }))

  it('lists the manager’s overdue customers with a link that posts an update for the car', async () => {
    await sendOverdueUpdateMails(w.payload, at(0))
    const mails = sink.to(w.managerA.email)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail.subject).toBe('1 customer is waiting for a production update')
    expect(mail.text).toContain(w.orderA.orderNumber)
    expect(mail.text).toContain('60 days since the order, no update yet')
    expect(mail.text).toContain(
      `${env.PUBLIC_URL}/admin/collections/production-updates/create?order=${w.orderA.id}`,
    )
    expect(mail.html).toContain(`create?order=${w.orderA.id}`)
    // Not another manager's customer, and no mail for a manager with nobody overdue.
    expect(mail.text).not.toContain(w.orderB.orderNumber)
    expect(sink.to(w.managerB.email)).toHaveLength(0)
  })

  it('goes out once a day, even when several instances run the job at once', async () => {
    await Promise.all([0, 1, 2].map(() => sendOverdueUpdateMails(w.payload, at(0))))
    expect(sink.to(w.managerA.email)).toHaveLength(1)
    await sendOverdueUpdateMails(w.payload, at(1))
    expect(sink.to(w.managerA.email)).toHaveLength(2)
  })

  it('a mail server that is away loses nothing: the retry sends that day’s mail', async () => {
    env.SMTP_URL = 'smtp://127.0.0.1:9' // nothing listens on the discard port
    await expect(sendOverdueUpdateMails(w.payload, at(2))).rejects.toThrow()
    env.SMTP_URL = sink.url
    await sendOverdueUpdateMails(w.payload, at(2))
    expect(sink.to(w.managerA.email)).toHaveLength(3)
  })

  it('stops once the customer has a fresh published update', async () => {
    await createProductionUpdate(w.payload, { order: w.orderA.id, status: 'published' })
    await sendOverdueUpdateMails(w.payload, at(3))
    expect(sink.to(w.managerA.email)).toHaveLength(3)
  })
})
