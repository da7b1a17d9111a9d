import { createHmac } from 'node:crypto'
import path from 'node:path'

import { z } from 'zod'

import { STAFF_ROLES } from '../access/policy'
import { ESIGN_PROVIDERS } from './esign/statuses'
import { parseKeyring, type TKeyring } from './crypto/keyring'
import { loadDevSecrets, loadDevStorageKeys } from './dev-secrets.mjs'

/**
 * The only reader of process.env. Every setting is validated here once; `.env.example` documents
 * each of them. Production refuses to start without real secrets; development generates them.
 */
const bool = (fallback: boolean) => z.stringbool().default(fallback)
const int = (fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback)
/** A comma-separated list of http(s) URLs, kept as bare origins (scheme://host:port). */
const origins = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/, message: 'must be http(s) URLs, comma-separated' })))
  .transform((list) => list.map((u) => new URL(u).origin))
  .default([])

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(3000, 1, 65535),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_ORIGINS: origins,
  /** Reverse proxies in front of the portal that append to X-Forwarded-For (0: none). */
  TRUSTED_PROXY_HOPS: int(0, 0, 5),
  /** Server processes `npm start` runs (scripts/lib/cluster.mjs); unset: one per core. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional(),
  EMBEDDED_PG_PORT: int(54329, 1024, 65535),
  DATA_DIR: z.string().min(1).default('.data'),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PAYLOAD_DB_PUSH: bool(false),
  SEED_DEMO: z.stringbool().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Donkervoort <portal@donkervoort.localhost>'),
  OUTBOX_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INVITATION_TTL_HOURS: int(168, 1, 24 * 30),
  PASSWORD_RESET_TTL_MINUTES: int(60, 5, 24 * 60),
  CUSTOMER_SESSION_HOURS: int(12, 1, 24 * 30),
  CUSTOMER_IDLE_MINUTES: int(30, 5, 24 * 60),
  /** How long a process reuses a session lookup (src/lib/auth/session-cache.ts); 0: off. */
  SESSION_CACHE_SECONDS: int(10, 0, 60),
  STAFF_SESSION_HOURS: int(8, 1, 24 * 7),
  STAFF_IDLE_MINUTES: int(15, 5, 8 * 60),
  STEP_UP_MINUTES: int(5, 1, 60),
  /** The company's signing certificate (PKCS#12); unset = a development certificate in DATA_DIR. */
  ESIGN_P12_PATH: z.string().min(1).optional(),
  ESIGN_P12_PASSWORD: z.string().default(''),
  /**
   * RFC 3161 timestamp authority: set, every seal carries its trusted time (signing fails while
   * it is unreachable); unset, the seal's time is only the server's claim.
   */
  ESIGN_TSA_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Days before a signature request expires on which its pending signers get a reminder. */
  ESIGN_REMINDER_DAYS: z
    .string()
    .regex(/^\d{1,3}(,\d{1,3})*$/, 'must be whole days separated by commas, e.g. 7,2')
    .default('3')
    .transform((s) => [...new Set(s.split(',').map(Number))].sort((a, b) => b - a)),
  /** Which e-signing provider new signature requests are sent through (src/integrations/esign). */
  ESIGN_PROVIDER: z.enum(ESIGN_PROVIDERS).default('builtin'),
  /** DocuSign eSignature REST, e.g. https://demo.docusign.net/restapi (required for docusign). */
  DOCUSIGN_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DOCUSIGN_ACCOUNT_ID: z.string().min(1).optional(),
  /** A bearer token for the account (the JWT grant that renews it is not built yet). */
  DOCUSIGN_ACCESS_TOKEN: z.string().min(1).optional(),
  /** The Connect HMAC key: Connect callbacks signed with anything else are refused. */
  DOCUSIGN_CONNECT_HMAC_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Days a new signature request stays open when staff set no expiry date. */
  ESIGN_DEFAULT_EXPIRY_DAYS: int(14, 1, 365),
  WEBAUTHN_RP_ID: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'must be a bare host name, e.g. portal.donkervoort.com')
    .optional(),
  WEBAUTHN_RP_NAME: z.string().min(1).default('Donkervoort'),
  OIDC_PROVIDERS: z
    .string()
    .regex(/^[a-z0-9_,\s-]*$/i, 'must be provider ids separated by commas, e.g. keycloak,auth0')
    .optional(),
  JOBS_AUTORUN: bool(true),
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  ERP_WEBHOOK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  UPDATE_RHYTHM_DAYS: int(30, 1, 365),
  STORAGE_BACKEND: z.enum(['local', 's3']).default('local'),
  STORAGE_DIR: z.string().min(1).optional(),
  STORAGE_KEYS: z
    .string()
    .transform((text, ctx) => {
      try {
        return parseKeyring(text)
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message })
        return z.NEVER
      }
    })
    .optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
    .optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool(false),
  /** Largest upload per kind of file, in MB (1 MB = 1,048,576 bytes). */
  UPLOAD_MAX_IMAGE_MB: int(25, 1, 1024),
  UPLOAD_MAX_DOCUMENT_MB: int(50, 1, 4096),
  UPLOAD_MAX_VIDEO_MB: int(4096, 1, 65536),
  /** clamd over TCP: uploads are scanned when CLAMD_HOST is set. */
  CLAMD_HOST: z.string().min(1).optional(),
  CLAMD_PORT: int(3310, 1, 65535),
  CLAMD_TIMEOUT_MS: int(60_000, 1000, 600_000),
  /** Notification mails wait this long, so a burst of updates becomes one mail. */
  NOTIFY_BATCH_SECONDS: int(180, 0, 3600),
  /** Local hour (in each customer's time zone) at which daily and weekly digests go out. */
  NOTIFY_DIGEST_HOUR: int(8, 0, 23),
  /** Debian's ffmpeg / ffprobe for video transcoding; unset: found on PATH. */
  FFMPEG_PATH: z.string().min(1).default('ffmpeg'),
  FFPROBE_PATH: z.string().min(1).default('ffprobe'),
  /** A message the other side has not read this long after it was sent is mailed (once); 0: at once. */
  MESSAGE_UNREAD_MAIL_MINUTES: int(10, 0, 24 * 60),
  /** Comment line sent on every open live stream this often, so proxies keep it open. */
  LIVE_HEARTBEAT_SECONDS: int(20, 1, 300),
  /** Signs the QR code of event tickets; derived from PAYLOAD_SECRET when unset. */
  EVENT_TICKET_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** How long before an event its registrants get a reminder mail. */
  EVENT_REMINDER_HOURS: int(48, 1, 24 * 14),
})

export type TEnv = Omit<
  z.infer<typeof ZEnv>,
  | 'PAYLOAD_SECRET'
  | 'DATABASE_URL'
  | 'SEED_DEMO'
  | 'WEBAUTHN_RP_ID'
  | 'OIDC_PROVIDERS'
  | 'STORAGE_DIR'
  | 'STORAGE_KEYS'
  | 'EVENT_TICKET_SECRET'
> & {
  EVENT_TICKET_SECRET: string
  PAYLOAD_SECRET: string
  DATABASE_URL: string
  PUBLIC_URL: string
  SEED_DEMO: boolean
  OUTBOX_DIR: string
  /** WebAuthn relying-party id: WEBAUTHN_RP_ID or the host name of PUBLIC_URL. */
  WEBAUTHN_RP_ID: string
  /** OpenID Connect providers from OIDC_PROVIDERS and their OIDC_<ID>_* settings. */
  OIDC_PROVIDERS: TOidcProviderConfig[]
  /** Absolute directory of the local storage backend (STORAGE_DIR, default DATA_DIR/files). */
  STORAGE_DIR: string
  /**
   * Master keys for stored files. Undefined only in production without STORAGE_KEYS: the portal
   * still starts (no feature may need files yet), and the first store or read fails naming it.
   */
  STORAGE_KEYS: TKeyring | undefined
  isProduction: boolean
}

/**
 * One OpenID Connect provider. `OIDC_PROVIDERS=keycloak,auth0` names them; each reads
 * OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _NAME, _AUDIENCE (staff | customers),
 * _ROLES_CLAIM (default "groups"), _ROLE_MAP ("claim-value=role,…", staff only),
 * _TRUST_IDP_MFA (true: a sign-in the provider reports as multi-factor needs no second factor here).
 */
export type TOidcProviderConfig = {
  id: string
  issuer: string
  clientId: string
  clientSecret?: string
  name: string
  audience: 'staff' | 'customers'
  rolesClaim: string
  roleMap: Record<string, string>
  trustIdpMfa: boolean
}

const ZOidcProvider = z.object({
  ISSUER: z.url({ protocol: /^https?$/ }),
  CLIENT_ID: z.string().min(1),
  CLIENT_SECRET: z.string().min(1).optional(),
  NAME: z.string().min(1).max(60).optional(),
  AUDIENCE: z.enum(['staff', 'customers']),
  ROLES_CLAIM: z.string().min(1).default('groups'),
  ROLE_MAP: z
    .string()
    .regex(/^([^=,]+=[a-z-]+)(,[^=,]+=[a-z-]+)*$/, 'must look like "group=role,group=role"')
    .optional(),
  TRUST_IDP_MFA: z.stringbool().default(false),
})

function parseOidcProviders(
  list: string | undefined,
  source: Record<string, string | undefined>,
): { providers: TOidcProviderConfig[]; issues: string[] } {
  const ids = (list ?? '')
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean)
  const providers: TOidcProviderConfig[] = []
  const issues: string[] = []
  for (const id of new Set(ids)) {
    const prefix = `OIDC_${id.toUpperCase().replace(/-/g, '_')}_`
    const own = Object.fromEntries(
      Object.entries(source)
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, v]) => [k.slice(prefix.length), v]),
    )
    const parsed = ZOidcProvider.safeParse(own)
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        issues.push(`  ${prefix}${i.path.join('.')}: ${i.message}`)
      continue
    }
    const p = parsed.data
    const roleMap = Object.fromEntries(
      (p.ROLE_MAP ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split('=').map((x) => x.trim()) as [string, string]),
    )
    for (const [claimValue, role] of Object.entries(roleMap)) {
      if (!(STAFF_ROLES as readonly string[]).includes(role))
        issues.push(
          `  ${prefix}ROLE_MAP: "${claimValue}=${role}" names no staff role; use one of ${STAFF_ROLES.join(', ')}`,
        )
    }
    if (p.AUDIENCE === 'customers' && Object.keys(roleMap).length)
      issues.push(`  ${prefix}ROLE_MAP: only staff providers map roles`)
    // Plain http only to this machine (a provider started by the tests or a local Keycloak).
    const issuerHost = new URL(p.ISSUER).hostname
    if (p.ISSUER.startsWith('http://') && !['localhost', '127.0.0.1', '[::1]'].includes(issuerHost))
      issues.push(`  ${prefix}ISSUER: must be https:// (http:// only for localhost)`)
    providers.push({
      id,
      issuer: p.ISSUER,
      clientId: p.CLIENT_ID,
      clientSecret: p.CLIENT_SECRET,
      name: p.NAME ?? id,
      audience: p.AUDIENCE,
      rolesClaim: p.ROLES_CLAIM,
      roleMap,
      trustIdpMfa: p.TRUST_IDP_MFA,
    })
  }
  return { providers, issues }
}

/**
 * Storage settings that depend on each other. Files must never be reachable as static files, so
 * the local directory may not lie under public/ or a Next build directory.
 */
function storageSettings(e: z.infer<typeof ZEnv>, noDevKeys: boolean) {
  const issues: string[] = []
  // A setting, not a file the build should trace: without the hint Turbopack warns that it
  // traces the whole project.
  const dir = path.resolve(
    /*turbopackIgnore: true*/ e.STORAGE_DIR ?? path.join(e.DATA_DIR, 'files'),
  )
  const top = path.relative(process.cwd(), dir).split(path.sep)[0]
  if (top === 'public' || top.startsWith('.next'))
    issues.push(`  STORAGE_DIR: must not lie under public/ or .next*/ (got ${dir})`)
  if (e.STORAGE_BACKEND === 's3') {
    if (!e.S3_BUCKET) issues.push('  S3_BUCKET: required when STORAGE_BACKEND=s3')
    if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY)
      issues.push('  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both or neither')
  }
  // Development generates one key in DATA_DIR; production never invents a key it could lose.
  const keyring =
    e.STORAGE_KEYS ?? (noDevKeys ? undefined : parseKeyring(loadDevStorageKeys(e.DATA_DIR)))
  return { issues, dir, keyring }
}

/**
 * DocuSign's settings are required once it is the provider. Requests sent through it earlier
 * keep using them after ESIGN_PROVIDER changes, so they stay valid whenever they are set.
 */
function docusignIssues(e: z.infer<typeof ZEnv>) {
  const issues: string[] = []
  if (e.ESIGN_PROVIDER === 'docusign')
    for (const key of [
      'DOCUSIGN_BASE_URL',
      'DOCUSIGN_ACCOUNT_ID',
      'DOCUSIGN_ACCESS_TOKEN',
      'DOCUSIGN_CONNECT_HMAC_KEY',
    ] as const)
      if (!e[key]) issues.push(`  ${key}: required when ESIGN_PROVIDER=docusign`)
  if (e.DOCUSIGN_BASE_URL?.startsWith('http://')) {
    const host = new URL(e.DOCUSIGN_BASE_URL).hostname
    if (!['localhost', '127.0.0.1', '[::1]'].includes(host))
      issues.push('  DOCUSIGN_BASE_URL: must be https:// (http:// only for localhost)')
  }
  return issues
}

/** Empty strings in .env files mean "not set". */
function withoutEmpty(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const parsed = ZEnv.safeParse(withoutEmpty(source))
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example.`)
  }
  const e = parsed.data
  const oidc = parseOidcProviders(e.OIDC_PROVIDERS, withoutEmpty(source))
  if (oidc.issues.length) {
    throw new Error(`Invalid configuration:\n${oidc.issues.join('\n')}\nSee .env.example.`)
  }
  const isProduction = e.NODE_ENV === 'production'
  // `next build` evaluates server modules without runtime secrets; nothing connects during it.
  const isBuild = source.NEXT_PHASE === 'phase-production-build'

  let secret = e.PAYLOAD_SECRET
  let databaseUrl = e.DATABASE_URL
  if (!secret || !databaseUrl) {
    if (isProduction && !isBuild) {
      const missing = [!secret && 'PAYLOAD_SECRET', !databaseUrl && 'DATABASE_URL'].filter(Boolean)
      throw new Error(
        `Missing required setting(s) in production: ${missing.join(', ')}. ` +
          'Set them in the environment (see .env.example), or use `npm start`, which starts the embedded demo database.',
      )
    }
    const dev = isBuild
      ? {
          PAYLOAD_SECRET: 'build-time-placeholder-secret-not-used-at-runtime',
          EMBEDDED_PG_PASSWORD: 'x',
        }
      : loadDevSecrets(e.DATA_DIR)
    secret ??= dev.PAYLOAD_SECRET
    databaseUrl ??= `postgres://postgres:${dev.EMBEDDED_PG_PASSWORD}@127.0.0.1:${e.EMBEDDED_PG_PORT}/portal`
  }

  const docusign = docusignIssues(e)
  if (docusign.length) {
    throw new Error(`Invalid configuration:\n${docusign.join('\n')}\nSee .env.example.`)
  }

  const storage = storageSettings(e, isProduction || isBuild)
  if (storage.issues.length) {
    throw new Error(`Invalid configuration:\n${storage.issues.join('\n')}\nSee .env.example.`)
  }

  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '')
  return {
    ...e,
    PAYLOAD_SECRET: secret,
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: publicUrl,
    WEBAUTHN_RP_ID: e.WEBAUTHN_RP_ID ?? new URL(publicUrl).hostname,
    OIDC_PROVIDERS: oidc.providers,
    SEED_DEMO: e.SEED_DEMO ?? !isProduction,
    OUTBOX_DIR: e.OUTBOX_DIR ?? `${e.DATA_DIR}/outbox`,
    STORAGE_DIR: storage.dir,
    STORAGE_KEYS: storage.keyring,
    // Development signs ERP events with a secret derived from its own, so `npm run erp:send`
    // works against `npm start` without configuration; production has none unless it is set.
    ERP_WEBHOOK_SECRET:
      e.ERP_WEBHOOK_SECRET ??
      (isProduction || isBuild
        ? undefined
        : createHmac('sha256', secret).update('erp-webhook-development').digest('hex')),
    // Tickets printed before a PAYLOAD_SECRET rotation stay valid when this is set on its own.
    EVENT_TICKET_SECRET:
      e.EVENT_TICKET_SECRET ??
      createHmac('sha256', secret).update('event-ticket-signing').digest('hex'),
    isProduction,
  }
}

export const env: TEnv = parseEnv(process.env)
