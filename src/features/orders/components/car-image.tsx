/* eslint-disable @next/next/no-img-element -- vector placeholders: next/image would not optimise SVG */
/** Placeholder photography until the car's own photos arrive: a studio render shipped with the portal. */
export function CarImage({
  variant = 'hero',
  className = '',
}: {
  variant?: 'hero' | 'detail' | 'workshop'
  className?: string
}) {
  const src = {
    hero: '/brand/car-hero.svg',
    detail: '/brand/car-detail.svg',
    workshop: '/brand/workshop.svg',
  }[variant]
  return (
    <img
      src={src}
      alt=""
      aria-hidden="true"
      className={`h-full w-full object-cover ${className}`}
    />
  )
}
