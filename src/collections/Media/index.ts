import type { CollectionConfig } from 'payload'
import { anyone, isLoggedIn, staffOrCreator } from '../../access'
import { t3 } from '../../fields/labels'
import { requiredInFinnish } from '../../fields/requiredInFinnish'
import { MAX_TEXT } from '../../fields/textLimits'
import { checkUpload } from './checkUpload'
import { revalidating } from '../hooks/revalidate'
import { setCreatedBy } from '../hooks/setCreatedBy'

/**
 * Images and PDFs. Every stored image passes through sharp (see `resizeOptions`), which drops
 * EXIF data such as GPS coordinates unless `withMetadata` is set: a photo taken at someone's home
 * must not publish where that home is.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: t3('Media', 'Media', 'Media'), plural: t3('Kuvat ja tiedostot', 'Bilder och filer', 'Images and files') },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'], group: t3('Sisältö', 'Innehåll', 'Content') },
  access: { read: anyone, create: isLoggedIn, update: staffOrCreator(), delete: staffOrCreator() },
  // A site's logo and icon are media: a changed file or text reaches the cached layouts (`media`).
  hooks: { beforeOperation: [checkUpload], beforeChange: [setCreatedBy], ...revalidating('media') },
  upload: {
    staticDir: 'media',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/svg+xml', 'application/pdf'],
    focalPoint: true,
    crop: true,
    resizeOptions: { width: 3840, height: 3840, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 640, height: 400, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'medium', width: 1024, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 82 } } },
      { name: 'large', width: 1920, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 82 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: t3('Vaihtoehtoinen teksti', 'Alternativ text', 'Alternative text'),
      localized: true,
      admin: {
        description: t3(
          'Kerro lyhyesti, mitä kuvassa on. Pakollinen suomeksi; ruotsi ja englanti vapaaehtoisia.',
          'Beskriv kort vad bilden visar. Obligatorisk på finska; svenska och engelska frivilliga.',
          'Say briefly what the image shows. Required in Finnish; Swedish and English optional.',
        ),
      },
      validate: requiredInFinnish('altRequired'),
      // An alternative text is read aloud: a sentence or two.
      maxLength: 500,
    },
    // Payload's own upload fields carry English-only labels; these give them ours (merged by name).
    { name: 'mimeType', type: 'text', label: t3('Tiedostotyyppi', 'Filtyp', 'File type') },
    { name: 'url', type: 'text', label: t3('Osoite', 'Adress', 'URL'), maxLength: MAX_TEXT.url },
    {
      name: 'thumbnailURL',
      type: 'text',
      label: t3('Pienoiskuvan osoite', 'Miniatyrens adress', 'Thumbnail URL'),
      maxLength: MAX_TEXT.url,
    },
    { name: 'credit', type: 'text', label: t3('Kuvaaja / lähde', 'Fotograf / källa', 'Photographer / source') },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: t3('Lisääjä', 'Tillagd av', 'Added by'),
      admin: { readOnly: true, position: 'sidebar' },
      access: { update: () => false },
    },
  ],
}
