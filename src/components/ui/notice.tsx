import type { ReactNode } from 'react'

/** A calm, announced message above a form: information or an error. */
export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'error' | 'success'
  children: ReactNode
}) {
  const colour = {
    info: 'border-line text-mist',
    error: 'border-danger/60 text-danger',
    success: 'border-success/60 text-success',
  }[tone]
  return (
    <p
      role={tone === 'error' ? 'alert' : 'status'}
      className={`border-l-2 pl-4 py-1 text-sm ${colour}`}
    >
      {children}
    </p>
  )
}
