/** States a milestone of one car can be in; the ERP feed and staff set them. */
export const MILESTONE_STATES = ['planned', 'in-progress', 'done', 'delayed'] as const
export type TMilestoneState = (typeof MILESTONE_STATES)[number]

/** What a milestone reaching `done` does on its own, per definition. */
export const AUTOMATIC_UPDATES = ['none', 'draft', 'published'] as const
export type TAutomaticUpdate = (typeof AUTOMATIC_UPDATES)[number]

export const idOf = (v: unknown): string | undefined =>
  v && typeof v === 'object' ? String((v as { id: string }).id) : v ? String(v) : undefined
