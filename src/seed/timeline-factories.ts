import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { TStage } from '@/lib/orders/stages'
import type { TAutomaticUpdate, TMilestoneState } from '@/lib/timeline/milestones'
import type { MilestoneDefinition, OrderMilestone, ProductionUpdate } from '@/payload-types'

const rand = () => randomBytes(4).toString('hex')

/** Rich text of plain paragraphs, as Payload's editor stores it. */
export function paragraphs(...texts: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: texts.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      })),
    },
  }
}

export async function createMilestoneDefinition(
  payload: Payload,
  input: {
    key?: string
    name?: string
    stage?: TStage
    sortOrder?: number
    automaticUpdate?: TAutomaticUpdate
    automaticTitle?: string
  } = {},
): Promise<MilestoneDefinition> {
  return payload.create({
    collection: 'milestone-definitions',
    data: {
      key: input.key ?? `m-${rand()}`,
      name: input.name ?? 'Paint',
      stage: input.stage ?? 'production',
      sortOrder: input.sortOrder ?? 10,
      automaticUpdate: input.automaticUpdate ?? 'none',
      automaticTitle: input.automaticTitle,
    },
    overrideAccess: true, // factory
    depth: 0,
  })
}

export async function createOrderMilestone(
  payload: Payload,
  input: {
    order: string
    definition: string
    state?: TMilestoneState
    plannedDate?: string
    actualDate?: string
  },
): Promise<OrderMilestone> {
  return payload.create({
    collection: 'order-milestones',
    data: { state: 'planned', ...input },
    overrideAccess: true, // factory
    depth: 0,
    context: { seed: true },
  })
}

/** An update as staff would post it; `status` draft keeps it from the customer. */
export async function createProductionUpdate(
  payload: Payload,
  input: {
    order: string
    title?: string
    status?: 'draft' | 'published'
    milestone?: string
    gallery?: string[]
    video?: string
    publishedAt?: string
    automatic?: boolean
    body?: string[]
    locale?: 'en' | 'nl' | 'de'
    notify?: boolean
  },
): Promise<ProductionUpdate> {
  const status = input.status ?? 'published'
  return payload.create({
    collection: 'production-updates',
    data: {
      order: input.order,
      title: input.title ?? `Update ${rand()}`,
      body: paragraphs(...(input.body ?? ['The chassis is bonded.'])),
      milestone: input.milestone,
      gallery: (input.gallery ?? []).map((media) => ({ media })),
      video: input.video,
      publishedAt: input.publishedAt,
      automatic: input.automatic ?? false,
      _status: status,
    },
    draft: status === 'draft',
    locale: input.locale ?? 'en',
    overrideAccess: true, // factory
    depth: 0,
    context: input.notify ? {} : { seed: true },
  })
}
