import 'server-only'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/audit/record-audit'
import { transactionDb } from '@/lib/db/postgres'
import { advisoryXactLock } from '@/lib/db/with-advisory-lock'
import { AppError } from '@/lib/errors'
import { LOCALES } from '@/lib/i18n/locales'
import { idOf } from '@/lib/timeline/milestones'

import type { TErpEvent, TErpResult } from './schema'

const ERP = { actorType: 'integration', actorId: null, actorLabel: 'erp' } as const
const system = { overrideAccess: true, depth: 0 } as const // system: the signed ERP feed acts

const unknown = (field: string, message: string) =>
  new AppError('UNPROCESSABLE', message, { issues: [{ path: field, message }] })

/**
 * Applies a batch in one transaction, serialised with every other batch: each event moves its
 * milestone (and may post the automatic update its definition asks for), is audited with source
 * `erp` and recorded by id. An event seen before changes nothing and answers as it did then; one
 * unknown order or milestone rolls the whole batch back.
 */
export async function applyErpEvents(args: {
  payload: Payload
  events: TErpEvent[]
  signature: string
  headers: Headers
}): Promise<TErpResult[]> {
  const { payload, events, signature } = args
  const transactionID = await payload.db.beginTransaction()
  if (transactionID === null || transactionID === undefined)
    throw new Error('the database adapter did not start a transaction')
  try {
    const tx = transactionDb(payload, transactionID)
    if (!tx) throw new Error('no transaction for the ERP feed')
    await advisoryXactLock(tx, 'erp-events')
    const req = await createLocalReq({ req: { transactionID, headers: args.headers } }, payload)
    const replayed = await payload.count({
      collection: 'erp-events',
      where: { signature: { equals: signature } },
      ...system,
      req,
    })
    if (replayed.totalDocs > 0)
      throw new AppError('CONFLICT', 'This signed request was delivered before (replay refused).')
    const results: TErpResult[] = []
    for (const [i, event] of events.entries())
      results.push(await applyOne({ payload, req, event, index: i, signature }))
    await payload.db.commitTransaction(transactionID)
    return results
  } catch (err) {
    await payload.db.rollbackTransaction(transactionID)
    throw err
  }
}

async function applyOne(args: {
  payload: Payload
  req: PayloadRequest
  event: TErpEvent
  index: number
  signature: string
}): Promise<TErpResult> {
  const { payload, req, event, index } = args
  const seen = await payload.find({
    collection: 'erp-events',
    where: { eventId: { equals: event.id } },
    limit: 1,
    ...system,
    req,
  })
  if (seen.docs[0]) {
    // The stored answer, in the field order of the first one (jsonb does not keep it).
    const r = seen.docs[0].result as TErpResult
    return {
      id: r.id,
      orderNumber: r.orderNumber,
      milestone: r.milestone,
      state: r.state,
      automaticUpdate: r.automaticUpdate,
    }
  }

  const { docs: orders } = await payload.find({
    collection: 'orders',
    where: { orderNumber: { equals: event.orderNumber } },
    limit: 1,
    select: { customer: true },
    ...system,
    req,
  })
  const order = orders[0]
  if (!order)
    throw unknown(`events[${index}].orderNumber`, `No order ${event.orderNumber} is known.`)
  const { docs: milestones } = await payload.find({
    collection: 'order-milestones',
    where: { and: [{ order: { equals: order.id } }, { key: { equals: event.milestone } }] },
    limit: 1,
    ...system,
    req,
  })
  const milestone = milestones[0]
  if (!milestone)
    throw unknown(
      `events[${index}].milestone`,
      `Order ${event.orderNumber} has no milestone "${event.milestone}".`,
    )

  const reached = event.state === 'done' && milestone.state !== 'done'
  await payload.update({
    collection: 'order-milestones',
    id: milestone.id,
    data: {
      state: event.state,
      ...(event.plannedDate ? { plannedDate: new Date(event.plannedDate).toISOString() } : {}),
      ...(event.actualDate
        ? { actualDate: new Date(event.actualDate).toISOString() }
        : reached
          ? { actualDate: new Date().toISOString() }
          : {}),
      ...(event.note ? { note: event.note } : {}),
    },
    ...system,
    req,
  })
  const automaticUpdate = reached
    ? await postAutomaticUpdate({
        payload,
        req,
        order: order.id,
        milestone: milestone.id,
        definition: idOf(milestone.definition)!,
      })
    : null
  const result: TErpResult = {
    id: event.id,
    orderNumber: event.orderNumber,
    milestone: event.milestone,
    state: event.state,
    automaticUpdate,
  }
  await payload.create({
    collection: 'erp-events',
    data: {
      eventId: event.id,
      signature: args.signature,
      orderNumber: event.orderNumber,
      milestone: event.milestone,
      state: event.state,
      result,
    },
    ...system,
    req,
  })
  await recordAudit({
    payload,
    req,
    entry: {
      ...ERP,
      action: 'erp.milestone-event.applied',
      targetType: 'order-milestone',
      targetId: String(milestone.id),
      outcome: 'success',
      details: {
        source: 'erp',
        eventId: event.id,
        orderNumber: event.orderNumber,
        milestone: event.milestone,
        from: milestone.state,
        to: event.state,
        ...(automaticUpdate ? { automaticUpdate } : {}),
      },
    },
  })
  return result
}

/** The update a definition posts by itself when its milestone is reached, in every language. */
async function postAutomaticUpdate(args: {
  payload: Payload
  req: PayloadRequest
  order: string
  milestone: string
  definition: string
}): Promise<string | null> {
  const { payload, req } = args
  const def = await payload.findByID({
    collection: 'milestone-definitions',
    id: args.definition,
    locale: 'all',
    ...system,
    req,
  })
  const mode = def.automaticUpdate
  if (!mode || mode === 'none') return null
  const titles = (def.automaticTitle ?? {}) as unknown as Record<string, string | undefined>
  const names = (def.name ?? {}) as unknown as Record<string, string | undefined>
  const status = mode === 'published' ? 'published' : 'draft'
  const doc = await payload.create({
    collection: 'production-updates',
    locale: 'en',
    data: {
      order: args.order,
      milestone: args.milestone,
      title: titles.en || names.en || def.key,
      automatic: true,
      _status: status,
    },
    draft: status === 'draft',
    ...system,
    req,
  })
  for (const locale of LOCALES.filter((l) => l !== 'en'))
    if (titles[locale] || names[locale])
      await payload.update({
        collection: 'production-updates',
        id: doc.id,
        locale,
        data: { title: titles[locale] || names[locale], _status: status },
        draft: status === 'draft',
        ...system,
        req,
      })
  return String(doc.id)
}
