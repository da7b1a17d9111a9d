import type { z } from 'zod'

import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'

/** DocuSign answers within seconds; a hung call must not hold a request's transaction open. */
const TIMEOUT_MS = 15_000

/** DocuSign's own error body: `{ errorCode, message }`. */
export class DocusignError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string | null,
    message: string,
  ) {
    super(message)
    this.name = 'DocusignError'
  }
}

function account() {
  const base = env.DOCUSIGN_BASE_URL
  const id = env.DOCUSIGN_ACCOUNT_ID
  const token = env.DOCUSIGN_ACCESS_TOKEN
  if (!base || !id || !token)
    throw new AppError('UNAVAILABLE', 'DocuSign is not configured on this portal.', {
      cause: new Error(
        'DOCUSIGN_BASE_URL, DOCUSIGN_ACCOUNT_ID and DOCUSIGN_ACCESS_TOKEN are needed',
      ),
    })
  return { url: `${base.replace(/\/+$/, '')}/v2.1/accounts/${encodeURIComponent(id)}`, token }
}

/**
 * One call to the account's eSignature REST API with the bearer token. A refusal or an outage
 * is an UNAVAILABLE AppError for the caller (the route logs the DocuSign error as its cause);
 * `DocusignError` itself is the cause, so adapters can tell one refusal from another.
 */
async function call(path: string, init: { method: string; json?: unknown }): Promise<Response> {
  const { url, token } = account()
  let res: Response
  try {
    res = await fetch(`${url}${path}`, {
      method: init.method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json, application/pdf',
        ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    })
  } catch (err) {
    throw unavailable(err)
  }
  if (res.ok) return res
  const body = (await res.json().catch(() => null)) as { errorCode?: string; message?: string }
  throw unavailable(
    new DocusignError(
      res.status,
      body?.errorCode ?? null,
      `DocuSign ${init.method} ${path.replace(/[0-9a-f-]{36}/gi, ':id')} answered ${res.status} ${body?.errorCode ?? ''}: ${body?.message ?? ''}`,
    ),
  )
}

const unavailable = (cause: unknown) =>
  new AppError(
    'UNAVAILABLE',
    'DocuSign could not be reached or refused the call. Please try again later.',
    {
      cause,
      headers: { 'retry-after': '60' },
    },
  )

/** A JSON call whose answer is checked against `schema` (an unexpected shape is an outage). */
export async function docusignJson<S extends z.ZodType>(
  path: string,
  init: { method: string; json?: unknown },
  schema: S,
): Promise<z.output<S>> {
  const res = await call(path, init)
  const parsed = schema.safeParse(await res.json().catch(() => null))
  if (!parsed.success)
    throw unavailable(new Error(`DocuSign ${init.method} answered an unexpected shape`))
  return parsed.data
}

/** A document download (the combined signed PDF). */
export async function docusignBytes(path: string): Promise<Buffer> {
  const res = await call(path, { method: 'GET' })
  return Buffer.from(await res.arrayBuffer())
}

/** The DocuSign refusal behind an AppError from this module, if that is what it was. */
export const docusignCause = (err: unknown) =>
  err instanceof AppError && err.cause instanceof DocusignError ? err.cause : null
