import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import { servedOverHttps } from '../security.ts'
import { adminField, admins, hasRole, ROLE_LABELS, ROLES, signedIn } from '../access/roles.ts'
import { say } from '../messages.ts'
import { selectField } from '../fields/select.ts'

/** Field access would drop a role change silently (200, role kept): tell the user instead. */
const refuseRoleChangeByNonAdmins: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || hasRole('admin')(req)) return args
  const data = (args as { data?: { role?: unknown; departments?: unknown } }).data
  const role = data?.role
  const departments = data?.departments
  const ids = (v: unknown) =>
    JSON.stringify((Array.isArray(v) ? v : []).map((d) => String(typeof d === 'object' && d !== null ? (d as { id: unknown }).id : d)).sort())
  const own = req.user as { role?: unknown; departments?: unknown }
  if (role !== undefined && role !== own.role) {
    throw new APIError(say(req, { ja: '権限は管理者のみが変更できます。', en: 'Only admins can change roles.' }), 403, null, true)
  }
  if (departments !== undefined && ids(departments) !== ids(own.departments)) {
    throw new APIError(say(req, { ja: '所属部署は管理者のみが変更できます。', en: 'Only admins can change departments.' }), 403, null, true)
  }
  return args
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { ja: 'ユーザー', en: 'User' }, plural: { ja: 'ユーザー', en: 'Users' } },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role', 'departments'] },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    useAPIKey: false,
    cookies: { secure: servedOverHttps(), sameSite: 'Lax' },
    // Payload's reset-request throttle writes outside the transaction it has just begun: on SQLite that write waits
    // for its own transaction's lock and fails with "database is locked", so password reset never worked.
    forgotPassword: { minRequestInterval: 0 },
  },
  access: {
    read: signedIn,
    create: admins,
    delete: admins,
    // Users may change their own name and password; only admins manage others.
    update: ({ req, id }) => hasRole('admin')(req) || (req.user != null && req.user.id === id),
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeOperation: [refuseRoleChangeByNonAdmins] },
  fields: [
    { name: 'name', type: 'text', label: { ja: '氏名', en: 'Name' } },
    selectField('role', { ja: '権限', en: 'Role' }, ROLES, ROLE_LABELS, {
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      access: { create: adminField, update: adminField },
    }),
    {
      name: 'departments',
      type: 'relationship',
      relationTo: 'departments',
      hasMany: true,
      label: { ja: '所属部署', en: 'Departments' },
      // Read by the access rules of every request of a 部署担当.
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      admin: {
        description: {
          ja: '部署担当は、所属部署の指標と実施計画の事業だけを閲覧・編集できます。',
          en: 'Department editors see and edit only the KPIs and implementation-plan projects of these departments.',
        },
      },
    },
  ],
}
