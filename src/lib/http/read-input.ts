import type { z } from 'zod'

import { AppError, type TFieldIssue } from '../errors'

/** Bodies of our own routes are small JSON documents; anything larger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024

function issuesOf(error: z.ZodError, prefix: string): TFieldIssue[] {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].join('.'),
    message: i.message,
  }))
}

function parse<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'body') {
  const result = schema.safeParse(input)
  if (!result.success)
    throw new AppError('BAD_REQUEST', `The request ${where} is not valid.`, {
      issues: issuesOf(result.error, where),
    })
  return result.data as z.output<S>
}

/** Query parameters as a plain object (a repeated key keeps its last value). */
export function readQuery<S extends z.ZodType>(req: Request, schema: S) {
  return parse(schema, Object.fromEntries(new URL(req.url).searchParams), 'query')
}

export async function readBody<S extends z.ZodType>(req: Request, schema: S) {
  const type = req.headers.get('content-type') ?? ''
  if (!/^application\/(.+\+)?json\b/i.test(type))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.')
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.')
  const text = await req.text()
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.')
  }
  return parse(schema, json, 'body')
}
