/**
 * Collects the keys asked for within one turn of the event loop and loads them with one call:
 * the admin renders a list's cells side by side, so a cell that needs data from another
 * collection costs one query per page instead of one per row.
 */
export function batchLoader<K, V>(load: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  let pending: { keys: Set<K>; result: Promise<Map<K, V>> } | undefined
  return (key) => {
    if (!pending) {
      const batch: { keys: Set<K>; result?: Promise<Map<K, V>> } = { keys: new Set() }
      batch.result = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
        pending = undefined
        return load([...batch.keys])
      })
      pending = batch as { keys: Set<K>; result: Promise<Map<K, V>> }
    }
    pending.keys.add(key)
    return pending.result.then((values) => values.get(key))
  }
}

/**
 * A `batchLoader` for each owner (a Payload instance, say), made the first time the owner asks:
 * what one owner's cells ask for in one turn is loaded together, and never with another's.
 */
export function batchLoaderPer<O extends object, K, V>(
  load: (owner: O, keys: K[]) => Promise<Map<K, V>>,
): (owner: O, key: K) => Promise<V | undefined> {
  const loaders = new WeakMap<O, (key: K) => Promise<V | undefined>>()
  return (owner, key) => {
    let loader = loaders.get(owner)
    if (!loader) {
      loader = batchLoader((keys: K[]) => load(owner, keys))
      loaders.set(owner, loader)
    }
    return loader(key)
  }
}
