import * as migration_20261125_134730_initial from './20261125_134730_initial';

export const migrations = [
  {
    up: migration_20261125_134730_initial.up,
    down: migration_20261125_134730_initial.down,
    name: '20261125_134730_initial'
  },
];
