import type { Field } from 'payload'
import { ownDepartmentOptions } from '../access/departments.ts'
import { link } from './link.ts'

const DEPARTMENT = { ja: '担当部署', en: 'Department' }

/**
 * 担当部署: a link to a department record (its name is what the site shows). With `ownOnly`, the picker offers a
 * 部署担当 only their departments; Payload also validates stored values against it, so it cannot be used where a
 * 部署担当 saves rows of other departments unchanged (implementation-plan projects; a hook guards those).
 */
export const departmentField = ({ ownOnly }: { ownOnly: boolean }): Field =>
  ({
    ...link('department', 'departments', DEPARTMENT, { required: true }),
    ...(ownOnly ? { filterOptions: ownDepartmentOptions } : {}),
  }) as Field
