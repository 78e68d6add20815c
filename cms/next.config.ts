import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { adminSecurityHeaders } from './src/security.ts'

const nextConfig: NextConfig = {
  // The contract package ships TypeScript source.
  transpilePackages: ['@keikaku/content-schemas'],
  poweredByHeader: false,
  // CSP, frame-ancestors, nosniff, Referrer-Policy on every admin page, API answer and media file.
  headers: async () => [{ source: '/:path*', headers: adminSecurityHeaders() }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
