import { describe, expect, it } from 'vitest'
import { publishLiveLine, publishResultLine, readPublishLive, readPublishResult } from '../src/publish-protocol.ts'

describe('the publish command’s protocol lines', () => {
  it('reads the lines it writes, from one line or from a whole output', () => {
    const live = { build: '20261127T120935.123', pending: ['the search index'] }
    expect(readPublishLive(publishLiveLine(live))).toEqual(live)
    expect(readPublishResult(`Building…\n${publishResultLine({ build: 'b1' })}\n`)).toEqual({ build: 'b1' })
  })

  it('reads a garbled or invalid line as none, without throwing (the job reads lines as they come)', () => {
    expect(readPublishLive('KEIKAKU_PUBLISH_LIVE {"build": "b1", "pend')).toBeNull()
    expect(readPublishLive('KEIKAKU_PUBLISH_LIVE {"build": "b1", "pending": "x}')).toBeNull()
    expect(readPublishLive('KEIKAKU_PUBLISH_LIVE {"build": ""}')).toBeNull()
    expect(readPublishResult('KEIKAKU_PUBLISH_RESULT {"build": 3}')).toBeNull()
  })
})
