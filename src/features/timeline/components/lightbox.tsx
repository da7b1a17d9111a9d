'use client'

/* eslint-disable @next/next/no-img-element -- private photos stream from /api/files; next/image cannot optimise them */
import { useCallback, useEffect, useRef, useState } from 'react'

import { ChevronLeft } from '@/components/ui/icons/chevron-left'
import { ChevronRight } from '@/components/ui/icons/chevron-right'
import { X } from '@/components/ui/icons/x'
import type { TPhoto } from '@/lib/timeline/photo'

export type TLightboxLabels = {
  dialog: string
  close: string
  previous: string
  next: string
  /** "{n} of {total}" */
  counter: string
}

const SWIPE_PX = 50

/**
 * Full-screen photo viewer: arrow keys and swipe move between photos, Escape closes, Tab stays
 * inside, the page behind does not scroll. Pinch-zoom stays the browser's own (touch-action).
 */
export default function Lightbox({
  photos,
  start,
  labels,
  onClose,
}: {
  photos: TPhoto[]
  start: number
  labels: TLightboxLabels
  onClose: () => void
}) {
  const [index, setIndex] = useState(start)
  const dialog = useRef<HTMLDivElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const swipeFrom = useRef<{ x: number; y: number } | null>(null)
  const total = photos.length
  const go = useCallback((step: number) => setIndex((i) => (i + step + total) % total), [total])

  useEffect(() => {
    closeButton.current?.focus()
    const overflow = document.body.style.overflow
    document.body.style.overflow = 'hidden'
    return () => {
      document.body.style.overflow = overflow
    }
  }, [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose()
      else if (e.key === 'ArrowRight') go(1)
      else if (e.key === 'ArrowLeft') go(-1)
      else if (e.key === 'Tab') {
        const focusable = dialog.current?.querySelectorAll<HTMLElement>('button')
        if (!focusable?.length) return
        const first = focusable[0]
        const last = focusable[focusable.length - 1]
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault()
          last.focus()
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault()
          first.focus()
        }
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [go, onClose])

  const photo = photos[index]
  const counter = labels.counter.replace('{n}', String(index + 1)).replace('{total}', String(total))
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-label={labels.dialog}
      data-testid="lightbox"
      className="fixed inset-0 z-50 flex flex-col bg-ink/97 backdrop-blur-sm"
    >
      <div className="flex items-center justify-between px-4 sm:px-8 py-4">
        <p className="eyebrow" aria-live="polite">
          {counter}
        </p>
        <button
          ref={closeButton}
          type="button"
          onClick={onClose}
          aria-label={labels.close}
          className="p-2 text-mist hover:text-amber"
        >
          <X size={22} aria-hidden="true" />
        </button>
      </div>
      <div
        className="relative flex-1 min-h-0 flex items-center justify-center px-2 sm:px-20 [touch-action:pan-y_pinch-zoom]"
        onPointerDown={(e) => {
          swipeFrom.current = { x: e.clientX, y: e.clientY }
        }}
        onPointerUp={(e) => {
          const from = swipeFrom.current
          swipeFrom.current = null
          if (!from) return
          const dx = e.clientX - from.x
          if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(e.clientY - from.y))
            go(dx < 0 ? 1 : -1)
        }}
      >
        <img
          key={photo.id}
          src={photo.large}
          alt={photo.alt}
          className="max-h-full max-w-full object-contain select-none"
          draggable={false}
        />
        {total > 1 && (
          <>
            <button
              type="button"
              onClick={() => go(-1)}
              aria-label={labels.previous}
              className="absolute left-1 sm:left-6 top-1/2 -translate-y-1/2 p-3 text-mist hover:text-amber"
            >
              <ChevronLeft size={28} aria-hidden="true" />
            </button>
            <button
              type="button"
              onClick={() => go(1)}
              aria-label={labels.next}
              className="absolute right-1 sm:right-6 top-1/2 -translate-y-1/2 p-3 text-mist hover:text-amber"
            >
              <ChevronRight size={28} aria-hidden="true" />
            </button>
          </>
        )}
      </div>
      <p
        className="px-5 sm:px-8 py-5 text-sm text-mist text-center max-w-3xl mx-auto"
        data-testid="lightbox-caption"
      >
        {photo.caption || photo.alt}
      </p>
    </div>
  )
}
