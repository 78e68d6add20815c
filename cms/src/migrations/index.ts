import * as migration_20261125_134730_initial from './20261125_134730_initial';
import * as migration_20261126_185013_sample_flags from './20261126_185013_sample_flags';

export const migrations = [
  {
    up: migration_20261125_134730_initial.up,
    down: migration_20261125_134730_initial.down,
    name: '20261125_134730_initial',
  },
  {
    up: migration_20261126_185013_sample_flags.up,
    down: migration_20261126_185013_sample_flags.down,
    name: '20261126_185013_sample_flags'
  },
];
