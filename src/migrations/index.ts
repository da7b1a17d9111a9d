import * as migration_20261124_132429_initial from './20261124_132429_initial'

export const migrations = [
  {
    up: migration_20261124_132429_initial.up,
    down: migration_20261124_132429_initial.down,
    name: '20261124_132429_initial',
  },
]
