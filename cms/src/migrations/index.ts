import * as migration_20261125_124114_initial from './20261125_124114_initial';

export const migrations = [
  {
    up: migration_20261125_124114_initial.up,
    down: migration_20261125_124114_initial.down,
    name: '20261125_124114_initial'
  },
];
