/** Passes on `length` bytes of `source` after dropping the first `skip`. */
export async function* sliceBytes(
  source: AsyncIterable<Buffer>,
  skip: number,
  length: number,
): AsyncGenerator<Buffer> {
  let toSkip = skip
  let left = length
  for await (const buf of source) {
    const part = buf.subarray(Math.min(toSkip, buf.length), Math.min(buf.length, toSkip + left))
    toSkip = Math.max(0, toSkip - buf.length)
    left -= part.length
    // No early return: the source's own end checks (e.g. no data after the last chunk) must run.
    if (part.length) yield part
  }
}
