import { createHelpCategory } from '@/seed/help-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

const docs: Record<string, string> = {}

/** Help categories carry no customer data: everyone signed in reads them, help managers write. */
accessTable({
  slug: 'help-categories',
  gql: gqlNames('HelpCategory', 'HelpCategories'),
  setup: async (w) => {
    docs.C = (await createHelpCategory(w.payload, { title: { en: `Category ${rand()}` } })).id
  },
  docs: () => docs,
  read: row('C', 'C', 'C', 'C', 'C', ''),
  update: row('C', 'C', 'C', '', '', ''),
  delete: row('C', '', '', '', '', ''),
  create: row('new', 'new', 'new', '', '', ''),
  patch: { field: 'description', value: () => `description ${rand()}` },
  newDoc: () => ({ title: `New ${rand()}`, slug: `new-${rand()}` }),
  key: 'slug',
  disposable: async (w) =>
    (await createHelpCategory(w.payload, { title: { en: `Disposable ${rand()}` } })).id,
})
