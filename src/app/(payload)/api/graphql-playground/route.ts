import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'
import { cmsHostOnly } from '@/server/cmsHostOnly'

export const GET = cmsHostOnly(GRAPHQL_PLAYGROUND_GET(config))
