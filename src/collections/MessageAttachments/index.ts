import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { messageAttachmentsRead } from '@/access/message-attachments-read'
import { messagesCreate } from '@/access/messages-create'
import { notMessagingStaff } from '@/access/messaging-staff'
import { nobody } from '@/access/nobody'
import { isCustomer, isStaff } from '@/access/user'
import { readableConversation } from '@/lib/messages/readable-conversation'
import { privateUpload } from '@/payload/private-upload'

const system = () => false

/** Only into a conversation the uploader may read; who uploaded it comes from the session. */
const ownConversation: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { user } = req
  if (!isCustomer(user) && !isStaff(user)) return data // system writes (seed) say it themselves
  const conversation = await readableConversation(req, data.conversation)
  return {
    ...data,
    conversation: conversation.id,
    uploaderCustomer: isCustomer(user) ? user.id : null,
    uploaderStaff: isStaff(user) ? user.id : null,
    visibleToCustomer: isCustomer(user),
  }
}

/**
 * Photos and PDFs sent in a conversation, uploaded before the message that carries them (so the
 * page can show progress) and stored encrypted like every private file: /api/files/[id] serves
 * them under this collection's read access, so a customer sees a staff file only once it is sent
 * in a message that is not an internal note.
 */
export const MessageAttachments: CollectionConfig = privateUpload({
  allowed: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
  files: { frameable: true },
  collection: {
    slug: 'message-attachments',
    labels: { singular: 'Message attachment', plural: 'Message attachments' },
    graphQL: { singularName: 'MessageAttachment', pluralName: 'MessageAttachments' },
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'conversation', 'message', 'createdAt'],
      group: 'Inbox',
      hidden: notMessagingStaff,
    },
    access: {
      read: messageAttachmentsRead,
      create: messagesCreate,
      update: nobody,
      delete: nobody,
    },
    upload: {
      imageSizes: [{ name: 'thumbnail', width: 480, height: 480, fit: 'inside' }],
      focalPoint: false,
      crop: false,
    },
    hooks: { beforeValidate: [ownConversation] },
    fields: [
      {
        name: 'conversation',
        type: 'relationship',
        relationTo: 'conversations',
        required: true,
        index: true,
      },
      {
        name: 'message',
        type: 'relationship',
        relationTo: 'messages',
        index: true,
        access: { create: system },
      },
      {
        name: 'uploaderCustomer',
        type: 'relationship',
        relationTo: 'customers',
        access: { create: system },
      },
      {
        name: 'uploaderStaff',
        type: 'relationship',
        relationTo: 'staff',
        access: { create: system },
      },
      {
        name: 'visibleToCustomer',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        access: { create: system },
        admin: {
          readOnly: true,
          description: 'Set when it is sent in a message the customer reads.',
        },
      },
    ],
  },
})
