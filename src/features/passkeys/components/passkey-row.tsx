'use client'

import { useState, type FormEvent } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { TextField } from '@/components/ui/text-field'
import { fill } from '@/lib/i18n/fill'

import type { TPasskeyView } from '../passkey-view'
import type { TPasskeyRowTexts } from './passkey-texts'

/** One passkey: its name and facts, with rename and remove (each asks before it acts). */
export function PasskeyRow(props: {
  passkey: TPasskeyView
  busy: boolean
  date: (iso: string) => string
  texts: TPasskeyRowTexts
  onRename: (name: string) => Promise<boolean>
  onRemove: () => Promise<boolean>
}) {
  const { passkey: p, busy, date, texts: t } = props
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view')
  const [name, setName] = useState(p.name)
  const [nameError, setNameError] = useState(false)

  async function onRename(e: FormEvent) {
    e.preventDefault()
    const clean = name.trim()
    if (!clean || clean.length > 60) return setNameError(true)
    setNameError(false)
    if (await props.onRename(clean)) setMode('view')
  }

  const facts = [
    fill(t.addedOn, { date: date(p.createdAt) }),
    p.lastUsedAt ? fill(t.lastUsed, { date: date(p.lastUsedAt) }) : t.neverUsed,
    p.deviceType === 'multiDevice' || p.backedUp ? t.synced : t.deviceBound,
  ]

  return (
    <li className="py-6 border-b border-line flex flex-col gap-4" data-testid="passkey">
      {mode === 'rename' ? (
        <form onSubmit={onRename} className="flex flex-col gap-4" noValidate>
          <TextField
            label={fill(t.renameLabel, { name: p.name })}
            name="passkeyRename"
            id={`passkey-rename-${p.id}`}
            value={name}
            maxLength={60}
            autoComplete="off"
            autoFocus
            error={nameError ? t.nameRequired : undefined}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setMode('view')}
          />
          <div className="flex flex-wrap gap-4">
            <button className={buttonClass()} type="submit" disabled={busy}>
              {t.save}
            </button>
            <button className={buttonClass('quiet')} type="button" onClick={() => setMode('view')}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-col sm:flex-row sm:items-start sm:justify-between gap-4">
          <div className="flex flex-col gap-1 min-w-0">
            <p className="text-ivory break-words">{p.name}</p>
            <p className="text-xs text-smoke leading-relaxed">{facts.join(' · ')}</p>
          </div>
          {mode === 'view' && (
            <div className="flex gap-5 shrink-0">
              <button
                className={buttonClass('quiet')}
                type="button"
                onClick={() => {
                  setName(p.name)
                  setMode('rename')
                }}
                aria-label={`${t.rename}: ${p.name}`}
              >
                {t.rename}
              </button>
              <button
                className={buttonClass('quiet')}
                type="button"
                onClick={() => setMode('remove')}
                aria-label={`${t.remove}: ${p.name}`}
              >
                {t.remove}
              </button>
            </div>
          )}
        </div>
      )}
      {mode === 'remove' && (
        <div
          role="alertdialog"
          aria-label={t.remove}
          className="flex flex-col gap-4 border-l-2 border-danger/60 pl-4"
        >
          <p className="text-sm text-mist">{fill(t.removeConfirm, { name: p.name })}</p>
          <div className="flex flex-wrap gap-4">
            <button
              className={buttonClass('ghost')}
              type="button"
              autoFocus
              disabled={busy}
              onClick={async () => {
                if (await props.onRemove()) setMode('view')
              }}
            >
              {t.removeYes}
            </button>
            <button className={buttonClass('quiet')} type="button" onClick={() => setMode('view')}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
    </li>
  )
}
