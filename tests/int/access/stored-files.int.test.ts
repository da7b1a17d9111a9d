import { accessTable, gqlNames, row } from '../support/access-table'
import { rand, storedFileData } from '../support/access-world'

accessTable({
  // Encrypted files' records (keys, names, sizes): system-only; files are served by one route.
  slug: 'stored-files',
  gql: gqlNames('StoredFile', 'StoredFiles'),
  docs: (w) => w.storedFiles,
  read: row('', '', '', '', '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'filename', value: () => `forged-${rand()}.pdf` },
  newDoc: () => storedFileData(),
  key: 'storageKey',
})
