import { createConversation } from '@/seed/message-factories'

import { accessTable, gqlNames, row } from '../support/access-table'

const docs: Record<string, string> = {}
let admin = ''

/**
 * Conversations: a customer reads only their own (A); account manager A theirs; admins all;
 * marketing and finance none. Only staff who hold one hand it over (`assignedTo`, audited);
 * nobody creates or deletes one over the API (the system opens them, history is kept).
 */
accessTable({
  slug: 'conversations',
  gql: gqlNames('Conversation', 'Conversations'),
  setup: async (w) => {
    admin = w.admin.id
    docs.A = (await createConversation(w.payload, w.customerA.id)).id
    docs.B = (await createConversation(w.payload, w.customerB.id)).id
  },
  docs: () => docs,
  read: row('A B', 'A', '', '', 'A', ''),
  update: row('A B', 'A', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  // Handing over to an administrator changes nobody's view: admins see every conversation.
  patch: { field: 'assignedTo', value: () => admin },
  newDoc: (w) => ({ customer: w.lockTargets.A }),
  key: 'customer',
})
