'use client'

export const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const

/** An attachment on its way: uploaded to message-attachments before the message is sent. */
export type TUpload = {
  key: string
  name: string
  progress: number
  state: 'uploading' | 'done' | 'failed'
  id?: string
  error?: string
}

/**
 * Uploads one file to the conversation through Payload's REST (the same access rules as every
 * attachment), reporting progress; resolves with the new attachment's id.
 */
export function uploadAttachment(
  file: File,
  conversation: string,
  onProgress: (fraction: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/message-attachments')
    xhr.responseType = 'json'
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total)
    xhr.onload = () => {
      const id = (xhr.response as { doc?: { id?: string } } | null)?.doc?.id
      if (xhr.status >= 200 && xhr.status < 300 && id) resolve(id)
      else {
        const errors = (xhr.response as { errors?: { message?: string }[] } | null)?.errors
        reject(new Error(errors?.[0]?.message ?? `upload failed (${xhr.status})`))
      }
    }
    xhr.onerror = () => reject(new Error('network'))
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ conversation }))
    xhr.send(form)
  })
}
