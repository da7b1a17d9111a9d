/**
 * Reads an async byte source in pieces of an exact size, whatever sizes the source yields, holding
 * no more than one piece plus one source buffer.
 */
export function exactReader(source: AsyncIterable<Uint8Array>) {
  const it = source[Symbol.asyncIterator]()
  let parts: Buffer[] = []
  let held = 0
  let done = false
  return {
    /** Exactly n bytes, or fewer only when the source has ended. */
    async read(n: number): Promise<Buffer> {
      while (held < n && !done) {
        const next = await it.next()
        if (next.done) done = true
        else if (next.value.length) {
          parts.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length))
          held += next.value.length
        }
      }
      const all = parts.length === 1 ? parts[0] : Buffer.concat(parts, held)
      const out = all.subarray(0, Math.min(n, held))
      const rest = all.subarray(out.length)
      parts = rest.length ? [rest] : []
      held = rest.length
      return out
    },
    /** Stops the source early (e.g. a destroyed file stream closes its descriptor). */
    async close() {
      if (!done) await it.return?.()
      done = true
    },
  }
}
