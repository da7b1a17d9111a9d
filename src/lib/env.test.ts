import { describe, expect, it } from 'vitest'

import { parseEnv } from './env'

const secret = 'x'.repeat(40)

describe('parseEnv', () => {
  it('refuses to start in production without secrets, naming what is missing', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET, DATABASE_URL/)
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(
      /DATABASE_URL/,
    )
  })

  it('accepts a complete production configuration', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: secret,
      DATABASE_URL: 'postgres://u:p@db:5432/portal',
      PORT: '8080',
    })
    expect(env.isProduction).toBe(true)
    expect(env.PORT).toBe(8080)
    expect(env.PUBLIC_URL).toBe('http://localhost:8080')
    expect(env.SEED_DEMO).toBe(false)
  })

  it('lets next build evaluate modules without runtime secrets', () => {
    const env = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })
    expect(env.PAYLOAD_SECRET.length).toBeGreaterThanOrEqual(32)
  })

  it('rejects malformed values with a readable message', () => {
    expect(() => parseEnv({ PAYLOAD_SECRET: 'short' })).toThrow(
      /PAYLOAD_SECRET: must be at least 32/,
    )
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must be a postgres/,
    )
    expect(() => parseEnv({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/)
    expect(() => parseEnv({ PORT: '99999' })).toThrow(/PORT/)
    expect(() => parseEnv({ PAYLOAD_DB_PUSH: 'maybe' })).toThrow(/PAYLOAD_DB_PUSH/)
  })

  it('treats empty strings as unset and fills development defaults', () => {
    const env = parseEnv({
      NODE_ENV: 'development',
      SMTP_URL: '',
      PAYLOAD_SECRET: secret,
      DATA_DIR: '.data',
    })
    expect(env.SMTP_URL).toBeUndefined()
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/postgres:.+@127\.0\.0\.1:54329\/portal$/)
    expect(env.SEED_DEMO).toBe(true)
    expect(env.OUTBOX_DIR).toBe('.data/outbox')
    expect(env.PUBLIC_URL).toBe('http://localhost:3000')
  })

  it('strips a trailing slash from PUBLIC_URL and parses booleans', () => {
    const env = parseEnv({
      PUBLIC_URL: 'https://portal.example/',
      PAYLOAD_SECRET: secret,
      PAYLOAD_DB_PUSH: 'true',
      SEED_DEMO: 'false',
    })
    expect(env.PUBLIC_URL).toBe('https://portal.example')
    expect(env.PAYLOAD_DB_PUSH).toBe(true)
    expect(env.SEED_DEMO).toBe(false)
  })

  it('keeps ALLOWED_ORIGINS as bare origins and refuses anything but http(s) URLs', () => {
    const env = parseEnv({
      PAYLOAD_SECRET: secret,
      ALLOWED_ORIGINS: ' https://portal.example/ , http://localhost:3001/x,',
    })
    expect(env.ALLOWED_ORIGINS).toEqual(['https://portal.example', 'http://localhost:3001'])
    expect(parseEnv({ PAYLOAD_SECRET: secret }).ALLOWED_ORIGINS).toEqual([])
    expect(() => parseEnv({ ALLOWED_ORIGINS: 'portal.example' })).toThrow(/ALLOWED_ORIGINS/)
    expect(() => parseEnv({ ALLOWED_ORIGINS: 'ftp://portal.example' })).toThrow(/ALLOWED_ORIGINS/)
  })

  it('wants a long METRICS_TOKEN, or none (then /api/metrics does not exist)', () => {
    expect(parseEnv({ PAYLOAD_SECRET: secret }).METRICS_TOKEN).toBeUndefined()
    expect(() => parseEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/)
    expect(parseEnv({ PAYLOAD_SECRET: secret, METRICS_TOKEN: 'm'.repeat(24) }).METRICS_TOKEN).toBe(
      'm'.repeat(24),
    )
  })

  it('needs every DocuSign setting once it is the provider, and https beyond this machine', () => {
    expect(() => parseEnv({ PAYLOAD_SECRET: secret, ESIGN_PROVIDER: 'docusign' })).toThrow(
      /DOCUSIGN_BASE_URL: required[\s\S]*DOCUSIGN_CONNECT_HMAC_KEY: required/,
    )
    expect(() => parseEnv({ ESIGN_PROVIDER: 'adobe-sign' })).toThrow(/ESIGN_PROVIDER/)
    const docusign = {
      PAYLOAD_SECRET: secret,
      ESIGN_PROVIDER: 'docusign',
      DOCUSIGN_BASE_URL: 'https://demo.docusign.net/restapi',
      DOCUSIGN_ACCOUNT_ID: '3f1c0b2e-0000-4000-8000-000000000001',
      DOCUSIGN_ACCESS_TOKEN: 'token',
      DOCUSIGN_CONNECT_HMAC_KEY: 'k'.repeat(44),
    }
    expect(parseEnv(docusign).ESIGN_PROVIDER).toBe('docusign')
    expect(() =>
      parseEnv({ ...docusign, DOCUSIGN_BASE_URL: 'http://docusign.example/restapi' }),
    ).toThrow(/DOCUSIGN_BASE_URL: must be https/)
    expect(parseEnv({ PAYLOAD_SECRET: secret }).ESIGN_PROVIDER).toBe('builtin')
  })
})
