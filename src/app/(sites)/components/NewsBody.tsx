import type { SerializedUploadNode } from '@payloadcms/richtext-lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { News } from '@/payload-types'
import { imageOf } from '../data/news'

/**
 * An image in the body as a figure: the large size, the caption written with it, and its credit
 * (the one written with it, else the media library's).
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  upload: ({ node }: { node: SerializedUploadNode }) => {
    const image = imageOf(node.value, 'large')
    if (!image) return null
    const fields = (node.fields ?? {}) as { caption?: string | null; credit?: string | null }
    const credit = fields.credit || image.credit
    return (
      <figure className="news-figure">
        {/* eslint-disable-next-line @next/next/no-img-element -- sizes come from the media library, cached whole with the page */}
        <img
          src={image.url}
          alt={image.alt}
          width={image.width ?? undefined}
          height={image.height ?? undefined}
          loading="lazy"
        />
        {fields.caption || credit ? (
          <figcaption>
            {fields.caption}
            {credit ? <span className="credit"> {credit}</span> : null}
          </figcaption>
        ) : null}
      </figure>
    )
  },
})

export function NewsBody({ data }: { data: NonNullable<News['body']> }) {
  return <RichText data={data} converters={converters} />
}
