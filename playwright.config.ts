import path from 'node:path'

import { defineConfig, devices } from '@playwright/test'

import { CHROMIUM_LAUNCH } from './scripts/lib/chromium.mjs'

// Run through `npm test` (scripts/test.mjs), which starts a fresh PostgreSQL database, builds the
// portal, and passes DATABASE_URL, CHROMIUM_PATH and the secrets in the environment.
const PORT = Number(process.env.E2E_PORT || 3100)
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 2526)
const dataDir = process.env.E2E_DATA_DIR || path.resolve('.data')
// The test OpenID provider follows the portal's port (3100 → 3900), so parallel runs never share one.
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT || PORT + 800)
export const E2E = {
  baseURL: `http://localhost:${PORT}`,
  mailDir: path.join(dataDir, 'test-mail'),
  /** Staff single sign-on: the provider id and its issuer (tests/support/oidc-provider.mjs). */
  oidc: { id: 'e2e-idp', name: 'Donkervoort ID', issuer: `http://127.0.0.1:${OIDC_PORT}` },
  /** Shared secret of the ERP/MES feed (tests/e2e/timeline.e2e.ts signs with it). */
  erpSecret: 'e2e-erp-webhook-secret-0123456789abcdef',
}

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  use: {
    baseURL: E2E.baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // A real SMTP server: every mail the portal sends lands as JSON in E2E.mailDir.
      command: `node tests/support/smtp-sink.mjs`,
      port: SMTP_PORT,
      env: { SMTP_SINK_PORT: String(SMTP_PORT), SMTP_SINK_DIR: E2E.mailDir },
      reuseExistingServer: false,
    },
    {
      // A real OpenID provider for staff single sign-on (tests/e2e/sso.e2e.ts).
      command: `node tests/support/oidc-provider.mjs`,
      url: `${E2E.oidc.issuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      env: {
        OIDC_TEST_PORT: String(OIDC_PORT),
        OIDC_TEST_REDIRECT_URI: `${E2E.baseURL}/api/auth/oidc/${E2E.oidc.id}/callback`,
      },
    },
    {
      // The production server `npm start` runs (access log, request ids), not bare `next start`.
      command: `node scripts/lib/server.mjs`,
      url: `${E2E.baseURL}/api/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(PORT),
        PUBLIC_URL: E2E.baseURL,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        SEED_DEMO: 'true',
        // As behind one reverse proxy: each browser context sends its own X-Forwarded-For
        // (tests/e2e/support/test.ts), so per-IP rate limits apply per visitor.
        TRUSTED_PROXY_HOPS: '1',
        JOBS_AUTORUN: 'true',
        // Notification mails go out at the next jobs run instead of after a burst window.
        NOTIFY_BATCH_SECONDS: '0',
        NEXT_TELEMETRY_DISABLED: '1',
        // Uploads are stored encrypted: a test-only master key and a directory of the run's own.
        STORAGE_KEYS: `e2e1:${Buffer.alloc(32, 0x2e).toString('base64')}`,
        STORAGE_DIR: path.join(dataDir, 'e2e-files'),
        // Staff may also sign in through the test OpenID provider; its groups map to roles.
        OIDC_PROVIDERS: E2E.oidc.id,
        OIDC_E2E_IDP_ISSUER: E2E.oidc.issuer,
        OIDC_E2E_IDP_CLIENT_ID: 'portal-staff',
        OIDC_E2E_IDP_CLIENT_SECRET: 'e2e-staff-client-secret-0123456789',
        OIDC_E2E_IDP_NAME: E2E.oidc.name,
        OIDC_E2E_IDP_AUDIENCE: 'staff',
        OIDC_E2E_IDP_ROLES_CLAIM: 'groups',
        OIDC_E2E_IDP_ROLE_MAP: 'comms=marketing,portal-admins=admin',
        ERP_WEBHOOK_SECRET: E2E.erpSecret,
      },
    },
  ],
})
