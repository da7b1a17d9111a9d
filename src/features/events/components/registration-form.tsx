'use client'

import { useState, type FormEvent } from 'react'
import { useRouter } from 'next/navigation'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { pluralText, type TPluralText } from '@/lib/i18n/plural'

import type { TRegistration } from '../queries'
import { callEventsApi } from './api'

/** The form's words, translated by the event page on the server: no message runtime here. */
export type TRegistrationFormTexts = Record<
  | 'heading'
  | 'changeHeading'
  | 'guests'
  | 'guestsHint'
  | 'dietary'
  | 'dietaryHint'
  | 'submit'
  | 'submitWaitlist'
  | 'save'
  | 'cancel'
  | 'cancelConfirm'
  | 'saved'
  | 'registered'
  | 'cancelled'
  | 'error',
  string
> & { guestName: TPluralText; waitlisted: TPluralText }

type TProps = {
  eventId: string
  maxGuests: number
  full: boolean
  registration: TRegistration | null
  texts: TRegistrationFormTexts
}

/** Register, change guests and dietary needs, or cancel; the server decides seat or waitlist. */
export function RegistrationForm({ eventId, maxGuests, full, registration, texts: t }: TProps) {
  const router = useRouter()
  const [guests, setGuests] = useState(registration?.guests ?? 0)
  const [names, setNames] = useState<string[]>(registration?.guestNames ?? [])
  const [dietary, setDietary] = useState(registration?.dietary ?? '')
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setMessage(null)
    const body = { guests, guestNames: names.slice(0, guests).map((n) => n.trim()), dietary }
    try {
      const result = registration
        ? await callEventsApi(`/api/events/registrations/${registration.id}`, 'PATCH', body)
        : await callEventsApi(`/api/events/${eventId}/registrations`, 'POST', body)
      const text = registration
        ? t.saved
        : result.status === 'confirmed'
          ? t.registered
          : pluralText(t.waitlisted, result.position)
      setMessage({ tone: 'success', text })
      router.refresh()
    } catch (err) {
      setMessage({ tone: 'error', text: (err as Error).message || t.error })
    } finally {
      setBusy(false)
    }
  }

  const cancel = async () => {
    if (!registration || !window.confirm(t.cancelConfirm)) return
    setBusy(true)
    try {
      await callEventsApi(`/api/events/registrations/${registration.id}`, 'DELETE')
      setMessage({ tone: 'success', text: t.cancelled })
      router.refresh()
    } catch (err) {
      setMessage({ tone: 'error', text: (err as Error).message || t.error })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-6"
      aria-labelledby="registration-heading"
      noValidate
    >
      <h2 id="registration-heading" className="eyebrow">
        {registration ? t.changeHeading : t.heading}
      </h2>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {maxGuests > 0 && (
        <div className="flex flex-col gap-2">
          <label htmlFor="field-guests" className="text-xs tracking-[0.18em] uppercase text-mist">
            {t.guests}
          </label>
          <select
            id="field-guests"
            value={guests}
            onChange={(e) => setGuests(Number(e.target.value))}
            aria-describedby="field-guests-hint"
            className="bg-graphite border border-line px-3 py-3 text-ivory focus:outline-none focus:border-amber"
          >
            {Array.from({ length: maxGuests + 1 }, (_, n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <p id="field-guests-hint" className="text-xs text-smoke">
            {t.guestsHint}
          </p>
        </div>
      )}
      {Array.from({ length: guests }, (_, i) => (
        <TextField
          key={i}
          name={`guest-${i}`}
          label={pluralText(t.guestName, i + 1)}
          required
          maxLength={120}
          value={names[i] ?? ''}
          onChange={(e) => setNames((prev) => Object.assign([...prev], { [i]: e.target.value }))}
        />
      ))}
      <div className="flex flex-col gap-2">
        <label htmlFor="field-dietary" className="text-xs tracking-[0.18em] uppercase text-mist">
          {t.dietary}
        </label>
        <textarea
          id="field-dietary"
          value={dietary}
          maxLength={500}
          rows={2}
          onChange={(e) => setDietary(e.target.value)}
          aria-describedby="field-dietary-hint"
          className="bg-transparent border-0 border-b border-line py-3 text-ivory focus:outline-none focus:border-amber"
        />
        <p id="field-dietary-hint" className="text-xs text-smoke">
          {t.dietaryHint}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button className={buttonClass()} type="submit" disabled={busy}>
          {registration ? t.save : full ? t.submitWaitlist : t.submit}
        </button>
        {registration && (
          <button className={buttonClass('quiet')} type="button" onClick={cancel} disabled={busy}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  )
}
