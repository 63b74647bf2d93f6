import { describe, expect, it } from 'vitest'
import { batchLoader, batchLoaderPer } from '../../src/lib/batch'

describe('batchLoader', () => {
  it('loads the keys asked for in one turn with one call, each key once', async () => {
    const calls: number[][] = []
    const load = batchLoader((ids: number[]) => {
      calls.push(ids)
      return Promise.resolve(new Map(ids.map((id) => [id, `event ${id}`])))
    })
    const names = await Promise.all([1, 2, 3, 2].map(load))
    expect(names).toEqual(['event 1', 'event 2', 'event 3', 'event 2'])
    expect(calls).toEqual([[1, 2, 3]])
    // A later turn is a new batch.
    expect(await load(9)).toBe('event 9')
    expect(calls).toHaveLength(2)
  })

  it('answers undefined for what the load did not find', async () => {
    const load = batchLoader(() => Promise.resolve(new Map<number, string>()))
    expect(await load(1)).toBeUndefined()
  })
})

describe('batchLoaderPer', () => {
  it('batches what one owner asks for in one turn, apart from another owner', async () => {
    const calls: [string, number[]][] = []
    const load = batchLoaderPer((owner: { name: string }, ids: number[]) => {
      calls.push([owner.name, ids])
      return Promise.resolve(new Map(ids.map((id) => [id, `${owner.name} ${id}`])))
    })
    const [a, b] = [{ name: 'a' }, { name: 'b' }]
    const names = await Promise.all([load(a, 1), load(b, 1), load(a, 2)])
    expect(names).toEqual(['a 1', 'b 1', 'a 2'])
    expect(calls).toEqual([
      ['a', [1, 2]],
      ['b', [1]],
    ])
  })
})
