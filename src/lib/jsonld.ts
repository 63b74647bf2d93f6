import type { Event as SchemaEvent, EventStatusType, NewsArticle, WithContext } from 'schema-dts'

export type EventForJsonLd = {
  name: string
  description: string
  url: string
  startsAt: string
  endsAt?: string | null
  status: 'scheduled' | 'cancelled' | 'postponed'
  place?: { name: string; streetAddress?: string | null; postcode?: string | null; locality?: string }
  onlineUrl?: string | null
  organiser?: string
  isFree: boolean
  price?: string | null
  inLanguage: string
}

const statuses: Record<EventForJsonLd['status'], EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
}

/** schema.org Event (typed by schema-dts) for search engines and aggregators. */
export function eventJsonLd(event: EventForJsonLd): WithContext<SchemaEvent> {
  const physical = event.place
    ? {
        '@type': 'Place' as const,
        name: event.place.name,
        address: {
          '@type': 'PostalAddress' as const,
          streetAddress: event.place.streetAddress ?? undefined,
          postalCode: event.place.postcode ?? undefined,
          addressLocality: event.place.locality,
          addressCountry: 'FI',
        },
      }
    : undefined
  const virtual = event.onlineUrl ? { '@type': 'VirtualLocation' as const, url: event.onlineUrl } : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    description: event.description,
    url: event.url,
    startDate: event.startsAt,
    endDate: event.endsAt ?? undefined,
    eventStatus: statuses[event.status],
    eventAttendanceMode:
      physical && virtual
        ? 'https://schema.org/MixedEventAttendanceMode'
        : virtual
          ? 'https://schema.org/OnlineEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
    location: physical && virtual ? [physical, virtual] : (physical ?? virtual),
    organizer: event.organiser ? { '@type': 'Organization', name: event.organiser } : undefined,
    isAccessibleForFree: event.isFree,
    offers: !event.isFree && event.price ? { '@type': 'Offer', description: event.price } : undefined,
    inLanguage: event.inLanguage,
  }
}

export type NewsForJsonLd = {
  headline: string
  description: string
  url: string
  image?: string
  publishedAt: string
  updatedAt: string
  author?: string | null
  publisher: { name: string; url: string }
  inLanguage: string
}

/** schema.org NewsArticle for search engines; the publisher is the site, the author the writer when named. */
export function newsArticleJsonLd(item: NewsForJsonLd): WithContext<NewsArticle> {
  const publisher = { '@type': 'Organization' as const, name: item.publisher.name, url: item.publisher.url }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.headline,
    description: item.description,
    url: item.url,
    mainEntityOfPage: item.url,
    image: item.image ? [item.image] : undefined,
    datePublished: item.publishedAt,
    dateModified: item.updatedAt,
    author: item.author ? { '@type': 'Person', name: item.author } : publisher,
    publisher,
    inLanguage: item.inLanguage,
  }
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as Unicode
 * escapes, so no text (a name with `</script>` in it, say) can end the script element early.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
