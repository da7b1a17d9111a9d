import 'server-only'

import type { RegistrationResponseJSON } from '@simplewebauthn/server'

import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'
import { verifyRegistration, WebauthnRefused } from '@/lib/auth/webauthn'

import { auditedPasskeyChange } from './audited-change'
import { PASSKEY_SETTINGS, ZRegisterVerify } from './schema'

/** POST /api/auth/passkeys/register/verify: stores the new passkey under the name given. */
export const registerVerifyRoute = route({
  name: '/api/auth/passkeys/register/verify',
  ...PASSKEY_SETTINGS,
  body: ZRegisterVerify,
  handler: async ({ req, body, log, customer }) => {
    const payload = await getPayload()
    let credential
    try {
      credential = await verifyRegistration({
        payload,
        owner: { collection: 'customers', id: customer.id },
        response: body.response as RegistrationResponseJSON,
      })
    } catch (err) {
      if (!(err instanceof WebauthnRefused)) throw err
      log.info({ reason: err.reason }, 'passkey registration refused')
      throw new AppError('BAD_REQUEST', 'The passkey could not be added. Please try again.')
    }
    const created = await auditedPasskeyChange({
      req,
      customer,
      action: 'auth.passkey.added',
      write: (tx) =>
        payload.create({
          collection: 'passkeys',
          data: { ...credential, name: body.name, customer: customer.id },
          depth: 0,
          overrideAccess: true, // system: passkeys are written only by this verified ceremony
          req: tx,
        }),
      details: (doc) => ({ passkeyId: doc.id, name: body.name, deviceType: credential.deviceType }),
    })
    return { id: created.id, name: created.name }
  },
})
