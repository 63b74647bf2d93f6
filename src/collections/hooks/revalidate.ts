import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { executeSql } from '../../server/sql'

/**
 * Marks cached public data stale: one row per tag in `next_cache_tags`, written in the change's
 * own transaction, so it becomes visible exactly when the change does. Every app instance's
 * cache handler (src/server/nextCacheHandler.mjs) reads the table at most a second later. Plain
 * SQL works wherever Payload runs — the app, a `payload jobs:run` worker (scheduled publishing),
 * migrations, tests — whereas Next's `revalidateTag` exists only inside a Next request.
 */
export async function revalidateTags(req: PayloadRequest, tags: string[]): Promise<void> {
  await executeSql(
    req,
    sql`INSERT INTO next_cache_tags (tag, revalidated_at)
        SELECT unnest(${`{${tags.join(',')}}`}::text[]), clock_timestamp()
        ON CONFLICT (tag) DO UPDATE SET revalidated_at = EXCLUDED.revalidated_at`,
  )
}

/** A cache tag, or one named after the changed document (`event:<id>`, src/lib/cacheTags.ts). */
type Tag = string | ((doc: { id: number | string }) => string)

/** Collection hooks that mark the given cache tags stale after every change and delete. */
export function revalidating(...tags: Tag[]): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  const hook = async ({ doc, req }: { doc: { id: number | string }; req: PayloadRequest }) => {
    await revalidateTags(
      req,
      tags.map((tag) => (typeof tag === 'string' ? tag : tag(doc))),
    )
    return doc
  }
  return { afterChange: [hook], afterDelete: [hook] }
}
