import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The contract package ships TypeScript source.
  transpilePackages: ['@keikaku/content-schemas'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
