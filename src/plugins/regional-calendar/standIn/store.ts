import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { StoredFields } from './types'

export type Collection = 'event' | 'place'

type StateFile = { events: StoredFields[]; places: StoredFields[] }

/**
 * The remote's events and places in memory, optionally mirrored to a JSON file so a restart of
 * `npm run dev` keeps what the app already pushed (otherwise every later PUT would meet 404).
 */
export function createStore({ stateFile, now }: { stateFile?: string; now: () => Date }) {
  const collections: Record<Collection, Map<string, StoredFields>> = { event: new Map(), place: new Map() }

  if (stateFile && existsSync(stateFile)) {
    let state: StateFile
    try {
      state = JSON.parse(readFileSync(stateFile, 'utf8')) as StateFile
    } catch (error) {
      throw new Error(`The regional calendar stand-in cannot read ${stateFile}; delete it to start empty.`, {
        cause: error,
      })
    }
    for (const event of state.events) collections.event.set(event.id, event)
    for (const place of state.places) collections.place.set(place.id, place)
  }

  function save() {
    if (!stateFile) return
    const state: StateFile = { events: [...collections.event.values()], places: [...collections.place.values()] }
    mkdirSync(path.dirname(stateFile), { recursive: true })
    // Written aside and renamed, so a crash mid-write never leaves half a file.
    writeFileSync(`${stateFile}.tmp`, JSON.stringify(state, null, 1))
    renameSync(`${stateFile}.tmp`, stateFile)
  }

  function update(collection: Collection, id: string, fields: Record<string, unknown>): StoredFields {
    const stored: StoredFields = {
      ...collections[collection].get(id)!,
      ...fields,
      id,
      last_modified_time: now().toISOString(),
    }
    collections[collection].set(id, stored)
    save()
    return stored
  }

  return {
    get: (collection: Collection, id: string) => collections[collection].get(id),
    all: (collection: Collection) => [...collections[collection].values()],
    create(collection: Collection, id: string, fields: Record<string, unknown>): StoredFields {
      const time = now().toISOString()
      const stored: StoredFields = {
        id,
        ...fields,
        data_source: id.split(':')[0],
        created_time: time,
        last_modified_time: time,
        deleted: false,
      }
      collections[collection].set(id, stored)
      save()
      return stored
    },
    update,
    softDelete: (collection: Collection, id: string) => update(collection, id, { deleted: true }),
    clear() {
      collections.event.clear()
      collections.place.clear()
      save()
    },
  }
}

export type Store = ReturnType<typeof createStore>
