import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser'

import { PasskeyProblem } from './passkey-problem'

/**
 * The browser half of the passkey ceremonies: ask our API for options, let the browser talk to
 * the authenticator, send the answer back. Every failure becomes a PasskeyProblem.
 */
const API = '/api/auth/passkeys'

type TWebAuthn = typeof import('@simplewebauthn/browser')
/**
 * The WebAuthn helpers load when a ceremony starts, not with the page: they are most of the
 * sign-in page's own JavaScript, and most customers sign in with their password.
 */
const loadWebAuthn = (): Promise<TWebAuthn> =>
  import('@simplewebauthn/browser').catch(() => {
    throw new PasskeyProblem({ key: 'failed' })
  })

export async function callApi<T>(path: string, init: { method?: string; body?: unknown } = {}) {
  const res = await fetch(`${API}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: 'same-origin',
    cache: 'no-store',
  }).catch(() => {
    throw new PasskeyProblem({ key: 'failed' })
  })
  if (res.ok) return (res.status === 204 ? null : await res.json()) as T
  if (res.status === 429) {
    const seconds = Number(res.headers.get('retry-after')) || 60
    throw new PasskeyProblem({ key: 'tooMany', minutes: Math.max(1, Math.ceil(seconds / 60)) })
  }
  if (res.status === 403 && res.headers.get('x-step-up')) {
    throw new PasskeyProblem({ key: 'stepUp' })
  }
  if (res.status === 401) {
    const body = (await res.json().catch(() => ({}))) as { detail?: string }
    throw new PasskeyProblem({ key: /expired/i.test(body.detail ?? '') ? 'expired' : 'refused' })
  }
  throw new PasskeyProblem({ key: res.status === 400 ? 'refused' : 'failed' })
}

function fromBrowser(err: unknown, lib: TWebAuthn | null): PasskeyProblem {
  if (err instanceof PasskeyProblem) return err
  if (lib && err instanceof lib.WebAuthnError) {
    if (err.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') {
      return new PasskeyProblem({ key: 'duplicate' })
    }
    if (err.code === 'ERROR_CEREMONY_ABORTED') return new PasskeyProblem({ key: 'cancelled' })
  }
  const name = (err as { name?: string } | null)?.name
  if (name === 'NotAllowedError' || name === 'AbortError') {
    return new PasskeyProblem({ key: 'cancelled' })
  }
  if (name === 'InvalidStateError') return new PasskeyProblem({ key: 'duplicate' })
  return new PasskeyProblem({ key: 'failed' })
}

async function supportedWebAuthn(): Promise<TWebAuthn> {
  const lib = await loadWebAuthn()
  if (!lib.browserSupportsWebAuthn()) throw new PasskeyProblem({ key: 'unsupported' })
  return lib
}

/** Sign-in, second factor or step-up; answers where to go next. */
export async function runPasskey(args: {
  purpose: 'sign-in' | 'second-factor' | 'step-up'
  locale: string
  next?: string
}): Promise<string> {
  let lib: TWebAuthn | null = null
  try {
    lib = await supportedWebAuthn()
    const optionsJSON = await callApi<PublicKeyCredentialRequestOptionsJSON>(
      '/authenticate/options',
      { body: { purpose: args.purpose } },
    )
    const response = await lib.startAuthentication({ optionsJSON })
    const { redirectTo } = await callApi<{ redirectTo: string }>('/authenticate/verify', {
      body: { purpose: args.purpose, locale: args.locale, next: args.next, response },
    })
    return redirectTo
  } catch (err) {
    throw fromBrowser(err, lib)
  }
}

export async function addPasskey(name: string) {
  let lib: TWebAuthn | null = null
  try {
    lib = await supportedWebAuthn()
    const optionsJSON = await callApi<PublicKeyCredentialCreationOptionsJSON>('/register/options', {
      body: {},
    })
    const response = await lib.startRegistration({ optionsJSON })
    return await callApi<{ id: string; name: string }>('/register/verify', {
      body: { name, response },
    })
  } catch (err) {
    throw fromBrowser(err, lib)
  }
}
