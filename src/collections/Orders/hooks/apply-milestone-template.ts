import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/lib/timeline/milestones'

const DAY_MS = 86_400_000

/**
 * A new order gets its milestone plan from its model's template, in the transaction that creates
 * the order; staff adjust the copied milestones per car afterwards.
 */
export const applyMilestoneTemplate: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const { docs } = await req.payload.find({
    collection: 'milestone-templates',
    where: { model: { equals: doc.model } },
    sort: '-createdAt',
    depth: 0,
    limit: 1,
    overrideAccess: true, // system: the template applies whoever creates the order
    req,
  })
  const start = new Date(doc.orderDate ?? Date.now()).getTime()
  for (const m of docs[0]?.milestones ?? []) {
    await req.payload.create({
      collection: 'order-milestones',
      data: {
        order: doc.id,
        definition: idOf(m.definition)!,
        state: 'planned',
        plannedDate: new Date(start + m.plannedAfterDays * DAY_MS).toISOString(),
      },
      depth: 0,
      overrideAccess: true, // system: part of creating the order the caller may create
      req,
    })
  }
  return doc
}
