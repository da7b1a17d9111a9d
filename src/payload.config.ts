import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { adminsOnly } from './access/admins-only'
import { nobody } from './access/nobody'
import { staffCan } from './access/user'
import { AccountTokens } from './collections/AccountTokens'
import { AuditLog } from './collections/AuditLog'
import { CannedReplies } from './collections/CannedReplies'
import { Conversations } from './collections/Conversations'
import { Customers } from './collections/Customers'
import { HelpArticles } from './collections/HelpArticles'
import { HelpCategories } from './collections/HelpCategories'
import { HelpFeedback } from './collections/HelpFeedback'
import { Documents } from './collections/Documents'
import { DocumentTypes } from './collections/DocumentTypes'
import { DocumentVersions } from './collections/DocumentVersions'
import { Invoices } from './collections/Invoices'
import { SignatureEvents } from './collections/SignatureEvents'
import { SignatureRequests } from './collections/SignatureRequests'
import { SignatureSigners } from './collections/SignatureSigners'
import { MessageAttachments } from './collections/MessageAttachments'
import { Messages } from './collections/Messages'
import { CustomerSessions } from './collections/CustomerSessions'
import { Identities } from './collections/Identities'
import { Passkeys } from './collections/Passkeys'
import { RateLimitBuckets } from './collections/RateLimitBuckets'
import { StaffFactorChecks } from './collections/StaffFactorChecks'
import { StoredFiles } from './collections/StoredFiles'
import { Orders } from './collections/Orders'
import { OrderMedia } from './collections/OrderMedia'
import { Notifications } from './collections/Notifications'
import { DeliveryEstimateChanges } from './collections/DeliveryEstimateChanges'
import { ErpEvents } from './collections/ErpEvents'
import { EventCalendarFeeds } from './collections/EventCalendarFeeds'
import { EventImages } from './collections/EventImages'
import { EventRegistrations } from './collections/EventRegistrations'
import { Events } from './collections/Events'
import { MilestoneDefinitions } from './collections/MilestoneDefinitions'
import { MilestoneTemplates } from './collections/MilestoneTemplates'
import { OrderMilestones } from './collections/OrderMilestones'
import { ProductionUpdates } from './collections/ProductionUpdates'
import { UpdateSeenMarks } from './collections/UpdateSeenMarks'
import { Staff } from './collections/Staff'
import { MediaItems } from './collections/MediaItems'
import { MediaProgress } from './collections/MediaProgress'
import { MediaTranscodes } from './collections/MediaTranscodes'
import { MediaCaptions } from './collections/MediaCaptions'
import { MediaUploads } from './collections/MediaUploads'
import { messageUnreadMailTask } from './jobs/message-unread-mail'
import { sendAccountEmailTask } from './jobs/send-account-email'
import { sendEventRemindersTask } from './jobs/send-event-reminders'
import { sendPayloadMailTask } from './jobs/send-payload-mail'
import { sendNotificationDigestsTask } from './jobs/send-notification-digests'
import { sendNotificationMailTask } from './jobs/send-notification-mail'
import { sendOverdueUpdateMailsTask } from './jobs/send-overdue-update-mails'
import { esignRemindersTask } from './jobs/esign-reminders'
import { TRANSCODE_QUEUE, transcodeMediaVideoTask } from './jobs/transcode-media-video'
import { publicErrorMessage } from './payload/public-error-message'
import { auditFailedStaffSignIn } from './lib/audit/failed-staff-sign-in'
import { env } from './lib/env'
import { largestUploadBytes } from './lib/storage/upload-types'
import { graphQLValidationRules } from './lib/graphql/validation-rules'
import { DEFAULT_LOCALE, LOCALES } from './lib/i18n/locales'
import { logger } from './lib/logger'
import { portalEmailAdapter } from './lib/mail/payload-email-adapter'
import { checkWhereEverywhere } from './lib/db/where-shape'
import { onInit } from './payload/on-init'
import { restrictInternalCollections } from './payload/restrict-internal-collections'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const config = buildConfig({
  serverURL: env.PUBLIC_URL,
  secret: env.PAYLOAD_SECRET,
  telemetry: false,
  admin: {
    user: Staff.slug,
    avatar: 'default',
    theme: 'dark',
    // Payload sends signed-in users without admin access to its "unauthorized" route; for staff
    // that is where the second factor is set up or entered, so it is named for what it is.
    routes: { unauthorized: '/two-step' },
    meta: {
      titleSuffix: ' · Donkervoort back office',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/brand/mark.svg' }],
    },
    components: {
      afterLogin: ['@/features/sso/admin/staff-sso-links#StaffSsoLinks'],
      beforeDashboard: ['@/features/back-office/admin/today-panel#TodayPanel'],
      afterNavLinks: [
        '@/features/timeline/admin/rhythm-nav-link#RhythmNavLink',
        '@/features/events/admin/check-in-nav-link#CheckInNavLink',
        '@/features/messages/admin/inbox-nav-link#InboxNavLink',
      ],
      graphics: {
        Logo: '@/features/back-office/admin/logo#Logo',
        Icon: '@/features/back-office/admin/icon#Icon',
      },
      views: {
        updateRhythm: {
          Component: '@/features/timeline/admin/update-rhythm-view#UpdateRhythmView',
          path: '/update-rhythm',
        },
        checkIn: {
          Component: '@/features/events/admin/check-in-view#CheckInView',
          path: '/check-in',
        },
        inbox: {
          Component: '@/features/messages/admin/inbox-view#InboxView',
          path: '/inbox',
        },
        // At /admin/two-step (routes.unauthorized): for staff whose session has not passed the
        // second factor it is enrolment or verification.
        unauthorized: {
          Component: '@/features/staff-auth/admin/staff-second-factor-view#StaffSecondFactorView',
        },
      },
    },
    importMap: { baseDir: path.resolve(dirname) },
  },
  collections: [
    Customers,
    Orders,
    OrderMedia,
    Documents,
    DocumentVersions,
    Invoices,
    DocumentTypes,
    // E-signing (issue 13)
    SignatureRequests,
    SignatureSigners,
    SignatureEvents,
    Staff,
    CustomerSessions,
    AccountTokens,
    AuditLog,
    Passkeys,
    Identities,
    StaffFactorChecks,
    RateLimitBuckets,
    StoredFiles,
    Notifications,
    // Production timeline (issue 12)
    MilestoneDefinitions,
    MilestoneTemplates,
    OrderMilestones,
    ProductionUpdates,
    DeliveryEstimateChanges,
    UpdateSeenMarks,
    ErpEvents,
    HelpCategories,
    HelpArticles,
    HelpFeedback,
    // Media library (issue 15)
    MediaItems,
    MediaUploads,
    MediaCaptions,
    MediaTranscodes,
    MediaProgress,
    // Messaging (issue 14)
    Conversations,
    Messages,
    MessageAttachments,
    CannedReplies,
    // Events & track days (issue 15)
    Events,
    EventImages,
    EventRegistrations,
    EventCalendarFeeds,
  ],
  hooks: { afterError: [auditFailedStaffSignIn, publicErrorMessage] },
  localization: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  editor: lexicalEditor(),
  db: postgresAdapter({
    // A database that is away must fail a request in seconds (503), not queue it for ever.
    pool: { connectionString: env.DATABASE_URL, max: 10, connectionTimeoutMillis: 5_000 },
    idType: 'uuid',
    push: env.PAYLOAD_DB_PUSH,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  email: portalEmailAdapter,
  logger,
  csrf: [env.PUBLIC_URL, ...env.ALLOWED_ORIGINS],
  cors: [],
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: 500,
    validationRules: graphQLValidationRules,
  },
  jobs: {
    tasks: [
      sendAccountEmailTask,
      sendPayloadMailTask,
      sendNotificationMailTask,
      sendNotificationDigestsTask,
      sendOverdueUpdateMailsTask,
      esignRemindersTask,
      transcodeMediaVideoTask,
      messageUnreadMailTask,
      sendEventRemindersTask,
    ],
    shouldAutoRun: () => env.JOBS_AUTORUN,
    autoRun: [
      { cron: '*/5 * * * * *', queue: 'default', limit: 20 },
      // One video at a time per instance: ffmpeg takes both cores while it works.
      { cron: '*/10 * * * * *', queue: TRANSCODE_QUEUE, limit: 1 },
    ],
    access: {
      run: ({ req }) => staffCan(req.user, 'staff:manage'),
      queue: ({ req }) => staffCan(req.user, 'staff:manage'),
      cancel: ({ req }) => staffCan(req.user, 'staff:manage'),
    },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: {
        ...defaultJobsCollection.admin,
        group: 'System',
        hidden: ({ user }) => !staffCan(user, 'staff:manage'),
      },
      access: { read: adminsOnly, create: nobody, update: nobody, delete: adminsOnly },
    }),
  },
  // Types are regenerated on purpose (`npm run generate:types`), not as a side effect of a start.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  sharp,
  // Uploads stream to a temp file (a 4 GB video never sits in memory) and stop at the largest
  // limit of any kind; each collection then checks its own (src/lib/storage/check-upload.ts).
  upload: {
    useTempFiles: true,
    tempFileDir: path.resolve(env.DATA_DIR, 'upload-tmp'),
    limits: { fileSize: largestUploadBytes(), files: 1 },
    requestSizeLimit: largestUploadBytes() + 1024 * 1024,
    abortOnLimit: true,
  },
  onInit,
})

export default config.then(restrictInternalCollections).then(checkWhereEverywhere)
