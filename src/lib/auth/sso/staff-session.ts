import 'server-only'

import { createLocalReq, getFieldsToSign, jwtSign, type Payload } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

/**
 * A back-office session exactly as Payload's own login makes one
 * (node_modules/payload/dist/auth/operations/login.js): a new entry in the staff member's
 * `sessions`, a JWT carrying its sid, and Payload's cookie — so /admin, logout and session expiry
 * behave as after a password sign-in. Answers the Set-Cookie value and the session id.
 */
export async function startStaffSession(
  payload: Payload,
  staffId: string,
): Promise<{ setCookie: string; sid: string | undefined }> {
  const collectionConfig = payload.collections.staff.config
  const user = await payload.db.findOne({
    collection: 'staff',
    where: { id: { equals: staffId } },
  })
  if (!user) throw new Error('staff member vanished during sign-in')
  const req = await createLocalReq({}, payload)
  const typedUser = user as unknown as Parameters<typeof addSessionToUser>[0]['user']
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user: typedUser })
  const fieldsToSign = getFieldsToSign({
    collectionConfig,
    email: String((user as { email?: string }).email ?? ''),
    sid,
    user: typedUser,
  })
  const { token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  const setCookie = generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  })
  return { setCookie, sid }
}
