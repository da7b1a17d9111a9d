/**
 * Highlight markers for `ts_headline`: two control characters that cannot occur in indexed text
 * (the database strips them from titles, summaries and bodies before indexing). The snippet is
 * split on them into plain text segments, so nothing PostgreSQL returns is ever parsed as HTML:
 * the page renders each segment as text (React escapes it) and marks the hits with <mark>.
 */
export const START_SEL = '\u0001'
export const STOP_SEL = '\u0002'

export type TSegment = { text: string; hit: boolean }

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

export function parseHighlight(value: string | null | undefined): TSegment[] {
  const out: TSegment[] = []
  let hit = false
  let text = ''
  const push = () => {
    if (text) out.push({ text, hit })
    text = ''
  }
  for (const ch of value ?? '') {
    if (ch === START_SEL || ch === STOP_SEL) {
      push()
      hit = ch === START_SEL
    } else text += ch
  }
  push()
  return out.map((s) => ({ ...s, text: s.text.replace(CONTROL, '') })).filter((s) => s.text)
}

/** A plain text as one unmarked segment (trigram results have no highlight). */
export const plainSegments = (text: string | null | undefined): TSegment[] =>
  text ? [{ text: text.replace(CONTROL, ''), hit: false }] : []
