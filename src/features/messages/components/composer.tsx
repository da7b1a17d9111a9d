'use client'

import { useEffect, useRef, useState } from 'react'

import { Paperclip } from '@/components/ui/icons/paperclip'
import { Send } from '@/components/ui/icons/send'
import { X } from '@/components/ui/icons/x'
import { fill } from '@/lib/i18n/fill'

import type { TChatTexts } from './chat-texts'
import { ACCEPTED, type TUpload, uploadAttachment } from './upload'

const MAX = 4000

/**
 * The composer: a draft kept in localStorage across reloads, Enter to send (Shift+Enter for a new
 * line), photos and PDFs by button, drag and drop or paste, each with its upload progress.
 */
export function Composer({
  conversation,
  orders,
  initialDraft,
  onSend,
  onTyping,
  texts: t,
}: {
  conversation: string
  orders: { id: string; label: string }[]
  initialDraft: string
  onSend: (m: { body: string; order?: string; attachments: { id: string; name: string }[] }) => void
  onTyping: () => void
  texts: TChatTexts['composer']
}) {
  const key = `dv-chat-draft:${conversation}`
  const [body, setBody] = useState('')
  const [order, setOrder] = useState('')
  const [uploads, setUploads] = useState<TUpload[]>([])
  const [error, setError] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    // The saved draft is read after hydration (the server cannot know it).
    const saved = localStorage.getItem(key) ?? initialDraft
    queueMicrotask(() => setBody(saved))
  }, [key, initialDraft])

  const change = (value: string) => {
    setBody(value)
    localStorage.setItem(key, value)
    onTyping()
  }

  const addFiles = (files: FileList | File[]) => {
    setError(null)
    for (const file of Array.from(files)) {
      if (!(ACCEPTED as readonly string[]).includes(file.type)) {
        setError(fill(t.badFile, { name: file.name }))
        continue
      }
      const upload: TUpload = {
        key: crypto.randomUUID(),
        name: file.name,
        progress: 0,
        state: 'uploading',
      }
      const set = (patch: Partial<TUpload>) =>
        setUploads((list) => list.map((u) => (u.key === upload.key ? { ...u, ...patch } : u)))
      setUploads((list) => [...list, upload])
      uploadAttachment(file, conversation, (progress) => set({ progress }))
        .then((id) => set({ id, state: 'done', progress: 1 }))
        .catch(() => {
          set({ state: 'failed' })
          setError(fill(t.uploadFailed, { name: file.name }))
        })
    }
  }

  const ready = uploads.filter((u) => u.state === 'done' && u.id)
  const busy = uploads.some((u) => u.state === 'uploading')
  const tooLong = body.length > MAX
  const canSend = !busy && !tooLong && (body.trim().length > 0 || ready.length > 0)

  const submit = () => {
    if (!canSend) return
    onSend({
      body: body.trim(),
      order: order || undefined,
      attachments: ready.map((u) => ({ id: u.id!, name: u.name })),
    })
    setBody('')
    setUploads([])
    localStorage.removeItem(key)
  }

  return (
    <form
      className={`border-t border-line bg-ink/95 p-3 sm:p-4 flex flex-col gap-2 ${dragging ? 'outline outline-1 outline-amber' : ''}`}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        addFiles(e.dataTransfer.files)
      }}
      data-testid="composer"
    >
      {dragging && <p className="text-xs text-amber">{t.drop}</p>}
      {orders.length > 1 && (
        <label className="flex items-center gap-2 text-xs text-mist">
          {t.about}
          <select
            value={order}
            onChange={(e) => setOrder(e.target.value)}
            className="bg-carbon border border-line px-2 py-1 text-ivory"
            data-testid="composer-order"
          >
            <option value="">{t.aboutNone}</option>
            {orders.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {uploads.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {uploads.map((u) => (
            <li
              key={u.key}
              className="flex items-center gap-2 border border-line px-2 py-1 text-xs text-mist"
              data-testid="upload"
            >
              <span className="max-w-36 truncate">{u.name}</span>
              <progress
                value={u.progress}
                max={1}
                className="h-1 w-16 accent-amber"
                aria-label={u.name}
              />
              <button
                type="button"
                onClick={() => setUploads((list) => list.filter((x) => x.key !== u.key))}
                aria-label={fill(t.remove, { name: u.name })}
                className="text-smoke hover:text-amber"
              >
                <X size={12} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex items-end gap-2">
        <button
          type="button"
          onClick={() => fileInput.current?.click()}
          className="p-3 border border-line text-mist hover:text-amber hover:border-amber"
          aria-label={t.attach}
          title={t.attach}
        >
          <Paperclip size={16} aria-hidden="true" />
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPTED.join(',')}
          className="sr-only"
          tabIndex={-1}
          onChange={(e) => {
            if (e.target.files) addFiles(e.target.files)
            e.target.value = ''
          }}
          data-testid="composer-files"
        />
        <label className="flex-1">
          <span className="sr-only">{t.composer}</span>
          <textarea
            value={body}
            rows={2}
            placeholder={t.placeholder}
            onChange={(e) => change(e.target.value)}
            onPaste={(e) => {
              if (e.clipboardData.files.length) {
                e.preventDefault()
                addFiles(e.clipboardData.files)
              }
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault()
                submit()
              }
            }}
            aria-invalid={tooLong || undefined}
            className="w-full resize-none bg-carbon border border-line px-3 py-2.5 text-ivory placeholder:text-smoke focus:border-amber focus:outline-none"
            data-testid="composer-input"
          />
        </label>
        <button
          type="submit"
          disabled={!canSend}
          className="p-3 bg-amber text-ink hover:bg-amber-bright disabled:opacity-50"
          aria-label={t.send}
          data-testid="composer-send"
        >
          <Send size={16} aria-hidden="true" />
        </button>
      </div>
      {(error || tooLong) && (
        <p role="alert" className="text-xs text-red-300">
          {tooLong ? t.tooLong : error}
        </p>
      )}
    </form>
  )
}
