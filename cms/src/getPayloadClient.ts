import { getPayload, type Payload } from 'payload'

/** The Local API for scripts and tests, without Next. The config module reads env (PAYLOAD_SECRET, DATABASE_URI). */
export async function getPayloadClient(): Promise<Payload> {
  const { default: config } = await import('./payload.config.ts')
  // One cached instance per database, so tests with separate databases never share one.
  return getPayload({ config, key: process.env.DATABASE_URI ?? 'default' })
}
