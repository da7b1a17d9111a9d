import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { parseEnv } from './env'

const secret = 'x'.repeat(40)
const prod = { NODE_ENV: 'production', PAYLOAD_SECRET: secret, DATABASE_URL: 'postgres://db/p' }
const key = () => randomBytes(32).toString('base64')
const dirs: string[] = []
const dataDir = () => {
  dirs.push(mkdtempSync(path.join(tmpdir(), 'storage-env-')))
  return dirs[dirs.length - 1]
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('parseEnv: storage', () => {
  it('defaults to the local backend under DATA_DIR/files', () => {
    const dir = dataDir()
    const env = parseEnv({ PAYLOAD_SECRET: secret, DATA_DIR: dir })
    expect(env.STORAGE_BACKEND).toBe('local')
    expect(env.STORAGE_DIR).toBe(path.join(dir, 'files'))
  })

  it('generates one development key in DATA_DIR and keeps it', () => {
    const dir = dataDir()
    const a = parseEnv({ PAYLOAD_SECRET: secret, DATA_DIR: dir }).STORAGE_KEYS!
    const b = parseEnv({ PAYLOAD_SECRET: secret, DATA_DIR: dir }).STORAGE_KEYS!
    expect(a.currentId).toBe('dev1')
    expect(b.keys.get('dev1')!.equals(a.keys.get('dev1')!)).toBe(true)
    expect(readFileSync(path.join(dir, 'dev-storage-keys'), 'utf8')).toMatch(/^dev1:/)
  })

  it('never invents a key in production: storage then fails on first use, not at start', () => {
    expect(parseEnv(prod).STORAGE_KEYS).toBeUndefined()
    const ring = parseEnv({ ...prod, STORAGE_KEYS: `k2:${key()},k1:${key()}` }).STORAGE_KEYS!
    expect(ring.currentId).toBe('k2')
    expect([...ring.keys.keys()]).toEqual(['k2', 'k1'])
  })

  it('refuses a malformed keyring at start, naming the variable', () => {
    expect(() => parseEnv({ ...prod, STORAGE_KEYS: 'k1:short' })).toThrow(
      /STORAGE_KEYS: key "k1": must be 32 random bytes/,
    )
  })

  it('keeps STORAGE_DIR out of public/ and Next build directories', () => {
    for (const dir of ['public/files', './.next/x', '.next-storage/files'])
      expect(() => parseEnv({ ...prod, STORAGE_DIR: dir })).toThrow(/STORAGE_DIR: must not lie/)
    expect(parseEnv({ ...prod, STORAGE_DIR: '/srv/files' }).STORAGE_DIR).toBe('/srv/files')
  })

  it('needs a bucket for the S3 backend, and both credentials or neither', () => {
    expect(() => parseEnv({ ...prod, STORAGE_BACKEND: 's3' })).toThrow(/S3_BUCKET: required/)
    expect(() =>
      parseEnv({ ...prod, STORAGE_BACKEND: 's3', S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'a' }),
    ).toThrow(/set both or neither/)
    expect(() => parseEnv({ ...prod, STORAGE_BACKEND: 'gcs' })).toThrow(/STORAGE_BACKEND/)
    const env = parseEnv({
      ...prod,
      STORAGE_BACKEND: 's3',
      S3_BUCKET: 'portal-files',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
    })
    expect(env.S3_FORCE_PATH_STYLE).toBe(true)
    expect(env.S3_REGION).toBe('us-east-1')
  })
})
