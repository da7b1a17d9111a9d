/**
 * What can go wrong in a passkey ceremony: one message key of the `Passkeys` namespace (with the
 * wait in minutes for a 429). Apart from passkey-client.ts so that a button can show a problem
 * without loading the ceremony's code before it is pressed.
 */
export type TPasskeyProblem = {
  key:
    | 'unsupported'
    | 'cancelled'
    | 'refused'
    | 'tooMany'
    | 'expired'
    | 'failed'
    | 'duplicate'
    | 'stepUp'
  minutes?: number
}

export class PasskeyProblem extends Error {
  constructor(readonly problem: TPasskeyProblem) {
    super(problem.key)
  }
}

export const problemOf = (err: unknown): TPasskeyProblem =>
  err instanceof PasskeyProblem ? err.problem : { key: 'failed' }
