import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Bodies } from './collections/Bodies.ts'
import { Departments } from './collections/Departments.ts'
import { ImplementationPlans } from './collections/ImplementationPlans.ts'
import { Kpis } from './collections/Kpis/index.ts'
import { Media, MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from './collections/Media.ts'
import { Meetings } from './collections/Meetings.ts'
import { Pages } from './collections/Pages.ts'
import { Approaches, Goals, PlanItems, Principles, PriorityProjects } from './collections/planElements.ts'
import { Plans } from './collections/Plans.ts'
import { StrategyGoals } from './collections/StrategyGoals.ts'
import { SitePublishes } from './collections/SitePublishes/index.ts'
import { Users } from './collections/Users.ts'
import { ApprovalEvents } from './collections/ApprovalEvents.ts'
import { Outbox } from './collections/Outbox.ts'
import { ADMIN_DATE_FORMAT, adminTranslations } from './i18n/translations.ts'
import { emailAdapter, mailConfigured } from './notifications/email.ts'
import { withScheduledPublishReports } from './workflow/scheduledPublish.ts'
import { hasRole } from './access/roles.ts'
import { databaseAdapter, migrateOnStart } from './database.ts'
import { ensureFirstAdmin } from './firstAdmin.ts'
import { SiteSettings } from './globals/SiteSettings.ts'
import { withReferentialIntegrity } from './hooks/preventReferencedDelete.ts'
import { withRequestChecks } from './hooks/requestChecks.ts'
import { invalidateOnCommit, withGlobalReadInvalidation, withPublicReadInvalidation } from './api/publicReadCache.ts'
import { applyFieldRules } from './fields/rules.ts'
import { publishSiteTask } from './jobs/publishSite.ts'
import { watchPublishing } from './jobs/recoverPublishing.ts'
import { adminOrigins } from './security.ts'
import { previewEndpoint } from './preview/endpoint.ts'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const secret = process.env.PAYLOAD_SECRET
if (!secret) throw new Error('PAYLOAD_SECRET is not set: `npm start` creates cms/.env with a random one, or set it yourself.')

export default buildConfig({
  secret,
  // No usage reports to payloadcms.com: sending them is the city's decision, not a default (see README).
  telemetry: false,
  serverURL: process.env.KEIKAKU_CMS_URL ?? '',
  csrf: adminOrigins(),
  cors: adminOrigins(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: '— Keikaku 計画', icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/keikaku-icon.svg' }] },
    // Gravatar would send staff e-mail hashes to a third party.
    avatar: 'default',
    components: {
      graphics: { Logo: '/components/Brand.tsx#Logo', Icon: '/components/Brand.tsx#Icon' },
      beforeDashboard: ['/components/PublishStatus.tsx#PublishStatus', '/components/ApprovalQueue.tsx#ApprovalQueue'],
    },
    dateFormat: ADMIN_DATE_FORMAT,
    timezones: { defaultTimezone: 'Asia/Tokyo', supportedTimezones: [{ label: 'Asia/Tokyo', value: 'Asia/Tokyo' }] },
  },
  i18n: { fallbackLanguage: 'ja', supportedLanguages: { ja, en }, translations: adminTranslations({ mailConfigured: mailConfigured() }) },
  email: emailAdapter(),
  localization: {
    locales: [
      { code: 'ja', label: '日本語' },
      { code: 'en', label: 'English（参考訳）' },
    ],
    defaultLocale: 'ja',
    // Readers of the API get Japanese where English is missing (and requests without ?locale get Japanese: with
    // fallback off Payload leaves their locale unset). The export reads `locale: 'all'`, which is not filled in,
    // so the site still knows what is untranslated.
    fallback: true,
  },
  collections: withPublicReadInvalidation(
    withRequestChecks(
      withReferentialIntegrity([
        Plans,
        Principles,
        Goals,
        Approaches,
        PriorityProjects,
        PlanItems,
        ImplementationPlans,
        StrategyGoals,
        Kpis,
        Departments,
        Bodies,
        Meetings,
        Pages,
        Media,
        Users,
        SitePublishes,
        ApprovalEvents,
        Outbox,
      ]),
    ),
  ),
  globals: withGlobalReadInvalidation([SiteSettings].map((global) => ({ ...global, fields: applyFieldRules(global.fields) }))),
  endpoints: [previewEndpoint],
  jobs: {
    tasks: [publishSiteTask],
    enableConcurrencyControl: true,
    // The admin server runs queued jobs (site publishes, scheduled publishing) every two seconds; scripts and
    // tests that open the Local API do not, unless they set KEIKAKU_RUN_JOBS=1.
    autoRun: [{ cron: '*/2 * * * * *', allQueues: true }],
    shouldAutoRun: () => process.env.KEIKAKU_RUN_JOBS === '1',
    access: { run: ({ req }) => hasRole('admin')(req) },
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  // Over the limit the upload stops at once (413); the request has no language yet, so the message is bilingual.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES }, abortOnLimit: true, responseOnLimit: UPLOAD_TOO_LARGE },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  onInit: async (payload) => {
    // Answers kept for anonymous readers belong to the database this instance opens, and change when it does.
    invalidateOnCommit(payload)
    await migrateOnStart(payload)
    await ensureFirstAdmin(payload)
    // The job runner releases publishes that a stopped server left "processing" before its queue starts.
    if (process.env.KEIKAKU_RUN_JOBS === '1') await watchPublishing(payload)
  },
}).then(withScheduledPublishReports)
