import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Media } from '../../src/payload-types'
import { fieldError, testPayload, unique } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const RED = { r: 220, g: 30, b: 30 }
const BLUE = { r: 30, g: 60, b: 200 }

/**
 * A photo-sized image whose top quarter is red and the rest blue, so a crop around a focal point
 * near the top shows red where a centred crop would show blue.
 */
function twoBands(width: number, height: number) {
  const top = Math.round(height / 4)
  return sharp({ create: { width, height, channels: 3, background: BLUE } }).composite([
    {
      input: { create: { width, height: top, channels: 3, background: RED } },
      top: 0,
      left: 0,
    },
  ])
}

const GPS_EXIF = {
  IFD0: { Make: 'TestCam', Model: 'Kaustinen 1', Copyright: 'Koti, Kaustinen' },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '63/1 32/1 0/1',
    GPSLongitudeRef: 'E',
    GPSLongitude: '23/1 41/1 0/1',
  },
}
const GPS_XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="63,32.0N" exif:GPSLongitude="23,41.0E"/>' +
  '</rdf:RDF></x:xmpmeta>'

const upload = (data: Buffer, name: string, mimetype: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'media',
    data: { alt: 'Kuvaus', ...extra },
    file: { data, name, mimetype, size: data.length },
  })

/** The stored original and every generated size, read from disk. */
async function storedFiles(doc: Media) {
  const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
  return Promise.all(
    names.map(async (name) => {
      expect(name, 'every size has a file').toBeTruthy()
      return { name: name!, data: await readFile(path.resolve('media', name!)) }
    }),
  )
}

async function expectNoLocation(doc: Media) {
  for (const file of await storedFiles(doc)) {
    const meta = await sharp(file.data).metadata()
    expect(meta.exif, `${file.name} has EXIF`).toBeUndefined()
    expect(meta.xmp, `${file.name} has XMP`).toBeUndefined()
    for (const marker of ['GPS', 'TestCam', 'Kaustinen 1', '63,32'])
      expect(file.data.includes(Buffer.from(marker)), `${file.name} contains ${marker}`).toBe(false)
  }
}

/** The colour at the middle of a stored size, as "red" or "blue". */
async function centreColour(filename: string) {
  const data = await readFile(path.resolve('media', filename))
  const { width = 0, height = 0 } = await sharp(data).metadata()
  const { data: pixel } = await sharp(data)
    .extract({ left: Math.floor(width / 2), top: Math.floor(height / 2), width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return pixel[0] > pixel[2] ? 'red' : 'blue'
}

/** Media's sizes: the crops have both sides, the others keep the photo's aspect ratio. */
const SIZES: [keyof NonNullable<Media['sizes']>, number, number?][] = [
  ['thumbnail', 320, 240],
  ['card', 640, 400],
  ['medium', 1024],
  ['large', 1920],
]

function expectEverySize(doc: Media, original: { width: number; height: number }) {
  for (const [name, width, height] of SIZES) {
    const size = doc.sizes?.[name]
    expect(size?.filename, `${name} is made`).toMatch(/\.webp$/)
    expect(size?.mimeType).toBe('image/webp')
    const expectedWidth = Math.min(width, original.width)
    expect(size?.width, `${name} width`).toBe(expectedWidth)
    expect(size?.height, `${name} height`).toBe(
      height ?? Math.round((expectedWidth * original.height) / original.width),
    )
  }
}

describe('real-size photo uploads', () => {
  it('takes a 4000×3000 camera JPEG with EXIF and GPS: every size, no location left in any file', async () => {
    const photo = await twoBands(4000, 3000).jpeg({ quality: 85 }).withExif(GPS_EXIF).withXmp(GPS_XMP).toBuffer()
    const before = await sharp(photo).metadata()
    expect(before.exif).toBeDefined()
    expect(before.xmp).toBeDefined()

    const doc = await upload(photo, `${unique('kamera')}.jpg`, 'image/jpeg')
    // The original is kept at most 3840 px on its long side.
    expect([doc.width, doc.height]).toEqual([3840, 2880])
    expectEverySize(doc, { width: 4000, height: 3000 })
    await expectNoLocation(doc)
  })

  it('crops a portrait PNG around the focal point the editor chose', async () => {
    const png = await twoBands(1500, 3000).png().toBuffer()
    const focused = await upload(png, `${unique('pysty')}.png`, 'image/png', { focalX: 50, focalY: 10 })
    expect([focused.focalX, focused.focalY]).toEqual([50, 10])
    expectEverySize(focused, { width: 1500, height: 3000 })
    // Both landscape crops come from the red top of the picture…
    expect(await centreColour(focused.sizes!.thumbnail!.filename!)).toBe('red')
    expect(await centreColour(focused.sizes!.card!.filename!)).toBe('red')

    // …where the default, centred focal point takes them from the blue middle.
    const centred = await upload(png, `${unique('pysty')}.png`, 'image/png')
    expect([centred.focalX, centred.focalY]).toEqual([50, 50])
    expect(await centreColour(centred.sizes!.thumbnail!.filename!)).toBe('blue')
    expect(await centreColour(centred.sizes!.card!.filename!)).toBe('blue')
    await expectNoLocation(focused)
  })

  it('takes a WebP photo with EXIF and GPS', async () => {
    const webp = await twoBands(3000, 2000).webp({ quality: 80 }).withExif(GPS_EXIF).toBuffer()
    expect((await sharp(webp).metadata()).exif).toBeDefined()
    const doc = await upload(webp, `${unique('webp')}.webp`, 'image/webp')
    expect(doc.mimeType).toBe('image/webp')
    expectEverySize(doc, { width: 3000, height: 2000 })
    await expectNoLocation(doc)
  })

  it('takes an AVIF photo with EXIF and GPS', async () => {
    const avif = await twoBands(2400, 1800).avif({ quality: 50, effort: 0 }).withExif(GPS_EXIF).toBuffer()
    expect((await sharp(avif).metadata()).exif).toBeDefined()
    const doc = await upload(avif, `${unique('avif')}.avif`, 'image/avif')
    expect(doc.mimeType).toBe('image/avif')
    expectEverySize(doc, { width: 2400, height: 1800 })
    await expectNoLocation(doc)
  })
})

describe('upload errors the editor can act on, in Finnish', () => {
  it('names a damaged (cut-off) photo instead of a generic upload error', async () => {
    const photo = await twoBands(2000, 1500).jpeg().toBuffer()
    const cut = photo.subarray(0, Math.floor(photo.length / 2))
    expect(await fieldError(upload(cut, `${unique('rikki')}.jpg`, 'image/jpeg'), 'file')).toBe(
      'Kuvaa ei voi lukea: tiedosto on vioittunut tai tallentunut vain osittain. Tallenna kuva uudelleen ja lataa se sitten.',
    )
  })

  it('refuses a picture with more pixels than the server can process, saying its size', async () => {
    // 12,000 × 8,000 = 96 megapixels; a single colour compresses to a small file.
    const huge = await sharp({ create: { width: 12_000, height: 8_000, channels: 3, background: BLUE } })
      .jpeg()
      .toBuffer()
    expect(await fieldError(upload(huge, `${unique('valtava')}.jpg`, 'image/jpeg'), 'file')).toBe(
      'Kuva on 12000 × 8000 pikseliä (96 megapikseliä); suurin sallittu on 64 megapikseliä. Pienennä kuvaa ja lataa se uudelleen.',
    )
  })

  it('labels the refused file in the error summary in Finnish', async () => {
    const error = await upload(Buffer.from('MZ not an image'), 'kuva.png', 'image/png').catch((e: Error) => e)
    expect((error as Error).message).toMatch(/Tiedosto$/)
  })
})
