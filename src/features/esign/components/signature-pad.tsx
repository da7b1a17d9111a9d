'use client'

import { useEffect, useRef } from 'react'

/**
 * A drawing surface for a signature (mouse, finger or pen through pointer events). It reports a
 * PNG data URL after each stroke, or null once cleared. The keyboard alternative is the typed
 * signature beside it.
 */
export function SignaturePad(props: {
  label: string
  clearLabel: string
  onChange: (png: string | null) => void
}) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const drawing = useRef(false)
  const { onChange } = props

  useEffect(() => {
    const c = canvas.current!
    const ctx = c.getContext('2d')!
    ctx.lineWidth = 2.4
    ctx.lineCap = 'round'
    ctx.lineJoin = 'round'
    ctx.strokeStyle = '#1b1a17'
    const point = (e: PointerEvent) => {
      const r = c.getBoundingClientRect()
      return [
        ((e.clientX - r.left) * c.width) / r.width,
        ((e.clientY - r.top) * c.height) / r.height,
      ] as const
    }
    const down = (e: PointerEvent) => {
      drawing.current = true
      c.setPointerCapture(e.pointerId)
      ctx.beginPath()
      ctx.moveTo(...point(e))
    }
    const move = (e: PointerEvent) => {
      if (!drawing.current) return
      ctx.lineTo(...point(e))
      ctx.stroke()
    }
    const up = () => {
      if (!drawing.current) return
      drawing.current = false
      onChange(c.toDataURL('image/png'))
    }
    c.addEventListener('pointerdown', down)
    c.addEventListener('pointermove', move)
    c.addEventListener('pointerup', up)
    c.addEventListener('pointercancel', up)
    return () => {
      c.removeEventListener('pointerdown', down)
      c.removeEventListener('pointermove', move)
      c.removeEventListener('pointerup', up)
      c.removeEventListener('pointercancel', up)
    }
  }, [onChange])

  const clear = () => {
    const c = canvas.current!
    c.getContext('2d')!.clearRect(0, 0, c.width, c.height)
    onChange(null)
  }
  return (
    <div className="flex flex-col gap-2">
      <canvas
        ref={canvas}
        width={600}
        height={180}
        aria-label={props.label}
        data-testid="signature-canvas"
        className="w-full max-w-xl aspect-[10/3] bg-ivory touch-none cursor-crosshair border border-line"
      />
      <button
        type="button"
        onClick={clear}
        className="self-start text-sm text-mist hover:text-amber underline-offset-4 hover:underline"
      >
        {props.clearLabel}
      </button>
    </div>
  )
}
