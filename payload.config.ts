import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import type { AcceptedLanguages, SupportedLanguages } from '@payloadcms/translations'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { EventOccurrences } from './src/collections/EventOccurrences'
import { Events } from './src/collections/Events'
import { Media } from './src/collections/Media'
import { MAX_UPLOAD_BYTES } from './src/collections/Media/checkUpload'
import { Municipalities } from './src/collections/Municipalities'
import { News } from './src/collections/News'
import { newsSeo } from './src/collections/News/seo'
import { Organisations } from './src/collections/Organisations'
import { Places } from './src/collections/Places'
import { Sites } from './src/collections/Sites'
import { Alerts } from './src/collections/Alerts'
import { redirects } from './src/collections/Redirects'
import { Topics } from './src/collections/Topics'
import { Users } from './src/collections/Users'
import { explainError } from './src/collections/hooks/explainError'
import { pacedForgotPasswordMutation } from './src/collections/hooks/forgotPasswordPace'
import { withInputGuards } from './src/collections/hooks/inputGuards'
import { fi } from './src/i18n/admin/fi'
import { lexicalFi } from './src/i18n/admin/lexicalFi'
import { messages } from './src/i18n/admin/messages'
import { seoFi } from './src/i18n/admin/seoFi'
import { canRunJobsOverHttp, ownOrganisationContent } from './src/access'
import { hasRole } from './src/access/roles'
import { defaultBackoff, regionalCalendarPlugin } from './src/plugins/regional-calendar'
import { smtpEmail } from './src/server/email'
import { payloadSecret } from './src/server/secret'
import { languageNames, locales } from './src/lib/locales'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(dirname),
  serverURL: process.env.SERVER_URL || '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    // Numeric dates: Payload 3 has no Finnish date-fns locale wired in, and numbers read the
    // same in every admin language.
    dateFormat: 'd.M.yyyy HH.mm',
    meta: { titleSuffix: ' – Seutu CMS' },
    components: { beforeDashboard: ['/admin/NeedsAttention#NeedsAttention'] },
    // Gravatar would be fetched from a third party for every editor: use Payload's own avatar.
    avatar: 'default',
    // Events happen in Finland: times are entered and shown in Helsinki time.
    timezones: {
      supportedTimezones: [{ label: 'Helsinki', value: 'Europe/Helsinki' }],
      defaultTimezone: 'Europe/Helsinki',
    },
  },
  collections: [
    News,
    Events,
    EventOccurrences,
    Places,
    Organisations,
    Media,
    Topics,
    Sites,
    Alerts,
    Municipalities,
    Users,
  ],
  editor: lexicalEditor(),
  email: smtpEmail(),
  localization: {
    locales: locales.map((code) => ({ code, label: languageNames[code] })),
    defaultLocale: 'fi',
    fallback: true,
  },
  // Payload 3's language list has no Finnish, so its types do not know `fi`; the runtime takes
  // any key of `supportedLanguages` (see src/i18n/admin/fi.ts).
  i18n: {
    supportedLanguages: { fi, sv, en } as SupportedLanguages,
    fallbackLanguage: 'fi' as AcceptedLanguages,
    translations: {
      fi: { ...lexicalFi, ...seoFi, seutu: messages.fi },
      // Payload 3.90's Swedish names this placeholder {{titel}}, so the folder's title never appears.
      sv: { seutu: messages.sv, folder: { itemsMovedToRoot: '{{title}} flyttades till rotmappen' } },
      en: { seutu: messages.en },
    } as NonNullable<Parameters<typeof buildConfig>[0]['i18n']>['translations'],
  },
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    readReplicas: process.env.DATABASE_REPLICA_URLS ? process.env.DATABASE_REPLICA_URLS.split(',') : undefined,
    // Every database, development and test alike, is built from the committed migrations.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  sharp,
  jobs: {
    // Payload lets any logged-in user run, queue and cancel jobs over HTTP by default.
    access: { run: canRunJobsOverHttp, queue: canRunJobsOverHttp, cancel: canRunJobsOverHttp },
    // `npm run dev` lets the app run the jobs queue itself (PAYLOAD_JOBS_AUTORUN=true). Production
    // leaves the app instances stateless and runs `payload jobs:run` workers instead (README).
    autoRun:
      process.env.PAYLOAD_JOBS_AUTORUN === 'true' ? [{ cron: '*/5 * * * * *', allQueues: true, limit: 20 }] : undefined,
  },
  plugins: [
    regionalCalendarPlugin({
      dataSource: process.env.REGIONAL_CALENDAR_DATA_SOURCE || 'kaustisenseutu',
      publisher: process.env.REGIONAL_CALENDAR_PUBLISHER || 'kaustisenseutu:org',
      connection: () =>
        process.env.REGIONAL_CALENDAR_URL
          ? {
              baseUrl: process.env.REGIONAL_CALENDAR_URL,
              apiKey: process.env.REGIONAL_CALENDAR_API_KEY,
              timeoutMs: Number(process.env.REGIONAL_CALENDAR_TIMEOUT_MS || 10_000),
            }
          : undefined,
      events: {
        slug: 'events',
        ownerField: 'organiser',
        placeField: 'place',
        topicsField: 'topics',
        onlineUrlField: 'onlineUrl',
      },
      places: { slug: 'places' },
      topics: { slug: 'topics', keywordField: 'ysoId' },
      owners: { slug: 'organisations' },
      access: {
        readState: ownOrganisationContent('owner'),
        retry: (user) => hasRole(user, 'admin', 'editor'),
        details: (user) => hasRole(user, 'admin'),
      },
      // The first wait after a transient failure and the longest one (30 s and 6 h unless set).
      backoff: {
        ...defaultBackoff,
        baseMs: Number(process.env.REGIONAL_CALENDAR_RETRY_BASE_MS || defaultBackoff.baseMs),
        maxMs: Number(process.env.REGIONAL_CALENDAR_RETRY_MAX_MS || defaultBackoff.maxMs),
      },
    }),
    redirects,
    ...newsSeo,
    // Media in an S3-compatible bucket when S3_BUCKET is set, so app instances stay stateless.
    // The plugin's fields exist either way, keeping the schema (and the migrations) the same.
    s3Storage({
      enabled: Boolean(process.env.S3_BUCKET),
      alwaysInsertFields: true,
      collections: { media: true },
      bucket: process.env.S3_BUCKET ?? '',
      config: {
        endpoint: process.env.S3_ENDPOINT || undefined,
        region: process.env.S3_REGION || 'eu-north-1',
        forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
        credentials: process.env.S3_ACCESS_KEY_ID
          ? { accessKeyId: process.env.S3_ACCESS_KEY_ID, secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '' }
          : undefined,
      },
    }),
    // Last, so that the collections the plugins above add are guarded too.
    (config) => ({ ...config, collections: config.collections?.map(withInputGuards) }),
  ],
  hooks: { afterError: [explainError] },
  // One byte over the limit is enough to know a file is too large; the media hook then answers
  // in the editor's language instead of a bare 413.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES + 1 }, abortOnLimit: false },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: {
    disablePlaygroundInProduction: true,
    // Payload counts one point per field selected, aliases included (a list of events with 60
    // fields ≈ 70). Its default of 1000 let 200 aliased lists through, which took seconds; page
    // sizes are capped apart from this (src/collections/hooks/inputGuards.ts).
    maxComplexity: 250,
    // "Forgot password" answers known and unknown addresses in the same time, as over REST.
    mutations: pacedForgotPasswordMutation,
  },
  telemetry: false,
})
