import { contentDisposition } from '@/lib/http/content-disposition'
import type { TPrivateFilesOptions } from '@/lib/storage/private-files-options'
import type { StoredFile } from '@/payload-types'

/** Types a browser may show in place; anything else is always a download. */
const INLINE =
  /^(image\/(jpeg|png|webp|avif|gif)|video\/(mp4|quicktime|webm)|audio\/\w+|application\/pdf|text\/plain)(;|$)/i

/**
 * Nothing in a served file may run or load anything: no scripts, no plugins, no requests, and
 * sandboxed as a unique origin. PDFs keep the browser's viewer, which a sandbox would block; the
 * viewer runs no script of the document's own origin.
 *
 * Framing: none, except an inline PDF of a collection marked `frameable` (documents, invoices),
 * which our own pages (same origin) may show in an <iframe> — the documents page previews it in
 * the browser's viewer. That keeps the pages' strict nonce CSP (no pdf.js, no worker, no eval);
 * `<object>`/`<embed>` stay blocked by `object-src 'none'`. Other origins can still never frame a
 * file (no clickjacking), and photos, videos and downloads are never framed at all.
 */
const CSP_SANDBOX =
  "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"
const CSP_PDF = "default-src 'none'; frame-ancestors 'none'"
const CSP_PDF_FRAMEABLE = "default-src 'none'; frame-ancestors 'self'"

export const etagOf = (meta: StoredFile) => `"${meta.sha256 ?? meta.id}"`

/** Headers every answer about a readable file carries (200, 206, 304, 416, HEAD). */
export function fileHeaders(args: {
  meta: StoredFile
  options: TPrivateFilesOptions
  download: boolean
}): Headers {
  const { meta, options } = args
  const inline = !args.download && INLINE.test(meta.contentType)
  const pdf = /^application\/pdf/i.test(meta.contentType)
  const frameable = Boolean(options.frameable && pdf && inline)
  return new Headers({
    'content-type': meta.contentType,
    'content-disposition': contentDisposition(meta.filename, inline ? 'inline' : 'attachment'),
    'accept-ranges': 'bytes',
    etag: etagOf(meta),
    'cache-control': options.immutable
      ? 'private, max-age=31536000, immutable'
      : 'private, no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': frameable
      ? CSP_PDF_FRAMEABLE
      : pdf && inline
        ? CSP_PDF
        : CSP_SANDBOX,
    'x-frame-options': frameable ? 'SAMEORIGIN' : 'DENY',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    vary: 'Cookie',
  })
}

/** Whether an If-None-Match header names this representation (weak comparison, RFC 9110 §13.1.2). */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)
}
