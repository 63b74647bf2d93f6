import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import type { User } from '../../src/payload-types'

export const testPayload = (): Promise<Payload> => getPayload({ config })

let counter = 0
/** A unique suffix, so tests sharing one database never collide. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`

/** An instant `days` from now at `hour` o'clock Helsinki summer time (UTC+3; an hour off in winter, which the tests do not mind). */
export function inDays(days: number, hour = 18): string {
  const date = new Date(Date.now() + days * 86_400_000)
  date.setUTCHours(hour - 3, 0, 0, 0)
  return date.toISOString()
}

export async function createUser(payload: Payload, role: User['role'], organisations: number[] = []): Promise<User> {
  const user = await payload.create({
    collection: 'users',
    data: { email: `${unique(role)}@test.example`, password: 'correct-horse-battery', role, organisations },
    overrideAccess: true,
  })
  // Access rules see the user as a logged-in request does: with its collection.
  return { ...user, collection: 'users' }
}

export async function createOrganisation(payload: Payload, name = unique('Org')) {
  return payload.create({
    collection: 'organisations',
    data: { name, kind: 'association', contactEmail: 'office@test.example' },
    overrideAccess: true,
  })
}

/** Runs an operation and tells whether access allowed it (Forbidden/NotFound mean denied). */
export async function allowed(operation: () => Promise<unknown>): Promise<boolean> {
  try {
    await operation()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (
      status === 403 ||
      status === 404 ||
      (error as Error).name === 'Forbidden' ||
      (error as Error).name === 'NotFound'
    )
      return false
    throw error
  }
}

/** The message Payload reports for one field of a failed operation. */
export async function fieldError(operation: Promise<unknown>, field: string): Promise<string> {
  try {
    await operation
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    const hit = errors.find((e) => e.path === field)
    if (hit) return hit.message
    throw new Error(`no error for ${field}: ${JSON.stringify(errors)} ${(error as Error).message}`)
  }
  throw new Error('the operation succeeded')
}
