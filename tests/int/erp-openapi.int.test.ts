import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'

import document from '@/features/erp/openapi.json'
import { openApiRoute } from '@/features/erp/openapi-route'
import { ZErpEvent } from '@/features/erp/schema'
import { MILESTONE_STATES } from '@/lib/timeline/milestones'

describe('ERP feed OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator()
    const res = await validator.validate(structuredClone(document))
    expect(res.errors ?? []).toEqual([])
    expect(res.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('is served as kept in the repository', async () => {
    const res = await openApiRoute(
      new Request('http://localhost:3000/api/integrations/erp/openapi.json'),
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(document)
  })

  it('describes the fields and states the feed validates', () => {
    const event = document.components.schemas.Event
    expect(Object.keys(event.properties).sort()).toEqual(Object.keys(ZErpEvent.shape).sort())
    expect(event.properties.state.enum).toEqual([...MILESTONE_STATES])
  })
})
