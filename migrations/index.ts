import * as migration_20261123_193053_initial from './20261123_193053_initial';
import * as migration_20261123_193100_municipalities from './20261123_193100_municipalities';

export const migrations = [
  {
    up: migration_20261123_193053_initial.up,
    down: migration_20261123_193053_initial.down,
    name: '20261123_193053_initial'
  },
  {
    up: migration_20261123_193100_municipalities.up,
    down: migration_20261123_193100_municipalities.down,
    name: '20261123_193100_municipalities'
  },
];
