import type { PayloadRequest, RelationshipField } from 'payload'
import { hasRole, organisationIdsOf } from '../access/roles'
import { message } from './messages'
import type { t3 } from './labels'

const idOf = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : typeof value === 'object' && value !== null
      ? ((value as { id?: number }).id ?? undefined)
      : undefined

/**
 * The organisation a document belongs to. An organisation member's documents default to its
 * first organisation and may only name one of its own; staff may name any. Together with the
 * `ownOrganisationContent` access rule this keeps members inside their organisations.
 */
export function ownOrganisationField(
  name: string,
  label: ReturnType<typeof t3>,
  overrides: Partial<RelationshipField> = {},
): RelationshipField {
  return {
    name,
    type: 'relationship',
    relationTo: 'organisations',
    label,
    index: true,
    ...overrides,
    defaultValue: ({ user }) => (hasRole(user, 'organisationMember') ? organisationIdsOf(user)[0] : undefined),
    hooks: {
      beforeValidate: [
        ({ value, req, operation }: { value?: unknown; req: PayloadRequest; operation?: string }) =>
          operation === 'create' && (value === null || value === undefined) && hasRole(req.user, 'organisationMember')
            ? organisationIdsOf(req.user)[0]
            : value,
      ],
    },
    validate: (
      value: unknown,
      { req, required }: { req: Parameters<typeof message>[0] & { user?: unknown }; required?: boolean },
    ) => {
      const id = idOf(value)
      if (id === undefined) return required ? (req.t as (key: string) => string)('validation:required') : true
      const user = (req as { user?: Parameters<typeof hasRole>[0] }).user
      if (hasRole(user, 'organisationMember') && !organisationIdsOf(user).includes(id))
        return message(req, 'organiserNotYours')
      return true
    },
  } as RelationshipField
}
