import type { PayloadRequest } from 'payload'
import type { User } from '../payload-types'

export const roles = ['admin', 'editor', 'organisationMember'] as const
export type Role = (typeof roles)[number]

// A request's user, or the partial one Payload gives `filterOptions`.
type MaybeUser = Pick<NonNullable<PayloadRequest['user']>, 'collection'> | Partial<User> | null | undefined

/** The role of a logged-in user; `undefined` for visitors and for tokens of other auth collections. */
export function roleOf(user: MaybeUser): Role | undefined {
  if (!user || user.collection !== 'users') return undefined
  return (user as { role?: Role }).role
}

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && wanted.includes(role)
}

/** Ids of the organisations a user belongs to, whether the relation came populated or not. */
export function organisationIdsOf(user: MaybeUser): number[] {
  if (!user || user.collection !== 'users') return []
  const value = (user as { organisations?: unknown }).organisations
  if (!Array.isArray(value)) return []
  const entries: unknown[] = value
  return entries
    .map((entry) => (typeof entry === 'object' && entry !== null ? (entry as { id: unknown }).id : entry))
    .filter((id): id is number => typeof id === 'number')
}
