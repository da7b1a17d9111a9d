/**
 * A Content-Disposition header value (RFC 6266) for `filename`. ASCII names go in `filename`
 * as a quoted string; any other name also gets `filename*` (RFC 5987/8187, UTF-8, percent-encoded)
 * with an ASCII fallback in `filename` for old clients. Quotes, backslashes and control characters
 * never reach the header.
 */
export function contentDisposition(
  filename: string,
  type: 'inline' | 'attachment' = 'inline',
): string {
  const clean = filename.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'file'
  const fallback =
    clean
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_') || 'file'
  if (fallback === clean) return `${type}; filename="${fallback}"`
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(clean)}`
}

/** RFC 5987 `value-chars`: attr-char stays, everything else is percent-encoded UTF-8. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}
