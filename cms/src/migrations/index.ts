import * as migration_20261125_134730_initial from './20261125_134730_initial'
import * as migration_20261126_184739_plan_grade_scale from './20261126_184739_plan_grade_scale'
import * as migration_20261126_185013_sample_flags from './20261126_185013_sample_flags'
import * as migration_20261126_185234_workflow_approval from './20261126_185234_workflow_approval'
import * as migration_20261126_190638_easy_summaries_and_readings from './20261126_190638_easy_summaries_and_readings'
import * as migration_20261126_201625_body_roles from './20261126_201625_body_roles'
import * as migration_20261126_221057_departments from './20261126_221057_departments'
import * as migration_20261127_013329_side_table_parent_indexes from './20261127_013329_side_table_parent_indexes'
import * as migration_20261127_131135_site_publish_live_at from './20261127_131135_site_publish_live_at'

export const migrations = [
  {
    up: migration_20261125_134730_initial.up,
    down: migration_20261125_134730_initial.down,
    name: '20261125_134730_initial',
  },
  {
    up: migration_20261126_184739_plan_grade_scale.up,
    down: migration_20261126_184739_plan_grade_scale.down,
    name: '20261126_184739_plan_grade_scale',
  },
  {
    up: migration_20261126_185013_sample_flags.up,
    down: migration_20261126_185013_sample_flags.down,
    name: '20261126_185013_sample_flags',
  },
  {
    up: migration_20261126_185234_workflow_approval.up,
    down: migration_20261126_185234_workflow_approval.down,
    name: '20261126_185234_workflow_approval',
  },
  {
    up: migration_20261126_190638_easy_summaries_and_readings.up,
    down: migration_20261126_190638_easy_summaries_and_readings.down,
    name: '20261126_190638_easy_summaries_and_readings',
  },
  {
    up: migration_20261126_201625_body_roles.up,
    down: migration_20261126_201625_body_roles.down,
    name: '20261126_201625_body_roles',
  },
  {
    up: migration_20261126_221057_departments.up,
    down: migration_20261126_221057_departments.down,
    name: '20261126_221057_departments',
  },
  {
    up: migration_20261127_013329_side_table_parent_indexes.up,
    down: migration_20261127_013329_side_table_parent_indexes.down,
    name: '20261127_013329_side_table_parent_indexes',
  },
  {
    up: migration_20261127_131135_site_publish_live_at.up,
    down: migration_20261127_131135_site_publish_live_at.down,
    name: '20261127_131135_site_publish_live_at',
  },
]
