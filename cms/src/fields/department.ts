import type { Field } from 'payload'
import { ownDepartmentOptions } from '../access/departments.ts'
import { link } from './link.ts'

const DEPARTMENT = { ja: '担当部署', en: 'Department' }

/** 担当部署: a link to a department record (its name is what the site shows). */
export const departmentField = (): Field => ({
  ...link('department', 'departments', DEPARTMENT, { required: true }),
  filterOptions: ownDepartmentOptions,
} as Field)
