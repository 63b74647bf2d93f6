import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import { message } from '../../fields/messages'
import { inspectSvg } from '../../lib/svg'

export const MAX_UPLOAD_MB = 15
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
/**
 * Payload decodes an image once per size, in parallel: four sizes of a 64-megapixel photo take
 * about a gigabyte of memory. Beyond this the editor is asked for a smaller picture.
 */
export const MAX_UPLOAD_MEGAPIXELS = 64

/** Raster types Payload resizes with sharp (SVG and PDF are stored as they are). */
const resizedTypes = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'])

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
    // The label names the field in the error summary Payload builds from these errors.
    throw new ValidationError({ errors: [{ path: 'file', label: message(req, 'fileLabel'), message: text }] }, req.t)
  }
  if (file.size > MAX_UPLOAD_BYTES || file.data.length > MAX_UPLOAD_BYTES)
    refuse(message(req, 'fileTooLarge', { max: MAX_UPLOAD_MB }))

  // Every accepted type but SVG has magic bytes; SVG is XML text with an <svg> root.
  const detected = await fileTypeFromBuffer(file.data)
  const isSvg = (!detected || detected.mime === 'application/xml') && /<svg[\s>]/i.test(file.data.subarray(0, 4096).toString('utf8'))
  const type = isSvg ? 'image/svg+xml' : detected?.mime
  if (!type || !acceptedTypes.has(type)) return refuse(message(req, 'fileTypeRefused', { type: type ?? (file.mimetype || '?') }))

  if (type === 'image/svg+xml') {
    const verdict = inspectSvg(file.data.toString('utf8'))
    if (!verdict.safe)
      refuse(message(req, 'svgUnsafe', { reason: message(req, `svg_${verdict.problem}`, { detail: verdict.detail }) }))
  }
  if (resizedTypes.has(type)) await checkImage(file.data, refuse, req)
  return args
}

/**
 * Decodes the image as Payload's resizing will (sharp, its default strictness), so that a damaged
 * or oversized picture is named here rather than failing later as "problem uploading the file".
 */
async function checkImage(data: Buffer, refuse: (text: string) => never, req: Parameters<typeof message>[0]) {
  let width: number
  let height: number
  try {
    ;({ width, height } = await sharp(data).metadata())
  } catch {
    return refuse(message(req, 'imageUnreadable'))
  }
  const megapixels = (width * height) / 1_000_000
  if (megapixels > MAX_UPLOAD_MEGAPIXELS)
    refuse(message(req, 'imageTooManyPixels', { width, height, megapixels: Math.round(megapixels), max: MAX_UPLOAD_MEGAPIXELS }))
  try {
    // A small rendition reads the whole file (a cut-off photo fails here) at a fraction of the cost.
    await sharp(data).resize(64, 64, { fit: 'inside' }).toBuffer()
  } catch {
    refuse(message(req, 'imageUnreadable'))
  }
}
