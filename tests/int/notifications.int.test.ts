import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { unsubscribeRoute } from '@/features/notifications/unsubscribe-route'
import { env } from '@/lib/env'
import { notify, notifyStaff } from '@/lib/notify'
import { sendDigests } from '@/lib/notify/send-digests'
import { createCustomer, createOrder, createStaff } from '@/seed/factories'

import { startSmtpSink, type TSink } from './support/smtp'
import { PASSWORD, testPayload } from './support/world'

let payload: Payload
let sink: TSink
const saved = { smtp: env.SMTP_URL, batch: env.NOTIFY_BATCH_SECONDS, hour: env.NOTIFY_DIGEST_HOUR }

beforeAll(async () => {
  payload = await testPayload()
  sink = await startSmtpSink()
  env.SMTP_URL = sink.url
  env.NOTIFY_BATCH_SECONDS = 0
  env.NOTIFY_DIGEST_HOUR = 8
})

afterAll(async () => {
  env.SMTP_URL = saved.smtp
  env.NOTIFY_BATCH_SECONDS = saved.batch
  env.NOTIFY_DIGEST_HOUR = saved.hour
  await sink.close()
})

/** A change of a feature: its own transaction, committed or rolled back at the end. */
async function change(fn: (req: PayloadRequest) => Promise<void>, outcome: 'commit' | 'rollback') {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  await fn(req)
  if (outcome === 'commit') await commitTransaction(req)
  else await killTransaction(req)
}

const update = (customer: string, n = 1) => ({
  customer,
  type: 'production-update' as const,
  title: { key: 'Notifications.demo.productionUpdate', params: { model: `F22 #${n}` } },
  body: { key: 'Notifications.demo.productionUpdateBody' },
  link: '/orders/x',
})

const jobsFor = (id: string) =>
  payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendNotificationMail' }, 'input.id': { equals: id } },
    overrideAccess: true,
    pagination: false,
  })

/** Runs every mail job of a recipient that is due, as the autorun would (off in tests). */
async function runMailJobs(id: string) {
  for (const job of (await jobsFor(id)).docs) {
    if (job.completedAt) continue
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true, // test: as if the batch window or the backoff had passed
    })
    await payload.jobs.run({ where: { id: { equals: job.id } } })
  }
}

const notificationsOf = (customer: string) =>
  payload.find({
    collection: 'notifications',
    where: { customer: { equals: customer } },
    overrideAccess: true,
    pagination: false,
  })

/** A header as sent (mailparser folds List-* headers into an object of its own). */
const header = (
  mail: { headerLines: ReadonlyArray<{ key: string; line: string }> },
  name: string,
) => {
  const found = mail.headerLines.find((h) => h.key === name.toLowerCase())
  return found ? found.line.slice(found.line.indexOf(':') + 1).trim() : undefined
}

const customer = (locale: 'nl' | 'en' | 'de' = 'en') =>
  createCustomer(payload, { password: PASSWORD, preferredLocale: locale })

describe('notify() joins the caller’s transaction', () => {
  it('a rolled-back change leaves no notification and no mail job', async () => {
    const c = await customer()
    await change((req) => notify(update(c.id), req), 'rollback')
    expect((await notificationsOf(c.id)).totalDocs).toBe(0)
    expect((await jobsFor(c.id)).totalDocs).toBe(0)
  })

  it('a committed change keeps both', async () => {
    const c = await customer()
    await change((req) => notify(update(c.id), req), 'commit')
    expect((await notificationsOf(c.id)).totalDocs).toBe(1)
    expect((await jobsFor(c.id)).totalDocs).toBe(1)
  })

  it('refuses a link to another origin', async () => {
    const c = await customer()
    await expect(
      change((req) => notify({ ...update(c.id), link: '//evil.example/x' }, req), 'commit'),
    ).rejects.toThrow()
    expect((await notificationsOf(c.id)).totalDocs).toBe(0)
  })
})

describe('the mail job', () => {
  it('sends one branded mail per burst, in the customer’s language, with one-click unsubscribe', async () => {
    const c = await customer('de')
    const order = await createOrder(payload, { customer: c.id, stage: 'production' })
    await change(async (req) => {
      for (const n of [1, 2, 3]) await notify({ ...update(c.id, n), order: order.id }, req)
    }, 'commit')
    await runMailJobs(c.id)
    const mails = sink.to(c.email)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail.subject).toBe('3 Neuigkeiten zu Ihrem Donkervoort')
    expect(mail.text).toContain('Neue Fotos Ihres F22 #2')
    expect(mail.text).toContain(`${env.PUBLIC_URL}/de/orders/x`)
    expect(String(mail.html)).toContain('DONKERVOORT')
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(String(header(mail, 'List-Unsubscribe'))).toMatch(
      /^<https?:\/\/[^>]+\/api\/notifications\/unsubscribe\?token=[^>]+>$/,
    )
    const states = (await notificationsOf(c.id)).docs.map((d) => d.emailState)
    expect(states).toEqual(['sent', 'sent', 'sent'])
  })

  it('keeps a confidential item’s content out of the mail', async () => {
    const c = await customer('en')
    await change(
      (req) =>
        notify(
          {
            customer: c.id,
            type: 'message',
            title: { key: 'Notifications.demo.message', params: { manager: 'Anouk' } },
            body: { key: 'Notifications.demo.productionUpdateBody' },
            link: '/messages/1',
            confidential: true,
          },
          req,
        ),
      'commit',
    )
    await runMailJobs(c.id)
    const [mail] = sink.to(c.email)
    expect(mail.subject).toBe('Anouk sent you a message')
    expect(mail.text).not.toContain('Our craftsmen')
  })

  it('never sends twice: a try while the server is away leaves it for the retry, which sends once', async () => {
    const c = await customer('nl')
    await change((req) => notify(update(c.id), req), 'commit')
    env.SMTP_URL = 'smtp://127.0.0.1:9' // nothing listens on the discard port
    try {
      await runMailJobs(c.id)
    } finally {
      env.SMTP_URL = sink.url
    }
    expect(sink.to(c.email)).toHaveLength(0)
    expect((await notificationsOf(c.id)).docs[0].emailState).toBe('pending')
    const [job] = (await jobsFor(c.id)).docs
    expect(job.completedAt ?? null).toBeNull()
    expect(job.totalTried).toBe(1)

    await runMailJobs(c.id)
    await runMailJobs(c.id)
    // The job done once more by hand, as a crashed worker's queue would.
    const { sendNotificationMail } = await import('@/lib/notify/send-notification-mail')
    await sendNotificationMail(payload, {
      recipient: 'customer',
      id: c.id,
      type: 'production-update',
    })
    const mails = sink.to(c.email)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe("Nieuwe foto's van uw F22 #1: het chassis wordt gelast")
  })

  it('honours email switched off for a type, and only for that type', async () => {
    const c = await customer('en')
    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { emailOff: ['production-update'] },
      overrideAccess: true, // test setup: the customer's preference
    })
    await change(async (req) => {
      await notify(update(c.id), req)
      await notify(
        {
          customer: c.id,
          type: 'reminder',
          title: { key: 'Notifications.demo.reminder' },
          link: '/',
        },
        req,
      )
    }, 'commit')
    await runMailJobs(c.id)
    const mails = sink.to(c.email)
    expect(mails.map((m) => m.subject)).toEqual(['Reminder: please confirm your colour choice'])
    // In-app both stay.
    expect((await notificationsOf(c.id)).totalDocs).toBe(2)
  })

  it('keeps notifications for a daily digest and sends it once after the digest hour', async () => {
    const c = await customer('de')
    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { notificationDigest: 'daily', timeZone: 'Europe/Berlin' },
      overrideAccess: true, // test setup
    })
    await change(async (req) => {
      await notify(update(c.id, 1), req)
      await notify(update(c.id, 2), req)
    }, 'commit')
    await runMailJobs(c.id)
    expect(sink.to(c.email)).toHaveLength(0)
    expect((await notificationsOf(c.id)).docs.map((d) => d.emailState)).toEqual([
      'digest',
      'digest',
    ])
    const created = new Date()
    // Before the next 08:00 in Berlin has passed: nothing yet.
    await sendDigests(payload, created)
    expect(sink.to(c.email)).toHaveLength(0)
    const tomorrow = new Date(created.getTime() + 26 * 3600_000)
    await sendDigests(payload, tomorrow)
    await sendDigests(payload, tomorrow)
    const mails = sink.to(c.email)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe('Ihre tägliche Donkervoort-Zusammenfassung')
    expect(mails[0].text).toContain('F22 #1')
    expect(mails[0].text).toContain('F22 #2')
  })

  it('mails staff what is theirs', async () => {
    const member = await createStaff(payload, { role: 'account-manager', password: PASSWORD })
    await change(
      (req) =>
        notifyStaff(
          {
            staff: member.id,
            type: 'customer-message',
            title: { key: 'Notifications.types.customer-message' },
            link: '/admin/collections/customers',
          },
          req,
        ),
      'commit',
    )
    await runMailJobs(member.id)
    const [mail] = sink.to(member.email)
    expect(mail.subject).toBe('Message from a customer')
    expect(mail.text).toContain(`${env.PUBLIC_URL}/admin/collections/customers`)
    expect(header(mail, 'List-Unsubscribe')).toBeUndefined()
  })
})

describe('one-click unsubscribe', () => {
  const post = (url: string) =>
    unsubscribeRoute(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    )

  it('works without a sign-in, once, and only for its type', async () => {
    const c = await customer('en')
    await change((req) => notify(update(c.id), req), 'commit')
    await runMailJobs(c.id)
    const [mail] = sink.to(c.email)
    const url = /^<(.+)>$/.exec(String(header(mail, 'List-Unsubscribe')))![1]

    const first = await post(url)
    expect(first.status).toBe(200)
    expect(await first.json()).toMatchObject({ state: 'done', types: ['production-update'] })
    const after = await payload.findByID({
      collection: 'customers',
      id: c.id,
      overrideAccess: true,
    })
    expect(after.emailOff).toEqual(['production-update'])
    expect(after.notificationDigest).toBe('immediately')

    const again = await post(url)
    expect(await again.json()).toMatchObject({ state: 'already' })
    const audits = await payload.find({
      collection: 'audit-log',
      where: {
        action: { equals: 'account.notifications.unsubscribed' },
        targetId: { equals: c.id },
      },
      overrideAccess: true,
    })
    expect(audits.totalDocs).toBe(1)
  })

  it('refuses an altered token', async () => {
    const res = await post(`${env.PUBLIC_URL}/api/notifications/unsubscribe?token=abc`)
    expect(res.status).toBe(404)
  })
})

describe('preferences', () => {
  it('marketing consent is stamped and audited when given and when withdrawn, and set nowhere else', async () => {
    const c = await customer('nl')
    const user = { ...c, collection: 'customers' as const }
    const { savePreferences } = await import('@/lib/notify/save-preferences')
    await savePreferences({ customer: user, changes: { marketingConsent: true } })
    const given = await payload.findByID({
      collection: 'customers',
      id: c.id,
      overrideAccess: true,
    })
    expect(given.marketingConsent).toBe(true)
    expect(given.marketingConsentAt).toBeTruthy()
    await savePreferences({
      customer: user,
      changes: { marketingConsent: false, timeZone: 'Asia/Tokyo' },
    })
    const audits = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: c.id }, action: { like: 'account.' } },
      sort: 'seq',
      overrideAccess: true,
    })
    expect(audits.docs.map((d) => d.action)).toEqual([
      'account.marketing-consent.given',
      'account.preferences.updated',
      'account.marketing-consent.withdrawn',
    ])
    // Through the API a customer cannot set consent without the stamp and the audit.
    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { marketingConsent: true, marketingConsentAt: null },
      user,
      overrideAccess: false,
    })
    const after = await payload.findByID({
      collection: 'customers',
      id: c.id,
      overrideAccess: true,
    })
    expect(after.marketingConsent).toBe(false)
    expect(after.timeZone).toBe('Asia/Tokyo')
  })
})
