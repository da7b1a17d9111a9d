'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'

type TResult =
  | {
      outcome: 'checked-in' | 'already'
      holder: string
      guestNames: string[]
      checkedInAt: string
      checkedInBy: string
    }
  | { outcome: 'forged' | 'other-event' | 'cancelled' | 'waitlisted' }
  | { outcome: 'error'; message: string }

const REFUSED: Record<string, string> = {
  forged: 'Not a valid ticket: refused.',
  'other-event': 'This ticket is for another event.',
  cancelled: 'This registration was cancelled.',
  waitlisted: 'This person is on the waitlist, not registered.',
}

type TDetector = { detect: (source: CanvasImageSource) => Promise<{ rawValue: string }[]> }

/** Reads QR codes from the camera: the browser's BarcodeDetector where it has one, jsQR otherwise. */
async function frameReader(): Promise<
  (video: HTMLVideoElement, canvas: HTMLCanvasElement) => Promise<string | null>
> {
  const Native = (globalThis as { BarcodeDetector?: new (o: { formats: string[] }) => TDetector })
    .BarcodeDetector
  if (Native) {
    const detector = new Native({ formats: ['qr_code'] })
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null
  }
  const { default: jsQR } = await import('jsqr')
  return async (video, canvas) => {
    const { videoWidth: w, videoHeight: h } = video
    if (!w || !h) return null
    canvas.width = w
    canvas.height = h
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    if (!ctx) return null
    ctx.drawImage(video, 0, 0, w, h)
    return jsQR(ctx.getImageData(0, 0, w, h).data, w, h)?.data ?? null
  }
}

export function CheckInScanner({ events }: { events: { id: string; label: string }[] }) {
  const [eventId, setEventId] = useState(events[0]?.id ?? '')
  const [code, setCode] = useState('')
  const [result, setResult] = useState<TResult | null>(null)
  const [scanning, setScanning] = useState(false)
  const [cameraError, setCameraError] = useState('')
  const video = useRef<HTMLVideoElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const busy = useRef(false)

  const check = async (token: string) => {
    if (busy.current || !token.trim()) return
    busy.current = true
    try {
      const res = await fetch('/api/events/check-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ eventId, token }),
      })
      const json = await res.json()
      setResult(res.ok ? json : { outcome: 'error', message: json.detail ?? 'Check-in failed.' })
      if (res.ok) setCode('')
    } catch {
      setResult({ outcome: 'error', message: 'No connection. Try again.' })
    } finally {
      busy.current = false
    }
  }

  useEffect(() => {
    if (!scanning) return
    let stream: MediaStream | null = null
    let stop = false
    let last = ''
    ;(async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } })
        if (!video.current) return
        video.current.srcObject = stream
        await video.current.play()
        const read = await frameReader()
        while (!stop) {
          const text =
            video.current && canvas.current ? await read(video.current, canvas.current) : null
          if (text && text !== last) {
            last = text
            await check(text)
          }
          await new Promise((r) => setTimeout(r, 250))
        }
      } catch {
        setCameraError('No camera available: type the code instead.')
        setScanning(false)
      }
    })()
    return () => {
      stop = true
      stream?.getTracks().forEach((t) => t.stop())
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restart only when scanning toggles
  }, [scanning, eventId])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void check(code)
  }

  const box = {
    padding: '1rem',
    border: '2px solid',
    borderRadius: 4,
    fontSize: '1.1rem',
    marginTop: '1rem',
  }
  return (
    <div style={{ maxWidth: 480, display: 'flex', flexDirection: 'column', gap: '1rem' }}>
      <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        Event
        <select
          value={eventId}
          onChange={(e) => setEventId(e.target.value)}
          style={{ padding: '0.7rem', fontSize: '1rem' }}
        >
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn btn--style-secondary"
        onClick={() => setScanning((s) => !s)}
      >
        {scanning ? 'Stop the camera' : 'Scan with the camera'}
      </button>
      {cameraError && <p role="alert">{cameraError}</p>}
      <video
        ref={video}
        muted
        playsInline
        style={{ width: '100%', display: scanning ? 'block' : 'none' }}
      />
      <canvas ref={canvas} hidden />
      <form onSubmit={submit} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        <label htmlFor="ticket-code">Ticket code</label>
        <input
          id="ticket-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          placeholder="DK1 - XXXXX XXXXX - XXXXX XXXXX XX"
          style={{ padding: '0.8rem', fontSize: '1.1rem', fontFamily: 'monospace' }}
        />
        <button type="submit" className="btn btn--style-primary">
          Check in
        </button>
      </form>
      <div aria-live="assertive" data-testid="check-in-result">
        {result?.outcome === 'checked-in' && (
          <div style={{ ...box, borderColor: '#2e7d32' }}>
            <strong>Checked in: {result.holder}</strong>
            {result.guestNames.length > 0 && <p>Guests: {result.guestNames.join(', ')}</p>}
          </div>
        )}
        {result?.outcome === 'already' && (
          <div style={{ ...box, borderColor: '#ed6c02' }}>
            <strong>
              Already checked in at{' '}
              {new Date(result.checkedInAt).toLocaleTimeString('en-GB', {
                hour: '2-digit',
                minute: '2-digit',
              })}{' '}
              by {result.checkedInBy}
            </strong>
            <p>{result.holder}</p>
          </div>
        )}
        {result && result.outcome in REFUSED && (
          <div style={{ ...box, borderColor: '#c62828' }}>
            <strong>{REFUSED[result.outcome]}</strong>
          </div>
        )}
        {result?.outcome === 'error' && (
          <div style={{ ...box, borderColor: '#c62828' }}>
            <strong>{result.message}</strong>
          </div>
        )}
      </div>
    </div>
  )
}
