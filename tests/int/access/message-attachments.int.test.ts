import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { fileRoute } from '@/features/files/file-route'
import type { TStoredFileIds } from '@/payload/private-upload'
import { simplePdf } from '@/seed/pdf'
import { createAttachment, createConversation, createMessage } from '@/seed/message-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { PRINCIPALS, rand, type TPrincipal } from '../support/access-world'
import { jpegWithGps } from '../support/media'
import { routedAs } from '../support/route-params'

const docs: Record<string, string> = {}
const files: Record<string, TStoredFileIds> = {}
let convA = ''

/**
 * Attachments: C the customer's own upload; V a staff photo sent in a reply; H a staff upload not
 * sent yet; N a staff PDF in an internal note; B in another customer's conversation. Customer A
 * reads C and V only — on REST, GraphQL and the file route alike. Uploads need their file, so a
 * create from data alone is refused (400) for those who may upload and 403 for the others.
 */
const world = accessTable({
  slug: 'message-attachments',
  gql: gqlNames('MessageAttachment', 'MessageAttachments'),
  setup: async (w) => {
    convA = (await createConversation(w.payload, w.customerA.id)).id
    const convB = (await createConversation(w.payload, w.customerB.id)).id
    const jpeg = { data: await jpegWithGps(320, 240), mimetype: 'image/jpeg' }
    const pdf = { data: await simplePdf({ title: 'Note' }), mimetype: 'application/pdf' }
    const make = async (
      name: string,
      conversation: string,
      from: { customer: string } | { staff: string },
      file: typeof jpeg,
      ext: string,
    ) => {
      const doc = await createAttachment(w.payload, {
        conversation,
        from,
        file: { ...file, name: `att-${rand()}.${ext}` },
      })
      docs[name] = doc.id
      files[name] = doc.storedFiles as TStoredFileIds
    }
    const staff = { staff: w.managerA.id }
    await make('C', convA, { customer: w.customerA.id }, jpeg, 'jpg')
    await make('V', convA, staff, jpeg, 'jpg')
    await make('H', convA, staff, jpeg, 'jpg')
    await make('N', convA, staff, pdf, 'pdf')
    await make('B', convB, { customer: w.customerB.id }, jpeg, 'jpg')
    await createMessage(w.payload, {
      conversation: convA,
      from: staff,
      body: 'photo',
      attachments: [docs.V],
    })
    await createMessage(w.payload, {
      conversation: convA,
      from: staff,
      body: 'note',
      internal: true,
      attachments: [docs.N],
    })
  },
  docs: () => docs,
  read: row('C V H N B', 'C V H N', '', '', 'C V', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('new', 'new', '', '', 'new', ''),
  createStatus: 400,
  patch: { field: 'filename', value: () => `renamed-${rand()}.jpg` },
  newDoc: () => ({ conversation: convA, filename: `new-${rand()}.pdf` }),
  key: 'filename',
})

const fetchFile = routedAs('/api/files/[id]', fileRoute)
const get = (id: string, headers: Headers) =>
  fetchFile(new Request(`http://localhost:3000/api/files/${id}`, { headers }))

describe('message-attachments via the file route', () => {
  const readable: Record<TPrincipal, string[]> = row('C V H N B', 'C V H N', '', '', 'C V', '')

  it.each(PRINCIPALS)(
    '%s: every stored file (original and sizes) as the record allows',
    async (p) => {
      const missing = await get(randomUUID(), world.who[p].headers)
      expect(missing.status).toBe(404)
      const missingBody = await missing.json()
      for (const [name, ids] of Object.entries(files)) {
        for (const id of [ids.original, ...Object.values(ids.sizes)]) {
          const res = await get(id, world.who[p].headers)
          if (readable[p].includes(name)) {
            expect(res.status, `${p} ${name}`).toBe(200)
            await res.arrayBuffer()
          } else {
            expect(res.status, `${p} ${name}`).toBe(404)
            const body = await res.json()
            expect({ ...body, requestId: null }, `${p} ${name}`).toEqual({
              ...missingBody,
              requestId: null,
            })
          }
        }
      }
    },
  )
})
