import { EXPERIMENTAL_TableFeature, lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'
import { t3 } from '../../fields/labels'

/**
 * The body of a news item: the default features (headings, lists, links, quotes …) with tables,
 * and images that carry a caption and a credit of their own (an image's credit in the media
 * library is shown when the item gives none). Links to other documents stay out: a news item
 * links by address.
 */
export const newsBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'upload' && feature.key !== 'relationship'),
    UploadFeature({
      collections: {
        media: {
          fields: [
            { name: 'caption', type: 'text', label: t3('Kuvateksti', 'Bildtext', 'Caption'), maxLength: 500 },
            {
              name: 'credit',
              type: 'text',
              label: t3('Kuvaaja / lähde', 'Fotograf / källa', 'Photographer / source'),
              maxLength: 200,
            },
          ],
        },
      },
    }),
    EXPERIMENTAL_TableFeature(),
  ],
})
