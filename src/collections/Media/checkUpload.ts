import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { message } from '../../fields/messages'
import { inspectSvg } from '../../lib/svg'

export const MAX_UPLOAD_MB = 15
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024

const acceptedTypes = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/svg+xml', 'application/pdf'])

/**
 * Refuses a file before Payload stores anything, with a message in the editor's language.
 * Payload checks types and SVG content itself too, but answers in English only; this runs first
 * so an editor learns what to do. The type is read from the bytes, not from the name.
 */
export const checkUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  const refuse = (text: string): never => {
    throw new ValidationError({ errors: [{ path: 'file', message: text }] }, req.t)
  }
  if (file.size > MAX_UPLOAD_BYTES || file.data.length > MAX_UPLOAD_BYTES)
    refuse(message(req, 'fileTooLarge', { max: MAX_UPLOAD_MB }))

  // Every accepted type but SVG has magic bytes; SVG is XML text with an <svg> root.
  const detected = await fileTypeFromBuffer(file.data)
  const isSvg = (!detected || detected.mime === 'application/xml') && /<svg[\s>]/i.test(file.data.subarray(0, 4096).toString('utf8'))
  const type = isSvg ? 'image/svg+xml' : detected?.mime
  if (!type || !acceptedTypes.has(type)) refuse(message(req, 'fileTypeRefused', { type: type ?? (file.mimetype || '?') }))

  if (type === 'image/svg+xml') {
    const verdict = inspectSvg(file.data.toString('utf8'))
    if (!verdict.safe)
      refuse(message(req, 'svgUnsafe', { reason: message(req, `svg_${verdict.problem}`, { detail: verdict.detail }) }))
  }
  return args
}
