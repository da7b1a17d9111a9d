import * as migration_20261124_132429_initial from './20261124_132429_initial'
import * as migration_20261124_135700_audit_log from './20261124_135700_audit_log'

export const migrations = [
  {
    up: migration_20261124_132429_initial.up,
    down: migration_20261124_132429_initial.down,
    name: '20261124_132429_initial',
  },
  {
    up: migration_20261124_135700_audit_log.up,
    down: migration_20261124_135700_audit_log.down,
    name: '20261124_135700_audit_log',
  },
]
