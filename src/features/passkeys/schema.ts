import { z } from 'zod'

import { ZLocale } from '@/lib/auth/sign-in/schema'

/** A browser's WebAuthn answer as @simplewebauthn/browser sends it; the library checks the rest. */
const b64url = z
  .string()
  .max(16_000)
  .regex(/^[A-Za-z0-9_-]*$/)

const ZCredentialBase = {
  id: b64url.min(1).max(1_400),
  rawId: b64url.min(1).max(1_400),
  type: z.literal('public-key'),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
}

export const ZRegistrationResponse = z.object({
  ...ZCredentialBase,
  response: z.looseObject({
    clientDataJSON: b64url,
    attestationObject: b64url,
    transports: z.array(z.string().max(32)).max(10).optional(),
  }),
})

export const ZAuthenticationResponse = z.object({
  ...ZCredentialBase,
  response: z.looseObject({
    clientDataJSON: b64url,
    authenticatorData: b64url,
    signature: b64url,
    userHandle: b64url.optional(),
  }),
})

export const ZPasskeyName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\u0000-\u001f\u007f<>]*$/, 'Use letters, digits and simple punctuation.')

export const ZRegisterVerify = z.object({ name: ZPasskeyName, response: ZRegistrationResponse })

export const ZAuthPurpose = z.enum(['sign-in', 'second-factor', 'step-up'])
export type TAuthPurpose = z.infer<typeof ZAuthPurpose>

export const ZAuthOptions = z.object({ purpose: ZAuthPurpose })

export const ZAuthVerify = z.object({
  purpose: ZAuthPurpose,
  locale: ZLocale,
  next: z.string().max(300).optional(),
  response: ZAuthenticationResponse,
})

export const ZRename = z.object({ name: ZPasskeyName })
export const ZPasskeyParams = z.object({ id: z.uuid() })

/**
 * What every passkey endpoint declares: a foreign Origin is refused (they answer cookie-bearing
 * requests, some without a session) and each attempt counts against the client address.
 */
export const PASSKEY_ENDPOINT = { sameOrigin: true, rateLimit: ['webauthn:ip'] } as const
/** Adding, renaming and removing a passkey are security settings: a fresh check first (403). */
export const PASSKEY_SETTINGS = {
  ...PASSKEY_ENDPOINT,
  auth: { customer: { stepUp: 'security-settings' } },
} as const
