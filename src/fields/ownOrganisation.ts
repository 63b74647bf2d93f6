import { ValidationError, type FieldHook, type PayloadRequest, type RelationshipField } from 'payload'
import { ownOrganisationOptions } from '../access'
import { hasRole, organisationIdsOf } from '../access/roles'
import { message } from './messages'
import type { t3 } from './labels'

const idOf = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : typeof value === 'object' && value !== null
      ? ((value as { id?: number }).id ?? undefined)
      : undefined

/** A member naming an organisation it does not belong to (staff and the system may name any). */
const foreignToMember = (user: Parameters<typeof hasRole>[0], value: unknown): boolean => {
  const id = idOf(value)
  return id !== undefined && hasRole(user, 'organisationMember') && !organisationIdsOf(user).includes(id)
}

/**
 * The organisation a document belongs to. An organisation member's documents default to its
 * first organisation and may only name one of its own; staff may name any. Together with the
 * `ownOrganisationContent` access rule this keeps members inside their organisations:
 * - the drop-down offers a member only its own organisations (`filterOptions`);
 * - a member's copy of another organisation's document (`duplicate`) becomes its own;
 * - a write naming another organisation is refused even for a draft, which Payload does not
 *   validate (so `validate` alone would let a member file drafts under any organisation).
 */
export function ownOrganisationField(
  name: string,
  label: ReturnType<typeof t3>,
  overrides: Partial<RelationshipField> = {},
): RelationshipField {
  const refuseForeign: FieldHook = ({ value, req }: { value?: unknown; req: PayloadRequest }) => {
    if (foreignToMember(req.user, value))
      throw new ValidationError({ errors: [{ path: name, message: message(req, 'organiserNotYours') }] }, req.t)
    return value
  }
  return {
    name,
    type: 'relationship',
    relationTo: 'organisations',
    label,
    index: true,
    ...overrides,
    // The organisation's name in lists, read on the server for the whole page (see the cell).
    admin: {
      ...overrides.admin,
      components: { ...overrides.admin?.components, Cell: '/fields/OrganisationCell#OrganisationCell' },
    },
    filterOptions: ownOrganisationOptions,
    defaultValue: ({ user }) => (hasRole(user, 'organisationMember') ? organisationIdsOf(user)[0] : undefined),
    hooks: {
      beforeValidate: [
        ({ value, req, operation }: { value?: unknown; req: PayloadRequest; operation?: string }) =>
          operation === 'create' && (value === null || value === undefined) && hasRole(req.user, 'organisationMember')
            ? organisationIdsOf(req.user)[0]
            : value,
      ],
      beforeDuplicate: [
        ({ value, req }: { value?: unknown; req: PayloadRequest }) =>
          foreignToMember(req.user, value) ? (organisationIdsOf(req.user)[0] ?? null) : value,
      ],
      beforeChange: [refuseForeign],
    },
    validate: (
      value: unknown,
      { req, required }: { req: Parameters<typeof message>[0] & { user?: unknown }; required?: boolean },
    ) => {
      const id = idOf(value)
      if (id === undefined) return required ? (req.t as (key: string) => string)('validation:required') : true
      if (foreignToMember((req as { user?: Parameters<typeof hasRole>[0] }).user, id))
        return message(req, 'organiserNotYours')
      return true
    },
  } as RelationshipField
}
