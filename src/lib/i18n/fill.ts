/**
 * A text translated on the server with its `{name}` slots kept (`t('typing', { name: '{name}' })`),
 * filled in the browser with what is only known there: a client component says "Anouk is
 * typing…" in three languages without next-intl's message runtime. A slot without a value stays.
 */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(values, name) ? values[name] : slot,
  )
}
