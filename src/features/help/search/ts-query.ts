/** At most this many words of a query take part; the rest is ignored, not an error. */
export const MAX_WORDS = 8
const MAX_WORD_LENGTH = 40

/** The words of a search box: letters and digits in any script, lower-cased. */
export function queryWords(input: string): string[] {
  const words =
    input
      .normalize('NFC')
      .toLocaleLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  return words.slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD_LENGTH))
}

/**
 * A `to_tsquery` text in which every word must occur as a prefix of an indexed word (`w:*`).
 * PostgreSQL stems each word with the language's snowball configuration first, so "Lackierung"
 * becomes `lackier:*` and matches "lackiert"; the prefix also finds a word still being typed
 * ("lak" → "lakken", "lakwerk"). Only letters and digits reach the query, so no input can
 * inject tsquery operators. Null when nothing searchable is left.
 */
export function prefixTsQuery(input: string): string | null {
  const words = queryWords(input)
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null
}
