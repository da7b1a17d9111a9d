import type { Payload } from 'payload'

import type { TStaffRole } from '@/access/policy'
import { totpSeal } from '@/lib/auth/totp-seal'
import type { TLocale } from '@/lib/i18n/locales'
import { logger } from '@/lib/logger'
import { MODELS } from '@/lib/orders/models'

import accounts from './demo-accounts.json'
import { seedDemoEvents } from './demo-events'
import { seedDemoHelp } from './demo-help'
import { seedDemoLibrary } from './demo-library'
import { seedDemoDocuments } from './demo-documents'
import { seedDemoMedia } from './demo-media'
import { seedDemoCannedReplies } from './demo-canned-replies'
import { seedDemoMessages } from './demo-messages'
import { seedDemoNotifications } from './demo-notifications'
import { DEMO_CONFIGURATIONS, DEMO_VINS } from './demo-configurations'
import { translateDemo } from './demo-translations'
import { seedDemoTimeline, seedMilestoneCatalogue } from './demo-timeline'
import { createCustomer, createOrder, createStaff } from './factories'

const month = (offset: number) => {
  const d = new Date()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() + offset)
  return d.toISOString()
}

/** Demo world for `npm start`: runs once, on an empty database only. */
export async function seedDemo(payload: Payload) {
  const { totalDocs } = await payload.count({ collection: 'staff', overrideAccess: true }) // seed
  if (totalDocs > 0) return

  logger.info('seeding demo data')
  const staff = new Map<string, string>()
  for (const s of accounts.staff) {
    const doc = await createStaff(payload, {
      ...s,
      role: s.role as TStaffRole,
      password: accounts.password,
    })
    staff.set(s.email, doc.id)
    // Demo only: a published authenticator key (printed by `npm start`, in the README), so the
    // demo can be tried with any authenticator app. Marketing and finance have none: they are
    // asked to set one up at their first sign-in, as every real staff member is.
    if ('totp' in s && s.totp) {
      await payload.update({
        collection: 'staff',
        id: doc.id,
        data: {
          totpSecret: totpSeal.seal(accounts.staffTotpKey),
          totpEnabledAt: new Date().toISOString(),
        },
        overrideAccess: true, // seed
      })
    }
  }
  // Pieter's winter holiday, two weeks ahead, with Anouk answering his customers meanwhile: set
  // its first day to today in /admin to see the cover at work.
  const fromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
  await payload.update({
    collection: 'staff',
    id: staff.get('pieter@donkervoort.example')!,
    data: {
      absence: {
        from: fromNow(14),
        until: fromNow(24),
        coveredBy: staff.get('anouk@donkervoort.example'),
      },
    },
    overrideAccess: true, // seed
  })
  const customers = new Map<string, string>()
  for (const c of accounts.customers) {
    const doc = await createCustomer(payload, {
      email: c.email,
      firstName: c.firstName,
      lastName: c.lastName,
      preferredLocale: c.locale as TLocale,
      accountManager: staff.get(c.manager),
      password: c.invited ? undefined : accounts.password,
      sendInvitation: Boolean(c.invited),
    })
    customers.set(c.email, doc.id)
  }

  await seedMilestoneCatalogue(
    payload,
    MODELS.map((m) => m.value),
  )
  const inProduction = await createOrder(payload, {
    customer: customers.get('sophie@customer.example')!,
    orderNumber: 'DV-2025-0418',
    model: 'p24-rs',
    stage: 'production',
    orderDate: month(-14),
    deliveryWindowStart: month(5),
    deliveryWindowEnd: month(7),
    configuration: DEMO_CONFIGURATIONS['DV-2025-0418'],
    vin: DEMO_VINS['DV-2025-0418'],
    actionItems: [
      { title: 'Choose your seat embroidery', dueDate: month(1), done: false },
      { title: 'Confirm your handover location', dueDate: month(3), done: false },
    ],
  })
  await createOrder(payload, {
    customer: customers.get('sophie@customer.example')!,
    orderNumber: 'DV-2026-0107',
    model: 'f22',
    stage: 'engineering',
    orderDate: month(-4),
    deliveryWindowStart: month(14),
    deliveryWindowEnd: month(17),
    configuration: DEMO_CONFIGURATIONS['DV-2026-0107'],
  })
  await createOrder(payload, {
    customer: customers.get('max@customer.example')!,
    orderNumber: 'DV-2024-0932',
    model: 'd8-gto-jd70',
    stage: 'final-assembly',
    orderDate: month(-22),
    deliveryWindowStart: month(1),
    deliveryWindowEnd: month(2),
    configuration: DEMO_CONFIGURATIONS['DV-2024-0932'],
    vin: DEMO_VINS['DV-2024-0932'],
    actionItems: [{ title: 'Book your factory handover day', dueDate: month(1), done: false }],
  })
  await createOrder(payload, {
    customer: customers.get('james@customer.example')!,
    orderNumber: 'DV-2023-0211',
    model: 'd8-gto-individual-series',
    stage: 'delivery',
    orderDate: month(-30),
    deliveredAt: month(-3),
    deliveryWindowStart: month(-4),
    deliveryWindowEnd: month(-3),
    configuration: DEMO_CONFIGURATIONS['DV-2023-0211'],
    vin: DEMO_VINS['DV-2023-0211'],
  })
  await createOrder(payload, {
    customer: customers.get('lena@customer.example')!,
    orderNumber: 'DV-2026-0355',
    model: 'p24-rs',
    stage: 'design',
    orderDate: month(-1),
    configuration: DEMO_CONFIGURATIONS['DV-2026-0355'],
    actionItems: [
      { title: 'Schedule your configuration session in Lelystad', dueDate: month(1), done: false },
    ],
  })
  await translateDemo(payload)
  await seedDemoMedia(payload, inProduction.id)
  await seedDemoTimeline(payload)
  await seedDemoHelp(payload)
  await seedDemoLibrary(payload)
  await seedDemoDocuments(payload, customers)
  await seedDemoMessages(payload, { customers, staff })
  await seedDemoCannedReplies(payload)
  await seedDemoEvents(payload, customers)
  const { docs: orders } = await payload.find({
    collection: 'orders',
    limit: 100,
    depth: 0,
    overrideAccess: true, // seed
  })
  await seedDemoNotifications(payload, {
    customers,
    staff,
    orders: orders.map((o) => ({
      id: o.id,
      customer: typeof o.customer === 'object' ? o.customer.id : o.customer,
      model: o.model,
      orderNumber: o.orderNumber,
    })),
  })
  logger.info('demo data ready')
}
