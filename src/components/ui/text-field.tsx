import type { InputHTMLAttributes } from 'react'

type TProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string
  name: string
  error?: string
  hint?: string
}

/** Labelled input whose error and hint are announced with it (aria-describedby). */
export function TextField({ label, name, error, hint, id, ...props }: TProps) {
  const inputId = id ?? `field-${name}`
  const describedBy =
    [hint && `${inputId}-hint`, error && `${inputId}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={inputId} className="text-xs tracking-[0.18em] uppercase text-mist">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full bg-transparent border-0 border-b px-0 py-3 text-base text-ivory placeholder:text-smoke focus:outline-none focus:border-amber transition-colors ${error ? 'border-danger' : 'border-line'}`}
        {...props}
      />
      {hint && !error && (
        <p id={`${inputId}-hint`} className="text-xs text-smoke">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${inputId}-error`} className="text-sm text-danger" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
