import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { isCustomer } from '@/access/user'

/**
 * A new vote is always the caller's own and only on an article they may read: the customer is
 * taken from the session (never from the form), and an article they cannot see answers as if it
 * did not exist. Customer and article are fixed afterwards (field access), only `helpful` changes.
 */
export const beforeHelpFeedbackValidate: CollectionBeforeValidateHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const { user } = req
  if (!isCustomer(user)) return data // system writes (seed, tests) name the customer themselves
  const articleId = typeof data.article === 'object' ? data.article?.id : data.article
  const article = articleId
    ? await req.payload.findByID({
        collection: 'help-articles',
        id: String(articleId),
        depth: 0,
        select: { slug: true },
        user,
        overrideAccess: false,
        disableErrors: true,
        req,
      })
    : null
  if (!article) throw new APIError('Not Found', 404, null, true)
  return { ...data, customer: user.id, article: article.id }
}
