'use client'

import { useEffect, useState, type FormEvent, type ReactNode } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { dateTimeFormat } from '@/lib/i18n/formatters'
import { pluralText } from '@/lib/i18n/plural'

import type { TPasskeyView } from '../passkey-view'
import { addPasskey, callApi } from './passkey-client'
import { problemOf, type TPasskeyProblem } from './passkey-problem'
import { PasskeyRow } from './passkey-row'
import type { TPasskeysSectionTexts } from './passkey-texts'

type TStatus = { tone: 'success'; key: 'added' | 'renamed' | 'removed' } | null

/**
 * The customer's passkeys on the Security page: list, add with a name, rename, remove. Its words
 * come translated from the server (passkey-texts.ts): the page ships no message runtime. Its
 * icon comes from there too, so the icon's definition stays out of this bundle.
 */
export function PasskeysSection({
  locale,
  icon,
  texts: t,
}: {
  locale: string
  icon: ReactNode
  texts: TPasskeysSectionTexts
}) {
  const [passkeys, setPasskeys] = useState<TPasskeyView[] | null>(null)
  const [problem, setProblem] = useState<TPasskeyProblem | null>(null)
  const [status, setStatus] = useState<TStatus>(null)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState(false)
  const [busy, setBusy] = useState(false)

  const [version, setVersion] = useState(0)

  useEffect(() => {
    let live = true
    callApi<{ passkeys: TPasskeyView[] }>('')
      .then((res) => live && setPasskeys(res.passkeys))
      .catch((err: unknown) => {
        if (!live) return
        setProblem(problemOf(err))
        setPasskeys([])
      })
    return () => {
      live = false
    }
  }, [version])

  /** Runs one change; afterwards the list is read again and the outcome announced. */
  async function change(work: () => Promise<unknown>, done: NonNullable<TStatus>['key']) {
    setBusy(true)
    setProblem(null)
    setStatus(null)
    try {
      await work()
      setStatus({ tone: 'success', key: done })
      setVersion((v) => v + 1)
      return true
    } catch (err) {
      setProblem(problemOf(err))
      return false
    } finally {
      setBusy(false)
    }
  }

  async function onAdd(e: FormEvent) {
    e.preventDefault()
    const clean = name.trim() || t.defaultName
    if (clean.length > 60) return setNameError(true)
    setNameError(false)
    if (await change(() => addPasskey(clean), 'added')) setName('')
  }

  const date = (iso: string) =>
    dateTimeFormat(t.locale, { dateStyle: 'medium', timeZone: t.timeZone }).format(new Date(iso))
  const confirmHref = `/${locale}/account/confirm?next=${encodeURIComponent(`/${locale}/account/security`)}`

  return (
    // The Security page gives this part its heading; here the explanation and the list.
    <div className="flex flex-col gap-8">
      <p className="text-mist leading-relaxed max-w-prose flex gap-3">
        {icon}
        {t.intro}
      </p>

      <div aria-live="polite" className="flex flex-col gap-3">
        {status && <Notice tone="success">{t.done[status.key]}</Notice>}
        {problem && (
          <Notice tone="error">
            {problem.key === 'tooMany'
              ? pluralText(t.tooMany, problem.minutes ?? 1)
              : t.problems[problem.key]}{' '}
            {problem.key === 'stepUp' && (
              <a href={confirmHref} className="underline underline-offset-4 hover:text-amber">
                {t.confirm}
              </a>
            )}
          </Notice>
        )}
      </div>

      {passkeys === null ? (
        <p className="text-sm text-smoke" role="status">
          {t.loading}
        </p>
      ) : passkeys.length === 0 ? (
        <p className="text-sm text-smoke">{t.empty}</p>
      ) : (
        <ul aria-label={t.listLabel} className="flex flex-col border-t border-line">
          {passkeys.map((p) => (
            <PasskeyRow
              key={p.id}
              passkey={p}
              busy={busy}
              date={date}
              texts={t.row}
              onRename={(newName) =>
                change(
                  () => callApi(`/${p.id}`, { method: 'PATCH', body: { name: newName } }),
                  'renamed',
                )
              }
              onRemove={() => change(() => callApi(`/${p.id}`, { method: 'DELETE' }), 'removed')}
            />
          ))}
        </ul>
      )}

      <form onSubmit={onAdd} className="flex flex-col sm:flex-row sm:items-end gap-5" noValidate>
        <div className="flex-1">
          <TextField
            label={t.name}
            name="passkeyName"
            id="passkey-name"
            value={name}
            maxLength={60}
            autoComplete="off"
            placeholder={t.defaultName}
            hint={t.nameHint}
            error={nameError ? t.nameRequired : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button className={buttonClass()} type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t.waiting : t.add}
        </button>
      </form>
    </div>
  )
}
