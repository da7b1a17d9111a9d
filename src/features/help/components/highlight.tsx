import type { TSegment } from '../search/highlight'

/** A search title or snippet: hits in <mark>, everything as text (never as HTML). */
export function Highlight({ segments }: { segments: TSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="bg-transparent text-amber font-medium">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  )
}
