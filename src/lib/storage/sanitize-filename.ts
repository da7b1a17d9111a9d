/**
 * A file name safe to store and later send in Content-Disposition: no directories, no control or
 * reserved characters, no leading dots (hidden files), at most 200 characters, never empty.
 */
export function sanitizeFilename(name: string | null | undefined, fallback = 'file'): string {
  const base = (name ?? '').normalize('NFC').split(/[/\\]/).pop() ?? ''
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  return Array.from(cleaned).slice(0, 200).join('') || fallback
}
