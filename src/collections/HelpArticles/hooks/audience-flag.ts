import type { FieldHook } from 'payload'

/**
 * `anyModel` / `anyStage`: whether an article is for every customer on that axis, kept beside the
 * target list it summarises so the read filter is a plain equality (src/access/help-articles-read.ts).
 * Always derived here; a value sent by a caller is overwritten.
 */
export const audienceFlag =
  (targets: 'targetModels' | 'targetStages'): FieldHook =>
  ({ siblingData, originalDoc }) => {
    const list = targets in siblingData ? siblingData[targets] : originalDoc?.[targets]
    return !(Array.isArray(list) && list.length > 0)
  }
