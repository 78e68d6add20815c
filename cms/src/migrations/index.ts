import * as migration_20261125_134730_initial from './20261125_134730_initial';
import * as migration_20261126_185234_workflow_approval from './20261126_185234_workflow_approval';

export const migrations = [
  {
    up: migration_20261125_134730_initial.up,
    down: migration_20261125_134730_initial.down,
    name: '20261125_134730_initial',
  },
  {
    up: migration_20261126_185234_workflow_approval.up,
    down: migration_20261126_185234_workflow_approval.down,
    name: '20261126_185234_workflow_approval'
  },
];
