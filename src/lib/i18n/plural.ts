/**
 * A message with one number in it (`{minutes, plural, one {…} other {# …}}`), translated on the
 * server into each plural form of the locale and picked in the browser with `Intl.PluralRules`:
 * a client component can say "wait 3 minutes" in three languages without next-intl's message
 * runtime. The server side is `pluralForms` (plural-forms.ts).
 */
export type TPluralText = {
  locale: string
  forms: Partial<Record<Intl.LDMLPluralRule, string>>
}

/** Where a form takes the number (invisible word joiners around `#`: no text has them). */
export const NUMBER_SLOT = '\u2060#\u2060'

export function pluralText(text: TPluralText, n: number): string {
  const form = text.forms[new Intl.PluralRules(text.locale).select(n)] ?? text.forms.other ?? ''
  return form.split(NUMBER_SLOT).join(new Intl.NumberFormat(text.locale).format(n))
}
