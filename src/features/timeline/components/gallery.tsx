'use client'

/* eslint-disable @next/next/no-img-element -- private photos stream from /api/files; next/image cannot optimise them */
import { lazy, Suspense, useRef, useState } from 'react'

import type { TPhoto } from '@/lib/timeline/photo'

import type { TLightboxLabels } from './lightbox'

// The lightbox's code loads only when a photo is opened: the page's first load stays small.
const Lightbox = lazy(() => import('./lightbox'))

/** An update's photos: the first large, the rest as a grid; each opens the lightbox. */
export function Gallery({
  photos,
  labels,
  openLabel,
}: {
  photos: TPhoto[]
  labels: TLightboxLabels
  /** "Open photo {n}", with `{n}` replaced here. */
  openLabel: string
}) {
  const [open, setOpen] = useState<number | null>(null)
  const triggers = useRef<(HTMLButtonElement | null)[]>([])
  const close = () => {
    const at = open
    setOpen(null)
    if (at !== null) triggers.current[at]?.focus()
  }
  return (
    <>
      <ul className="grid grid-cols-2 sm:grid-cols-3 gap-1.5" data-testid="update-gallery">
        {photos.map((p, i) => (
          <li key={p.id} className={i === 0 ? 'col-span-2 sm:col-span-3' : undefined}>
            <button
              type="button"
              ref={(el) => {
                triggers.current[i] = el
              }}
              onClick={() => setOpen(i)}
              aria-label={openLabel.replace('{n}', String(i + 1))}
              className={`group relative block w-full overflow-hidden bg-carbon ${i === 0 ? 'aspect-[16/9]' : 'aspect-[3/2]'}`}
            >
              <img
                src={i === 0 ? p.large : p.thumb}
                alt={p.alt}
                loading="lazy"
                decoding="async"
                className="absolute inset-0 h-full w-full object-cover transition duration-700 group-hover:scale-[1.03]"
              />
            </button>
          </li>
        ))}
      </ul>
      {open !== null && (
        <Suspense fallback={null}>
          <Lightbox photos={photos} start={open} labels={labels} onClose={close} />
        </Suspense>
      )}
    </>
  )
}
