/**
 * Pure checks for input that PostgreSQL or Payload would otherwise fail on with a 500: NUL bytes
 * (PostgreSQL text and jsonb cannot hold U+0000), numbers out of range, broken percent-encoding.
 * The hooks and the proxy turn what these find into a 4xx with a message in the user's language.
 */

/** The largest value of PostgreSQL's `integer`, the type of every id column (Payload's `serial`). */
export const MAX_SERIAL_ID = 2_147_483_647

/**
 * The dotted path of the first string holding a NUL byte, or undefined. Rich text (an object with
 * a `root`) is reported as the field that holds it, since that is where an editor can fix it.
 */
export function findNul(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '(value)' : undefined
  if (!value || typeof value !== 'object') return undefined
  const richText = !Array.isArray(value) && 'root' in value
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key.replace(/\u0000/g, '')].join('.')
    const found = findNul(item, [...path, key])
    if (found !== undefined) return richText ? path.join('.') : found
  }
  return undefined
}

/** An id in a URL or a query for a collection whose ids are PostgreSQL integers. */
export function isSerialId(value: unknown): boolean {
  const number = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= MAX_SERIAL_ID
}

/** What is wrong with a URL before anything parses it: broken percent-encoding or a NUL byte. */
export function urlProblem(pathname: string, search: string): 'encoding' | 'nul' | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname) + decodeURIComponent(search.replace(/\+/g, ' '))
  } catch {
    return 'encoding'
  }
  return decoded.includes('\u0000') ? 'nul' : undefined
}

/** A `where` condition as Payload takes it: `{ path: { operator: value } }`, `and`/`or` lists. */
export type WhereCondition = { path: string; operator: string; value: unknown }

/** Every condition of a Payload `where`, whatever its nesting. */
export function whereConditions(where: unknown): WhereCondition[] {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return []
  const entries: [string, unknown][] = Object.entries(where)
  return entries.flatMap(([key, value]): WhereCondition[] => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) return value.flatMap(whereConditions)
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [{ path: key, operator: 'equals', value }]
    const operators: [string, unknown][] = Object.entries(value)
    return operators.map(([operator, operand]) => ({ path: key, operator, value: operand }))
  })
}

/**
 * PostgreSQL's verdict on a value, from the SQLSTATE of the error (or of its causes: Drizzle wraps
 * the driver's error): class 22 is "data exception", 23503 a reference to a row that does not exist.
 */
export type DatabaseRefusal =
  | { kind: 'nul' }
  | { kind: 'outOfRange' }
  | { kind: 'invalidValue'; value?: string }
  | { kind: 'missingReference'; column?: string; value?: string }

export function databaseRefusal(error: unknown): DatabaseRefusal | undefined {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 5; depth++) {
    const { code, message, detail } = cause as { code?: unknown; message?: unknown; detail?: unknown }
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      if (code === '22021' || code === '22P05') return { kind: 'nul' }
      if (code === '22003' || code === '2201W' || code === '2201X') return { kind: 'outOfRange' }
      if (code === '23503') {
        const match = /Key \(([^)]+)\)=\(([^)]*)\)/.exec(typeof detail === 'string' ? detail : '')
        return { kind: 'missingReference', column: match?.[1], value: match?.[2] }
      }
      if (code.startsWith('22'))
        return { kind: 'invalidValue', value: /: "([^"]*)"$/.exec(typeof message === 'string' ? message : '')?.[1] }
      return undefined
    }
    cause = (cause as { cause?: unknown }).cause
  }
  return undefined
}
