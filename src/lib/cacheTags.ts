/**
 * Cache tags named in one place: the cached queries of the public pages (src/app/(sites)/data)
 * carry them, and the collections' hooks mark them stale (src/collections/hooks/revalidate.ts).
 * - `events`: every list, front page and feed of events;
 * - `event:<id>`: one event's own page and files, so a change to one event leaves the pages of
 *   all the others cached;
 * - `news`: every news list, feed, front page and article page (an article lists related news,
 *   so any publish may change it).
 */
export const eventTag = (id: number | string) => `event:${id}`
export const NEWS_TAG = 'news'
