import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { cmsHostOnly } from '@/server/cmsHostOnly'

// With ADMIN_HOST set, the API answers on the CMS host only (src/server/cmsHostOnly.ts).
export const GET = cmsHostOnly(REST_GET(config))
export const POST = cmsHostOnly(REST_POST(config))
export const DELETE = cmsHostOnly(REST_DELETE(config))
export const PATCH = cmsHostOnly(REST_PATCH(config))
export const PUT = cmsHostOnly(REST_PUT(config))
export const OPTIONS = cmsHostOnly(REST_OPTIONS(config))
