import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'

import { encodeCBOR, type CBORType } from '@levischuck/tiny-cbor'

/**
 * A software passkey (ES256, "none" attestation) that answers WebAuthn ceremonies as a browser
 * would hand them to @simplewebauthn/browser: enough to run real registration and sign-in through
 * our route handlers and @simplewebauthn/server. It keeps its discoverable credentials like a
 * platform authenticator: one per (rpId, user handle), with a signature counter.
 */
type TCredential = { id: Buffer; key: KeyObject; rpId: string; userHandle: string; counter: number }

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64url')
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest()

const FLAG_UP = 0x01
const FLAG_UV = 0x04
const FLAG_AT = 0x40

export class SoftAuthenticator {
  readonly credentials: TCredential[] = []

  constructor(
    readonly origin: string,
    /** Authenticators that never count (synced passkeys) stay at zero. */
    private readonly counts = true,
  ) {}

  register(options: { challenge: string; rp: { id?: string }; user: { id: string } }) {
    const rpId = options.rp.id!
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const jwk = publicKey.export({ format: 'jwk' })
    const cose = encodeCBOR(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, 'base64url')],
        [-3, Buffer.from(jwk.y!, 'base64url')],
      ]),
    )
    const credential: TCredential = {
      id: randomBytes(32),
      key: privateKey,
      rpId,
      userHandle: options.user.id,
      counter: 0,
    }
    this.credentials.push(credential)
    const idLength = Buffer.alloc(2)
    idLength.writeUInt16BE(credential.id.length)
    const authData = Buffer.concat([
      sha256(rpId),
      Buffer.from([FLAG_UP | FLAG_UV | FLAG_AT]),
      Buffer.alloc(4),
      Buffer.alloc(16),
      idLength,
      credential.id,
      Buffer.from(cose),
    ])
    const attestationObject = encodeCBOR(
      new Map<string, CBORType>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, CBORType>()],
        ['authData', authData],
      ]),
    )
    return {
      id: b64(credential.id),
      rawId: b64(credential.id),
      type: 'public-key' as const,
      clientExtensionResults: {},
      authenticatorAttachment: 'platform' as const,
      response: {
        clientDataJSON: this.clientData('webauthn.create', options.challenge),
        attestationObject: b64(attestationObject),
        transports: ['internal'],
      },
    }
  }

  /** Answers with the credential named (or the first one this authenticator holds). */
  authenticate(
    options: { challenge: string; rpId?: string },
    pick: { credentialId?: string; userVerified?: boolean; counter?: number } = {},
  ) {
    const credential = pick.credentialId
      ? this.credentials.find((c) => b64(c.id) === pick.credentialId)
      : this.credentials[0]
    if (!credential) throw new Error('no such credential on this authenticator')
    if (this.counts) credential.counter += 1
    const counter = Buffer.alloc(4)
    counter.writeUInt32BE(pick.counter ?? credential.counter)
    const flags = FLAG_UP | (pick.userVerified === false ? 0 : FLAG_UV)
    const authData = Buffer.concat([
      sha256(options.rpId ?? credential.rpId),
      Buffer.from([flags]),
      counter,
    ])
    const clientDataJSON = this.clientData('webauthn.get', options.challenge)
    const signature = sign(
      'sha256',
      Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, 'base64url'))]),
      credential.key,
    )
    return {
      id: b64(credential.id),
      rawId: b64(credential.id),
      type: 'public-key' as const,
      clientExtensionResults: {},
      authenticatorAttachment: 'platform' as const,
      response: {
        clientDataJSON,
        authenticatorData: b64(authData),
        signature: b64(signature),
        userHandle: credential.userHandle,
      },
    }
  }

  private clientData(type: string, challenge: string) {
    return b64(
      Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false })),
    )
  }
}
