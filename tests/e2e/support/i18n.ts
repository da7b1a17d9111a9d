import de from '../../../src/messages/de.json' with { type: 'json' }
import en from '../../../src/messages/en.json' with { type: 'json' }
import nl from '../../../src/messages/nl.json' with { type: 'json' }

export type TLocale = 'nl' | 'en' | 'de'

const MESSAGES = { nl, en, de } as const

/**
 * The portal's own text for a message key ("Dashboard.welcome"), so specs assert what a customer
 * reads in that language. Only simple `{name}` placeholders are supported.
 */
export function t(
  locale: TLocale,
  key: string,
  values: Record<string, string | number> = {},
): string {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      MESSAGES[locale],
    )
  if (typeof found !== 'string') throw new Error(`no message ${key} for ${locale}`)
  return found.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`message ${key} needs a value for {${name}}`)
    return String(values[name])
  })
}
