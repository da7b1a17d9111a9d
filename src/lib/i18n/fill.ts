/**
 * A translated text with one value only the browser knows (a passkey's name, a date it formats
 * itself): the server translates it with `VALUE_SLOT` for the value, the browser puts the value
 * in with `fillText`, and the page needs no message runtime for it. Numbers with plurals go
 * through plural.ts instead.
 */
export const VALUE_SLOT = '\u2060$\u2060'

export function fillText(text: string, value: string): string {
  return text.split(VALUE_SLOT).join(value)
}
