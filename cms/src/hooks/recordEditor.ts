import type { PayloadRequest } from 'payload'

const idOf = (ref: unknown) => (typeof ref === 'object' && ref !== null ? ((ref as { id?: unknown }).id ?? null) : (ref ?? null))

/**
 * Payload's versions do not store who saved them: stamp the user on the document, so every version carries it.
 * Attribution is the server's: whatever a request sends for createdBy, updatedBy, approvedBy or createdAt is
 * replaced (enforceWorkflow, after this hook, stamps the approver on publish). Requests without a user (seed,
 * jobs) are trusted server code.
 */
export const recordEditor = ({
  data,
  req,
  operation,
  originalDoc,
}: {
  data: Record<string, unknown>
  req: PayloadRequest
  /** Collections only: a global is always updated. */
  operation?: 'create' | 'update'
  originalDoc?: Record<string, unknown>
}) => {
  if (!req.user) return data
  data.updatedBy = req.user.id
  if (operation === 'create') {
    data.createdBy = req.user.id
    data.approvedBy = null
    delete data.createdAt
    delete data.updatedAt
  } else {
    data.createdBy = idOf(originalDoc?.createdBy)
    data.approvedBy = idOf(originalDoc?.approvedBy)
    data.createdAt = originalDoc?.createdAt
  }
  return data
}
