import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { hasRole, organisationIdsOf } from './roles'

/**
 * Named access predicates. Every collection composes its rules from these, so that "who may do
 * what" reads the same everywhere and the access matrix test can name each rule.
 */

export const anyone: Access = () => true

/** For rows that only the system writes (derived data): no one creates, changes or removes them through the API. */
export const nobody: Access = () => false

export const isLoggedIn: Access = ({ req }) => Boolean(req.user)

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Admins and editors (the communications officer) manage all content. */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Staff see everything; an organisation member sees only the organisations it belongs to. */
export const isOwnOrganisation: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'organisationMember')) return false
  return { id: { in: organisationIdsOf(req.user) } }
}

/**
 * For content that belongs to an organisation through a relationship field: staff see all, a
 * member only rows whose `field` points at one of its organisations.
 */
export const ownOrganisationContent =
  (field = 'organisation'): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (!hasRole(req.user, 'organisationMember')) return false
    return { [field]: { in: organisationIdsOf(req.user) } }
  }

/**
 * Draft-enabled content: visitors read only what is published; members also read their own
 * organisations' drafts (through `field`); staff read everything.
 */
export const publishedOrOwnOrganisation =
  (field = 'organisation'): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    const published: Where = { _status: { equals: 'published' } }
    if (!hasRole(req.user, 'organisationMember')) return published
    return { or: [published, { [field]: { in: organisationIdsOf(req.user) } }] }
  }

/**
 * Content the communications office writes (news): visitors and organisation members read only
 * what is published; staff read drafts too.
 */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor') ? true : { _status: { equals: 'published' } }

/**
 * Rows derived from an event (its occurrences): readable exactly while the event, through
 * `field`, is published, whoever asks.
 */
export const ofPublishedEvent =
  (field = 'event'): Access =>
  () => ({ [`${field}._status`]: { equals: 'published' } })

/** Staff, or the user who uploaded / created the document (kept in `field`). */
export const staffOrCreator =
  (field = 'createdBy'): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (!req.user) return false
    return { [field]: { equals: req.user.id } }
  }

/** Users: staff read everyone, others only themselves. */
export const staffOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

/** Editors manage organisation members and themselves, never admins; admins manage all. */
export const canManageUser: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  const self: Where = { id: { equals: req.user.id } }
  if (hasRole(req.user, 'editor')) return { or: [{ role: { equals: 'organisationMember' } }, self] }
  return self
}

/** Admins remove anyone; editors remove organisation members only. */
export const canRemoveUser: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'editor')) return { role: { equals: 'organisationMember' } }
  return false
}

/**
 * Unlocking an account (`POST /api/users/unlock`, GraphQL `unlockUser`): admins unlock anyone,
 * editors the non-admins (members and editors, who may otherwise wait for an admin), members
 * no one. Payload's default lets any logged-in user unlock any account.
 */
export const canUnlockUser: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'editor')) return { role: { not_equals: 'admin' } }
  return false
}

/**
 * Running, queueing and cancelling jobs over HTTP (`/api/payload-jobs/run` …). Production runs the
 * queue in \`payload jobs:run\` workers, so no one may over HTTP; in development admins may. The
 * app's own hooks and the dev runner's autorun go through the Local API, which this does not bind.
 */
export const canRunJobsOverHttp = ({ req }: { req: PayloadRequest }): boolean =>
  process.env.NODE_ENV !== 'production' && hasRole(req.user, 'admin')

/** A relationship to organisations offers a member only its own; staff see all. */
export const ownOrganisationOptions = ({ user }: { user: Parameters<typeof hasRole>[0] }): Where | true =>
  hasRole(user, 'organisationMember') ? { id: { in: organisationIdsOf(user) } } : true

export const fieldIsAdmin: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const fieldIsStaff: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
export const fieldIsLoggedIn: FieldAccess = ({ req }) => Boolean(req.user)
