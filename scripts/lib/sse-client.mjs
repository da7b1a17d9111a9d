// A small Server-Sent Events reader over a fetch Response body, for the live tests and
// scripts/bench/live.mjs (the `eventsource` package needs Node 22). Events without a name are
// "message"; comment lines (heartbeats) are counted, not returned.

/** Reads `body` (a web ReadableStream of bytes) and calls `onEvent({ id, event, data })` per event. */
export function readSse(body, onEvent, onComment = () => {}) {
  const decoder = new TextDecoder()
  let buffer = ''
  const reader = body.getReader()
  const done = (async () => {
    for (;;) {
      const { value, done: end } = await reader.read().catch(() => ({ done: true }))
      if (end) return
      buffer += decoder.decode(value, { stream: true })
      let cut
      while ((cut = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, cut)
        buffer = buffer.slice(cut + 2)
        const event = { id: null, event: 'message', data: '' }
        let data = []
        let comment = false
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comment = true
          else if (line.startsWith('id: ')) event.id = line.slice(4)
          else if (line.startsWith('event: ')) event.event = line.slice(7)
          else if (line.startsWith('data: ')) data.push(line.slice(6))
        }
        event.data = data.join('\n')
        if (data.length) onEvent(event)
        else if (comment) onComment()
      }
    }
  })()
  return { done, cancel: () => reader.cancel().catch(() => {}) }
}
