/** Icons a help category may show (lucide names, drawn by the portal's help pages). */
export const HELP_CATEGORY_ICONS = [
  'truck',
  'sliders',
  'credit-card',
  'file-signature',
  'calendar',
  'sparkles',
] as const
export type THelpCategoryIcon = (typeof HELP_CATEGORY_ICONS)[number]

/** Slugs: lower-case words joined by hyphens, as they appear in /[locale]/help/<slug>. */
export const HELP_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validSlug(value: unknown): true | string {
  return typeof value === 'string' && HELP_SLUG.test(value) && value.length <= 80
    ? true
    : 'Lower-case letters, digits and hyphens only (at most 80 characters).'
}
