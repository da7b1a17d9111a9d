export const LOCALES = ['nl', 'en', 'de'] as const
export type TLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: TLocale = 'en'

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Each language in its own name, for pickers. */
export const LOCALE_NAMES: Record<TLocale, string> = {
  nl: 'Nederlands',
  en: 'English',
  de: 'Deutsch',
}
