/**
 * The one error type for failures we expect (bad input, not signed in, not found …). Its message
 * may be shown to the caller; anything else that is thrown is unexpected: logged with the request
 * id and answered with a generic message (src/lib/http/route.ts).
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  /** Allowed, but only after a fresh second-factor check (step-up) on this session. */
  STEP_UP_REQUIRED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  /** Payload: the document is being edited by someone else, or the account is locked. */
  LOCKED: 423,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RANGE_NOT_SATISFIABLE: 416,
  /** A file refused by the virus scanner. */
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  /** Signing: the request has expired. */
  REQUEST_EXPIRED: 410,
  /** Signing: the request was cancelled, declined or completed. */
  REQUEST_CLOSED: 409,
  /** Signing (sequential order): an earlier signer has not signed yet. */
  NOT_YOUR_TURN: 409,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const satisfies Record<string, number>

export type TErrorCode = keyof typeof ERROR_STATUS

/** One problem with one input field, as zod reports it. */
export type TFieldIssue = { path: string; message: string }

export class AppError extends Error {
  readonly code: TErrorCode
  readonly status: number
  readonly issues?: TFieldIssue[]
  /** Extra response headers, e.g. WWW-Authenticate on 401 or Retry-After on 503. */
  readonly headers?: Record<string, string>

  constructor(
    code: TErrorCode,
    message: string,
    options: { issues?: TFieldIssue[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.status = ERROR_STATUS[code]
    this.issues = options.issues
    this.headers = options.headers
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError
}
