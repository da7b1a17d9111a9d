import 'server-only'

import { createHash, randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { cookies } from 'next/headers'
import type { Payload } from 'payload'

import type { Passkey } from '@/payload-types'

import { sealer } from '../crypto/seal'
import { postgresOf } from '../db/postgres'
import { env } from '../env'
import { trustedOrigins } from '../security/origins'
import { SECURE_COOKIES } from './cookies'
import {
  CHALLENGE_TTL_MS,
  counterAcceptable,
  openChallenge,
  sealChallenge,
  type TPasskeyOwner,
  type TWebauthnPurpose,
} from './webauthn-challenge'

export type { TPasskeyOwner, TWebauthnPurpose } from './webauthn-challenge'

/**
 * WebAuthn ceremonies for customers and staff alike (an owner is `{ collection, id }`). The
 * relying party is WEBAUTHN_RP_ID; a response is accepted from PUBLIC_URL or ALLOWED_ORIGINS.
 * Challenges travel in a sealed cookie and are spent once (the cookie is cleared and the challenge
 * marked used in PostgreSQL, which every instance sees).
 */
export const WEBAUTHN_COOKIE = SECURE_COOKIES ? '__Host-dv_webauthn' : 'dv_webauthn'
const seal = sealer(env.PAYLOAD_SECRET, 'webauthn')
const ORIGINS = trustedOrigins(env.PUBLIC_URL, env.ALLOWED_ORIGINS)

export class WebauthnRefused extends Error {
  constructor(
    readonly reason: string,
    /** Whose credential it was, when that is known: for the audit entry. */
    readonly owner?: TPasskeyOwner,
  ) {
    super(`passkey refused: ${reason}`)
    this.name = 'WebauthnRefused'
  }
}

const ownerField = (owner: TPasskeyOwner) =>
  owner.collection === 'customers' ? 'customer' : 'staff'
const toBytes = (b64url: string) => new Uint8Array(Buffer.from(b64url, 'base64url'))
const idOf = (v: string | { id: string } | null | undefined) =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : v.id

/** Who a stored passkey belongs to. */
export function passkeyOwner(p: Pick<Passkey, 'customer' | 'staff'>): TPasskeyOwner | null {
  const customer = idOf(p.customer)
  if (customer) return { collection: 'customers', id: customer }
  const staff = idOf(p.staff)
  return staff ? { collection: 'staff', id: staff } : null
}

async function setChallenge(args: {
  challenge: string
  purpose: TWebauthnPurpose
  owner: TPasskeyOwner | null
}) {
  const { sealed } = sealChallenge(seal, args)
  ;(await cookies()).set(WEBAUTHN_COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'strict',
    secure: SECURE_COOKIES,
    path: '/',
    maxAge: CHALLENGE_TTL_MS / 1000,
  })
}

/** Reads and clears the ceremony cookie, and spends its challenge for good; throws if unusable. */
async function takeChallenge(
  payload: Payload,
  expect: { purpose: TWebauthnPurpose; owner: TPasskeyOwner | null },
): Promise<string> {
  const jar = await cookies()
  const pending = openChallenge(seal, jar.get(WEBAUTHN_COOKIE)?.value, expect)
  jar.delete(WEBAUTHN_COOKIE)
  if (!pending) throw new WebauthnRefused('no-challenge')
  if (!(await spendChallenge(payload, pending.challenge))) {
    throw new WebauthnRefused('challenge-reused')
  }
  return pending.challenge
}

/**
 * One row per spent challenge in the rate-limit table (pruned with it): a sealed cookie copied
 * before it was cleared cannot carry a second ceremony, on this instance or any other.
 */
async function spendChallenge(payload: Payload, challenge: string): Promise<boolean> {
  const db = postgresOf(payload).drizzle
  const key = `webauthn-challenge:${createHash('sha256').update(challenge).digest('base64url')}`
  const { rows } = await db.execute(sql`
    insert into rate_limit_buckets (key, window_start, count, updated_at, created_at)
    select ${key}, now(), 1, now(), now()
    where not exists (select 1 from rate_limit_buckets where key = ${key})
    returning key`)
  return rows.length === 1
}

/** The owner's WebAuthn user handle: random, made on first registration, never email or id. */
async function userHandleOf(payload: Payload, owner: TPasskeyOwner, create: boolean) {
  const doc = await payload.findByID({
    collection: owner.collection,
    id: owner.id,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true, // system: the user handle is hidden from every API
  })
  if (doc.webauthnUserId || !create) return { doc, handle: doc.webauthnUserId ?? null }
  const handle = randomBytes(32).toString('base64url')
  await payload.db.updateOne({
    collection: owner.collection,
    where: { id: { equals: owner.id }, webauthnUserId: { exists: false } },
    data: { webauthnUserId: handle },
  })
  const again = await payload.findByID({
    collection: owner.collection,
    id: owner.id,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true, // system: read back, in case a parallel registration set it first
  })
  return { doc: again, handle: again.webauthnUserId ?? handle }
}

export async function passkeysOf(payload: Payload, owner: TPasskeyOwner): Promise<Passkey[]> {
  const { docs } = await payload.find({
    collection: 'passkeys',
    where: { [ownerField(owner)]: { equals: owner.id } },
    depth: 0,
    limit: 100,
    pagination: false,
    sort: 'createdAt',
    showHiddenFields: true,
    overrideAccess: true, // system: the ceremony needs the owner's credential ids
  })
  return docs
}

export async function registrationOptions(args: {
  payload: Payload
  owner: TPasskeyOwner
  userName: string
  displayName: string
}) {
  const { handle } = await userHandleOf(args.payload, args.owner, true)
  const existing = await passkeysOf(args.payload, args.owner)
  const options = await generateRegistrationOptions({
    rpName: env.WEBAUTHN_RP_NAME,
    rpID: env.WEBAUTHN_RP_ID,
    userName: args.userName,
    userDisplayName: args.displayName,
    userID: toBytes(handle!),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({
      id: p.credentialId,
      transports: (p.transports as string[] | null) ?? undefined,
    })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  })
  await setChallenge({ challenge: options.challenge, purpose: 'register', owner: args.owner })
  return options
}

export async function verifyRegistration(args: {
  payload: Payload
  owner: TPasskeyOwner
  response: RegistrationResponseJSON
}) {
  const expectedChallenge = await takeChallenge(args.payload, {
    purpose: 'register',
    owner: args.owner,
  })
  let verification
  try {
    verification = await verifyRegistrationResponse({
      response: args.response,
      expectedChallenge,
      expectedOrigin: ORIGINS,
      expectedRPID: env.WEBAUTHN_RP_ID,
      requireUserVerification: true,
    })
  } catch (err) {
    throw new WebauthnRefused(`invalid-registration: ${(err as Error).message}`)
  }
  if (!verification.verified) throw new WebauthnRefused('invalid-registration')
  const info = verification.registrationInfo
  return {
    credentialId: info.credential.id,
    publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
    counter: info.credential.counter,
    transports: info.credential.transports ?? args.response.response.transports ?? [],
    deviceType: info.credentialDeviceType,
    backedUp: info.credentialBackedUp,
  }
}

/**
 * Options for an assertion. Passwordless sign-in names no one (the authenticator offers its
 * discoverable passkeys) and requires user verification; a second factor or step-up lists the
 * owner's own credentials.
 */
export async function authenticationOptions(args: {
  payload: Payload
  purpose: Exclude<TWebauthnPurpose, 'register'>
  owner: TPasskeyOwner | null
}) {
  const allow = args.owner ? await passkeysOf(args.payload, args.owner) : []
  const options = await generateAuthenticationOptions({
    rpID: env.WEBAUTHN_RP_ID,
    allowCredentials: allow.map((p) => ({
      id: p.credentialId,
      transports: (p.transports as string[] | null) ?? undefined,
    })),
    userVerification: args.purpose === 'sign-in' ? 'required' : 'preferred',
  })
  await setChallenge({ challenge: options.challenge, purpose: args.purpose, owner: args.owner })
  return options
}

/**
 * Checks an assertion against the stored credential it names and records its use. With an
 * expected owner (second factor, step-up) the credential must be theirs; without one
 * (passwordless) the owner is whoever the credential belongs to, and the user handle must match.
 */
export async function verifyAuthentication(args: {
  payload: Payload
  purpose: Exclude<TWebauthnPurpose, 'register'>
  owner: TPasskeyOwner | null
  response: AuthenticationResponseJSON
}): Promise<{ passkey: Passkey; owner: TPasskeyOwner }> {
  const { payload } = args
  const expectedChallenge = await takeChallenge(payload, {
    purpose: args.purpose,
    owner: args.owner,
  })
  const { docs } = await payload.find({
    collection: 'passkeys',
    where: { credentialId: { equals: args.response.id } },
    depth: 0,
    limit: 1,
    pagination: false,
    showHiddenFields: true,
    overrideAccess: true, // system: the credential is looked up before anyone is signed in
  })
  const passkey = docs[0]
  const owner = passkey ? passkeyOwner(passkey) : null
  if (!passkey || !owner) throw new WebauthnRefused('unknown-credential')
  if (args.owner && (owner.collection !== args.owner.collection || owner.id !== args.owner.id)) {
    throw new WebauthnRefused('foreign-credential', owner)
  }
  const userHandle = args.response.response.userHandle
  if (userHandle || args.purpose === 'sign-in') {
    const { handle } = await userHandleOf(payload, owner, false)
    if (!handle || userHandle !== handle) throw new WebauthnRefused('user-handle-mismatch', owner)
  }

  let verification
  try {
    verification = await verifyAuthenticationResponse({
      response: args.response,
      expectedChallenge,
      expectedOrigin: ORIGINS,
      expectedRPID: env.WEBAUTHN_RP_ID,
      credential: {
        id: passkey.credentialId,
        publicKey: toBytes(passkey.publicKey),
        counter: passkey.counter,
        transports: (passkey.transports as string[] | null) ?? undefined,
      },
      requireUserVerification: args.purpose === 'sign-in',
    })
  } catch (err) {
    throw new WebauthnRefused(`invalid-assertion: ${(err as Error).message}`, owner)
  }
  const info = verification.authenticationInfo
  if (!verification.verified) throw new WebauthnRefused('invalid-assertion', owner)
  if (!counterAcceptable(passkey.counter, info.newCounter)) {
    throw new WebauthnRefused('counter-went-backwards', owner)
  }
  // Compare-and-set on the counter: of two answers signed with the same count, only one counts.
  const db = postgresOf(payload).drizzle
  const lastUsedAt = new Date().toISOString()
  const { rows } = await db.execute(sql`
    update passkeys set
      counter = ${info.newCounter},
      last_used_at = ${lastUsedAt},
      backed_up = ${info.credentialBackedUp},
      device_type = ${info.credentialDeviceType}::enum_passkeys_device_type,
      updated_at = now()
    where id = ${passkey.id} and counter = ${passkey.counter}
    returning id`)
  if (rows.length !== 1) throw new WebauthnRefused('counter-raced', owner)
  const updated: Passkey = {
    ...passkey,
    counter: info.newCounter,
    lastUsedAt,
    backedUp: info.credentialBackedUp,
    deviceType: info.credentialDeviceType,
  }
  return { passkey: updated, owner }
}
