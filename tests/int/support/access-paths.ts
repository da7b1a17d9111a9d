import type { CollectionSlug, Payload } from 'payload'

import { graphql, rest } from './http'

/**
 * The three ways into Payload — Local API (as the portal calls it), REST and GraphQL — behind one
 * small interface, so an access table can be checked on every path with the same assertions.
 *
 * Every call answers `{ status }`: 200 on success (REST's 201 for create is folded into 200), or the
 * HTTP status of Payload's error (Local API: `error.status`; GraphQL: `extensions.statusCode`).
 * An error without a status (a broken query, a crash) is thrown, so it can never pass as "denied".
 */
export type TResult = { status: number; id?: string; ids?: string[]; total?: number }

/** How a collection is named in GraphQL: `Order`/`Orders`/`countOrders`, `Staff`/`allStaff`/… */
export type TGqlNames = { type: string; one: string; many: string; count: string }

export type TWho = { user: Record<string, unknown> | null; headers: Headers }

export type TPath = {
  name: 'local' | 'rest' | 'graphql'
  findByID(slug: CollectionSlug, gql: TGqlNames, id: string, who: TWho): Promise<TResult>
  find(slug: CollectionSlug, gql: TGqlNames, ids: string[] | null, who: TWho): Promise<TResult>
  count(slug: CollectionSlug, gql: TGqlNames, ids: string[] | null, who: TWho): Promise<TResult>
  update(
    slug: CollectionSlug,
    gql: TGqlNames,
    id: string,
    data: Record<string, unknown>,
    who: TWho,
  ): Promise<TResult>
  delete(slug: CollectionSlug, gql: TGqlNames, id: string, who: TWho): Promise<TResult>
  create(
    slug: CollectionSlug,
    gql: TGqlNames,
    data: Record<string, unknown>,
    who: TWho,
  ): Promise<TResult>
}

const sorted = (ids: string[]) => [...ids].sort()

async function local<T>(fn: () => Promise<T>, ok: (v: T) => TResult): Promise<TResult> {
  try {
    return ok(await fn())
  } catch (err) {
    const status = (err as { status?: number }).status
    if (!status) throw err
    return { status }
  }
}

export function localPath(payload: Payload): TPath {
  const as = (who: TWho) => ({ user: who.user as never, overrideAccess: false as const, depth: 0 })
  const where = (ids: string[] | null) => (ids ? { id: { in: ids } } : undefined)
  return {
    name: 'local',
    findByID: (slug, _g, id, who) =>
      local(
        () => payload.findByID({ collection: slug, id, ...as(who) }),
        (d) => ({ status: 200, id: String(d.id) }),
      ),
    find: (slug, _g, ids, who) =>
      local(
        () => payload.find({ collection: slug, where: where(ids), limit: 100, ...as(who) }),
        (r) => ({
          status: 200,
          ids: sorted(r.docs.map((d) => String(d.id))),
          total: r.totalDocs,
        }),
      ),
    count: (slug, _g, ids, who) =>
      local(
        () => payload.count({ collection: slug, where: where(ids), ...as(who) }),
        (r) => ({ status: 200, total: r.totalDocs }),
      ),
    update: (slug, _g, id, data, who) =>
      local(
        () => payload.update({ collection: slug, id, data: data as never, ...as(who) }),
        (d) => ({ status: 200, id: String(d.id) }),
      ),
    delete: (slug, _g, id, who) =>
      local(
        () => payload.delete({ collection: slug, id, ...as(who) }),
        (d) => ({ status: 200, id: String(d.id) }),
      ),
    create: (slug, _g, data, who) =>
      local(
        () => payload.create({ collection: slug, data: data as never, ...as(who) }),
        (d) => ({ status: 200, id: String(d.id) }),
      ),
  }
}

function restResult(
  res: { status: number; json: Record<string, unknown> },
  pick: (json: Record<string, unknown>) => Omit<TResult, 'status'>,
): TResult {
  if (res.status === 200 || res.status === 201) return { status: 200, ...pick(res.json) }
  if (!Array.isArray(res.json?.errors))
    throw new Error(`unexpected REST answer ${res.status}: ${JSON.stringify(res.json)}`)
  return { status: res.status }
}

const docId = (json: Record<string, unknown>) => ({ id: String((json.doc as { id: string }).id) })

export const restPath: TPath = {
  name: 'rest',
  findByID: async (slug, _g, id, who) =>
    restResult(await rest('GET', `${slug}/${id}?depth=0`, who.headers), (j) => ({
      id: String(j.id),
    })),
  find: async (slug, _g, ids, who) => {
    const where = ids ? `&where[id][in]=${ids.join(',')}` : ''
    return restResult(await rest('GET', `${slug}?depth=0&limit=100${where}`, who.headers), (j) => ({
      ids: sorted((j.docs as { id: string }[]).map((d) => d.id)),
      total: j.totalDocs as number,
    }))
  },
  count: async (slug, _g, ids, who) => {
    const where = ids ? `?where[id][in]=${ids.join(',')}` : ''
    return restResult(await rest('GET', `${slug}/count${where}`, who.headers), (j) => ({
      total: j.totalDocs as number,
    }))
  },
  update: async (slug, _g, id, data, who) =>
    restResult(await rest('PATCH', `${slug}/${id}?depth=0`, who.headers, data), docId),
  delete: async (slug, _g, id, who) =>
    restResult(await rest('DELETE', `${slug}/${id}?depth=0`, who.headers), docId),
  create: async (slug, _g, data, who) =>
    restResult(await rest('POST', `${slug}?depth=0`, who.headers, data), docId),
}

async function gql<T>(
  query: string,
  who: TWho,
  variables: Record<string, unknown> | undefined,
  pick: (data: Record<string, unknown>) => T,
) {
  const res = await graphql(query, who.headers, variables)
  const error = res.json.errors?.[0] as { extensions?: { statusCode?: number } } | undefined
  if (error) {
    const status = error.extensions?.statusCode
    if (!status)
      throw new Error(`GraphQL error without a status: ${JSON.stringify(res.json.errors)}`)
    return { status }
  }
  return { status: 200, ...pick(res.json.data!) }
}

const idList = (ids: string[] | null) =>
  ids ? `(where: { id: { in: ${JSON.stringify(ids)} } }, limit: 100)` : '(limit: 100)'

export const graphqlPath: TPath = {
  name: 'graphql',
  findByID: (_s, g, id, who) =>
    gql(`query($id: String!) { ${g.one}(id: $id) { id } }`, who, { id }, (d) => ({
      id: (d[g.one] as { id: string }).id,
    })),
  find: (_s, g, ids, who) =>
    gql(`{ ${g.many}${idList(ids)} { docs { id } totalDocs } }`, who, undefined, (d) => {
      const r = d[g.many] as { docs: { id: string }[]; totalDocs: number }
      return { ids: sorted(r.docs.map((x) => x.id)), total: r.totalDocs }
    }),
  count: (_s, g, ids, who) =>
    gql(
      `{ ${g.count}${ids ? `(where: { id: { in: ${JSON.stringify(ids)} } })` : ''} { totalDocs } }`,
      who,
      undefined,
      (d) => ({
        total: (d[g.count] as { totalDocs: number }).totalDocs,
      }),
    ),
  update: (_s, g, id, data, who) =>
    gql(
      `mutation($id: String!, $data: mutation${g.type}UpdateInput!) { update${g.type}(id: $id, data: $data) { id } }`,
      who,
      { id, data },
      (d) => ({
        id: (d[`update${g.type}`] as { id: string }).id,
      }),
    ),
  delete: (_s, g, id, who) =>
    gql(`mutation($id: String!) { delete${g.type}(id: $id) { id } }`, who, { id }, (d) => ({
      id: (d[`delete${g.type}`] as { id: string }).id,
    })),
  create: (_s, g, data, who) =>
    gql(
      `mutation($data: mutation${g.type}Input!) { create${g.type}(data: $data) { id } }`,
      who,
      { data },
      (d) => ({
        id: (d[`create${g.type}`] as { id: string }).id,
      }),
    ),
}
