import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { messages } from '@/i18n/admin/messages'
import { fill } from '@/i18n/site'
import { preferredLocale } from '@/lib/acceptLanguage'
import { isLocale } from '@/lib/locales'
import { cmsHostOnly } from '@/server/cmsHostOnly'

const graphql = GRAPHQL_POST(config)
const tooComplex = /maximum complexity of (\d+)\. Actual complexity is (\d+)/

/**
 * A query over `graphQL.maxComplexity` is refused while it is validated, before any of Payload's
 * error hooks, with graphql-query-complexity's English sentence: that answer alone is rewritten
 * in the caller's admin language (its cookie, else the browser's languages).
 */
async function refusingInLanguage(request: Request): Promise<Response> {
  const cookie = /(?:^|;\s*)payload-lng=([a-z]+)/.exec(request.headers.get('cookie') ?? '')?.[1]
  const language = isLocale(cookie) ? cookie : preferredLocale(request.headers.get('accept-language'))
  const response = await graphql(request)
  const text = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  if (!tooComplex.test(text)) return new Response(text, { status: response.status, headers })
  const body = JSON.parse(text) as { errors?: { message: string }[] }
  for (const error of body.errors ?? []) {
    const match = tooComplex.exec(error.message)
    if (match) error.message = fill(messages[language].queryTooComplex, { max: match[1] ?? '', cost: match[2] ?? '' })
  }
  return new Response(JSON.stringify(body), { status: response.status, headers })
}

export const POST = cmsHostOnly(refusingInLanguage)
export const OPTIONS = cmsHostOnly(REST_OPTIONS(config))
