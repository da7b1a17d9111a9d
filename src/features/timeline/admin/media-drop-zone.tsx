'use client'

import { useField, useForm } from '@payloadcms/ui'
import { useCallback, useId, useRef, useState } from 'react'

type TUpload = {
  key: string
  name: string
  progress: number
  state: 'uploading' | 'done' | 'failed'
  error?: string
}

/** Photo and video types the order-media collection accepts (it checks the content again). */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,video/mp4,video/quicktime,video/webm'

/** "paint-booth_02.jpg" → "paint booth 02": a first alt text staff can refine on the photo. */
export function altFromFileName(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300)
}

function errorMessage(xhr: XMLHttpRequest): string {
  try {
    const body = JSON.parse(xhr.responseText) as {
      detail?: string
      title?: string
      errors?: { message?: string }[]
    }
    return body.detail || body.errors?.[0]?.message || body.title || `HTTP ${xhr.status}`
  } catch {
    return xhr.status ? `HTTP ${xhr.status}` : 'The connection was lost.'
  }
}

/** POSTs one file to /api/order-media with the admin's session, reporting progress. */
function uploadOne(
  file: File,
  order: string,
  onProgress: (fraction: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ order, alt: altFromFileName(file.name) }))
    form.append('file', file)
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/order-media')
    xhr.withCredentials = true
    xhr.setRequestHeader('accept', 'application/json')
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total)
    xhr.onload = () => {
      if (xhr.status === 201)
        resolve((JSON.parse(xhr.responseText) as { doc: { id: string } }).doc.id)
      else reject(new Error(errorMessage(xhr)))
    }
    xhr.onerror = () => reject(new Error('The connection was lost.'))
    xhr.send(form)
  })
}

/**
 * On the production update's edit screen: drop photos and videos (or choose them), each uploads to
 * the car's private media with its own progress bar, and lands in the gallery (photos) or as the
 * update's video. The car must be chosen first; the server still checks that it is one of the
 * account manager's own and what each file really is.
 */
export function MediaDropZone() {
  const { value: order } = useField<string | { id: string } | null>({ path: 'order' })
  const video = useField<string | null>({ path: 'video' })
  const { addFieldRow, getDataByPath } = useForm()
  const [uploads, setUploads] = useState<TUpload[]>([])
  const [over, setOver] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const hintId = useId()
  const orderId = typeof order === 'string' ? order : (order?.id ?? null)

  const patch = (key: string, change: Partial<TUpload>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)))

  const start = useCallback(
    (files: File[]) => {
      if (!orderId) return
      const photos: Promise<string | null>[] = []
      for (const file of files) {
        const key = `${file.name}-${Math.random().toString(36).slice(2)}`
        setUploads((all) => [...all, { key, name: file.name, progress: 0, state: 'uploading' }])
        const uploaded = uploadOne(file, orderId, (progress) => patch(key, { progress })).then(
          (id) => {
            patch(key, { progress: 1, state: 'done' })
            return id
          },
          (err: Error) => {
            patch(key, { state: 'failed', error: err.message })
            return null
          },
        )
        if (file.type.startsWith('video/')) void uploaded.then((id) => id && video.setValue(id))
        else photos.push(uploaded)
      }
      // The photos of one drop join the gallery together, in the order they were chosen, once
      // all of them are stored: rows added one by one while the form's server round trip for the
      // previous one was still out came back without their photo.
      void Promise.all(photos).then((ids) => {
        const stored = ids.filter((id): id is string => id !== null)
        const at = (getDataByPath('gallery') as unknown[] | undefined)?.length ?? 0
        stored.forEach((id, i) =>
          addFieldRow({
            path: 'gallery',
            schemaPath: 'gallery',
            rowIndex: at + i,
            subFieldState: { media: { initialValue: id, value: id, valid: true } },
          }),
        )
      })
    },
    [orderId, video, addFieldRow, getDataByPath],
  )

  const disabled = !orderId
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <div
        data-testid="media-drop-zone"
        role="group"
        aria-describedby={hintId}
        onDragOver={(e) => {
          if (disabled) return
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          if (!disabled) start([...e.dataTransfer.files])
        }}
        style={{
          border: `1px dashed var(--theme-elevation-${over ? '800' : '250'})`,
          borderRadius: 'var(--style-radius-m)',
          padding: 'calc(var(--base) * 1.2)',
          background: over ? 'var(--theme-elevation-100)' : 'transparent',
          opacity: disabled ? 0.6 : 1,
        }}
      >
        <p id={hintId} style={{ margin: 0 }}>
          {disabled
            ? 'Choose the car first; then drop its photos and video here.'
            : 'Drop photos and a video of this car here. Photos join the gallery, a video becomes the update’s video.'}
        </p>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          style={{ marginTop: 'calc(var(--base) / 2)', marginBottom: 0 }}
          disabled={disabled}
          onClick={() => input.current?.click()}
        >
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          data-testid="media-drop-input"
          onChange={(e) => {
            start([...(e.target.files ?? [])])
            e.target.value = ''
          }}
        />
        {uploads.length > 0 && (
          <ul
            style={{ listStyle: 'none', padding: 0, margin: 'var(--base) 0 0' }}
            aria-live="polite"
          >
            {uploads.map((u) => (
              <li
                key={u.key}
                data-testid="media-upload"
                data-state={u.state}
                style={{ marginTop: 6 }}
              >
                <span>{u.name}</span>{' '}
                {u.state === 'failed' ? (
                  <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
                    — not uploaded: {u.error}
                  </span>
                ) : (
                  <progress
                    max={1}
                    value={u.progress}
                    aria-label={`${u.name}: ${Math.round(u.progress * 100)} %`}
                    style={{ verticalAlign: 'middle', width: 160 }}
                  />
                )}
                {u.state === 'done' && <span> uploaded</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
