import type { SVGProps } from 'react'

/**
 * The portal's icons, drawn as plain SVG, one file each in this folder (`index.ts` lists them
 * all). lucide-react's `Icon` is a client component (it reads a context), so every lucide icon a
 * server component renders ships that component's code to the browser; these render to markup
 * only and work in client components too. The shapes are Lucide's (ISC licence,
 * https://lucide.dev), written from the installed lucide-react by
 * `node scripts/icon-shape.mjs <name>…`.
 *
 * One file per icon because a bundler keeps a module whole in every chunk that uses it: with all
 * icons in one module, each client chunk carried every icon any client component used (~1.4 KiB).
 * A client component therefore imports `@/components/ui/icons/<name>`, never the index.
 */
type TIconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number | string }
type TShape = [tag: 'path' | 'circle' | 'rect' | 'line', attributes: Record<string, string>][]

export function icon(name: string, shapes: TShape) {
  function LucideShape({ size = 24, className, ...rest }: TIconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        className={className ? `lucide lucide-${name} ${className}` : `lucide lucide-${name}`}
        aria-hidden={rest['aria-label'] ? undefined : true}
        {...rest}
      >
        {shapes.map(([Tag, attributes], i) => (
          <Tag key={i} {...attributes} />
        ))}
      </svg>
    )
  }
  return LucideShape
}

/** An icon of this file, for props and maps of icons. */
export type TIcon = ReturnType<typeof icon>

export const circle = (cx: string, cy: string, r: string): TShape[number] => [
  'circle',
  { cx, cy, r },
]
