import { connect } from 'node:net'
import type { Readable } from 'node:stream'

export type TScanResult = { clean: true } | { clean: false; signature: string }

/** clamd could not be reached or did not answer properly: the upload must not be stored. */
export class ScannerUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ScannerUnavailableError'
  }
}

/** clamd's default StreamMaxLength is 25 MB; pieces well under its chunk limit. */
const PIECE = 64 * 1024

/**
 * Scans a stream with clamd's INSTREAM command over TCP: `zINSTREAM\0`, then length-prefixed
 * pieces (uint32 BE), then a zero length; clamd answers `stream: OK` or `stream: <name> FOUND`.
 * Anything else — refused connection, timeout, clamd's own error such as its size limit — is
 * ScannerUnavailableError, never "clean".
 */
export function clamdScan(args: {
  host: string
  port: number
  timeoutMs: number
  source: Readable
}): Promise<TScanResult> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: args.host, port: args.port })
    const replies: Buffer[] = []
    let settled = false
    const fail = (message: string, cause?: unknown) => {
      if (settled) return
      settled = true
      socket.destroy()
      args.source.destroy()
      reject(new ScannerUnavailableError(message, { cause }))
    }
    socket.setTimeout(args.timeoutMs, () => fail('virus scanner timed out'))
    socket.on('error', (err) => fail(`virus scanner unreachable: ${err.message}`, err))
    socket.on('data', (b) => replies.push(b))
    socket.on('end', () => {
      if (settled) return
      settled = true
      socket.destroy()
      const reply = Buffer.concat(replies).toString('utf8').replace(/\0+$/, '').trim()
      if (reply === 'stream: OK') return resolve({ clean: true })
      const found = /^stream: (.+) FOUND$/.exec(reply)
      if (found) return resolve({ clean: false, signature: found[1] })
      reject(new ScannerUnavailableError(`virus scanner answered "${reply.slice(0, 200)}"`))
    })
    socket.once('connect', async () => {
      try {
        socket.write('zINSTREAM\0')
        for await (const chunk of args.source) {
          const buf = chunk as Buffer
          for (let i = 0; i < buf.length; i += PIECE) {
            const piece = buf.subarray(i, i + PIECE)
            const len = Buffer.alloc(4)
            len.writeUInt32BE(piece.length)
            if (!socket.write(Buffer.concat([len, piece])))
              await new Promise((r) => socket.once('drain', r))
            if (settled) return
          }
        }
        socket.write(Buffer.alloc(4))
      } catch (err) {
        fail('could not read the file for scanning', err)
      }
    })
  })
}
