import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/**
 * Invalidates cached public data. Payload also runs outside Next (migrations, seed, job workers,
 * tests), where there is no cache to invalidate and `revalidateTag` throws; there it does nothing.
 */
export function revalidateTags(tags: string[]): void {
  void import('next/cache')
    .then(({ revalidateTag }) => {
      for (const tag of tags) revalidateTag(tag, { expire: 0 })
    })
    .catch(() => undefined)
}

/** Collection hooks that drop the given cache tags after every change and delete. */
export function revalidating(...tags: string[]): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  const hook = ({ doc }: { doc: unknown }) => {
    revalidateTags(tags)
    return doc
  }
  return { afterChange: [hook], afterDelete: [hook] }
}
