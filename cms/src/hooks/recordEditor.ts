import type { CollectionBeforeChangeHook } from 'payload'

/** Payload's versions do not store who saved them: stamp the user on the document, so every version carries it. */
export const recordEditor: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (req.user) {
    data.updatedBy = req.user.id
    if (operation === 'create') data.createdBy = req.user.id
  }
  return data
}
