import { describe, expect, it } from 'vitest'
import { databaseRefusal, findNul, isSerialId, urlProblem, whereConditions } from '../../src/lib/hostileInput'

describe('hostile input checks', () => {
  it('finds a NUL byte in nested data and names the field that holds it', () => {
    expect(findNul({ name: 'ok', submission: { email: 'a\u0000b' } })).toBe('submission.email')
    expect(findNul({ tags: ['a', 'b\u0000'] })).toBe('tags.1')
    expect(findNul({ description: { root: { children: [{ text: 'x\u0000' }] } } })).toBe('description')
    expect(findNul({ name: 'clean', n: 3, nothing: null })).toBeUndefined()
  })

  it('accepts only ids that fit a PostgreSQL integer', () => {
    expect(isSerialId(42)).toBe(true)
    expect(isSerialId('42')).toBe(true)
    expect(isSerialId('2147483647')).toBe(true)
    for (const id of ['abc', '2147483648', '99999999999999999999', '0', '-1', '1.5', 1e20, ''])
      expect(isSerialId(id)).toBe(false)
  })

  it('finds broken percent-encoding and NUL bytes in a URL', () => {
    expect(urlProblem('/%ff', '')).toBe('encoding')
    expect(urlProblem('/events', '?q=%E4')).toBe('encoding')
    expect(urlProblem('/events', '?q=%00')).toBe('nul')
    expect(urlProblem('/a%00b', '')).toBe('nul')
    expect(urlProblem('/tapahtumat/%C3%A4', '?q=k%C3%A4si+ty%C3%B6')).toBeUndefined()
  })

  it('lists every condition of a nested where', () => {
    expect(
      whereConditions({ and: [{ name: { like: 'a' } }, { or: [{ 'place.location': { near: '1,2' } }] }], id: 3 }),
    ).toEqual([
      { path: 'name', operator: 'like', value: 'a' },
      { path: 'place.location', operator: 'near', value: '1,2' },
      { path: 'id', operator: 'equals', value: 3 },
    ])
  })

  it("reads PostgreSQL's refusals through Drizzle's wrapper", () => {
    const wrapped = (cause: object) => Object.assign(new Error('Failed query: select …'), { cause })
    expect(
      databaseRefusal(wrapped({ code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' })),
    ).toEqual({
      kind: 'nul',
    })
    expect(
      databaseRefusal(wrapped({ code: '22003', message: 'value "1e20" is out of range for type integer' })),
    ).toEqual({
      kind: 'outOfRange',
    })
    expect(
      databaseRefusal(wrapped({ code: '22P02', message: 'invalid input syntax for type integer: "abc"' })),
    ).toEqual({
      kind: 'invalidValue',
      value: 'abc',
    })
    expect(
      databaseRefusal(
        wrapped({ code: '23503', detail: 'Key (place_id)=(999999) is not present in table "places".', message: '' }),
      ),
    ).toEqual({ kind: 'missingReference', column: 'place_id', value: '999999' })
    expect(databaseRefusal(wrapped({ code: '57P01', message: 'terminating connection' }))).toBeUndefined()
    expect(databaseRefusal(new Error('plain'))).toBeUndefined()
  })
})
