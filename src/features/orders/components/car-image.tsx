/* eslint-disable @next/next/no-img-element -- pre-rendered WebP in two widths: nothing left for next/image to do */
import { preload } from 'react-dom'

import { MODELS } from '@/lib/orders/models'

const WIDTHS = [1200, 2100] as const
const KNOWN = new Set<string>(MODELS.map((m) => m.value))

/** The model's studio picture (public/cars, drawn by scripts/brand/render-cars.mjs). */
function sources(model: string, variant: 'profile' | 'detail') {
  const srcSet = WIDTHS.map((w) => `/cars/${model}-${variant}-${w}.webp ${w}w`).join(', ')
  return { src: `/cars/${model}-${variant}-${WIDTHS[0]}.webp`, srcSet }
}

/**
 * Placeholder photography until the car's own photos arrive: each model's own drawing, in profile
 * or as a close-up of its wheel. `priority` marks the page's largest image (LCP): it is preloaded
 * from the document head and fetched first.
 */
export function CarImage({
  model,
  variant = 'profile',
  priority = false,
  sizes = '100vw',
  className = '',
}: {
  model?: string | null
  variant?: 'profile' | 'detail'
  priority?: boolean
  sizes?: string
  className?: string
}) {
  const classes = `h-full w-full object-cover ${className}`
  if (!model || !KNOWN.has(model))
    return <img src="/brand/car-hero.svg" alt="" aria-hidden="true" className={classes} />
  const { src, srcSet } = sources(model, variant)
  if (priority)
    preload(src, { as: 'image', imageSrcSet: srcSet, imageSizes: sizes, fetchPriority: 'high' })
  return (
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      width={2100}
      height={900}
      alt=""
      aria-hidden="true"
      fetchPriority={priority ? 'high' : undefined}
      loading={priority ? 'eager' : 'lazy'}
      decoding={priority ? 'sync' : 'async'}
      className={classes}
    />
  )
}
