import type { CollectionBeforeChangeHook } from 'payload'

/** Remembers who created a document, so members can later edit what they added themselves. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !data.createdBy) data.createdBy = req.user.id
  return data
}
