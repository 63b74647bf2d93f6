import { APIError, QueryError, type AfterErrorHook, type PayloadRequest } from 'payload'
import { message } from '../../fields/messages'
import { databaseRefusal } from '../../lib/hostileInput'
import { MAX_UPLOAD_MB } from '../Media/checkUpload'
import { collectionBySlug } from './inputGuards'

type Explained = { status: number; message: string; errors?: { path: string; message: string }[] }

/** Busboy's words for a multipart body it cannot read (payload parses uploads with busboy). */
const brokenMultipart =
  /^(Malformed content type|Malformed part header|Missing Content-Type|Multipart: Boundary not found|Unexpected end of (file|form)|Request is not eligible for file upload)/

function explain(error: unknown, req: PayloadRequest, collection?: string): Explained | undefined {
  if (error instanceof QueryError) {
    const paths = Array.isArray(error.data) ? error.data.map((item: { path?: string }) => item.path).join(', ') : ''
    return { status: 400, message: message(req, 'pathNotQueryable', { paths }) }
  }
  const refusal = databaseRefusal(error)
  if (refusal?.kind === 'nul')
    return { status: 400, message: message(req, req.method === 'GET' ? 'nulInQuery' : 'nulInText') }
  if (refusal?.kind === 'outOfRange') return { status: 400, message: message(req, 'valueOutOfRange') }
  if (refusal?.kind === 'invalidValue')
    return { status: 400, message: message(req, 'invalidValue', { value: refusal.value ?? '' }) }
  if (refusal?.kind === 'missingReference') {
    const text = message(req, 'missingReference', { value: refusal.value ?? '' })
    // `place_id` is the column of the field `place`; a hasMany relation's column names its collection.
    const name = refusal.column?.replace(/_id$/, '')
    const field = collectionBySlug(req, collection ?? '')?.config.flattenedFields.find((f) => f.name === name)
    return { status: 400, message: text, errors: field ? [{ path: field.name, message: text }] : undefined }
  }
  if (error instanceof SyntaxError || (error instanceof APIError && error.message === 'Invalid JSON'))
    return { status: 400, message: message(req, 'invalidJson') }
  if (error instanceof APIError && error.status === 413)
    return { status: 413, message: message(req, 'requestTooLarge', { max: MAX_UPLOAD_MB }) }
  if (error instanceof Error && brokenMultipart.test(error.message))
    return { status: 400, message: message(req, 'malformedMultipart') }
  return undefined
}

/**
 * Payload answers what PostgreSQL or its own parsers refuse with a 500 "An unknown error
 * occurred." or an English sentence. Every REST and GraphQL error passes this hook: input that
 * was wrong becomes a 4xx in the editor's language (the transaction is already rolled back, so
 * nothing is stored). Anything else stays the 500 it is.
 */
export const explainError: AfterErrorHook = ({ collection, error, graphqlResult, req }) => {
  const original = graphqlResult && 'originalError' in error && error.originalError ? error.originalError : error
  const explained = explain(original, req, collection?.slug)
  if (!explained) return
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message: explained.message,
        extensions: { ...graphqlResult.extensions, statusCode: explained.status },
      },
    }
  const data = explained.errors && { collection: collection?.slug, errors: explained.errors }
  return {
    status: explained.status,
    response: { errors: [{ message: explained.message, ...(data && { name: 'ValidationError', data }) }] },
  }
}
