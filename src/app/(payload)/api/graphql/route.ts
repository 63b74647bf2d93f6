import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { cmsHostOnly } from '@/server/cmsHostOnly'

export const POST = cmsHostOnly(GRAPHQL_POST(config))
export const OPTIONS = cmsHostOnly(REST_OPTIONS(config))
