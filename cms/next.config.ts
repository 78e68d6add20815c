import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { adminSecurityHeaders } from './src/security.ts'

const nextConfig: NextConfig = {
  // The contract package ships TypeScript source.
  transpilePackages: ['@keikaku/content-schemas'],
  poweredByHeader: false,
  // Payload names its errors after their class (`this.name = this.constructor.name`) and answers an error without a
  // name with "An unknown error occurred.": minified server code loses class names, and with them every refusal
  // message (the workflow's, the upload checks'). The server bundle is not sent to browsers, so size matters little.
  // Turbopack keeps its build cache in .next for the next `next build` (a rebuild after a change: 27 s instead of
  // 56 s here), but writing it costs a cold build 10 s; CI's clone builds once and is thrown away.
  experimental: { serverMinification: false, turbopackFileSystemCacheForBuild: !process.env.CI },
  // `npm test` type-checks the admin first (`tsc -p cms`); `next build` doing it again cost 19–28 s on 2 cores.
  typescript: { ignoreBuildErrors: true },
  // CSP, frame-ancestors, nosniff, Referrer-Policy on every admin page, API answer and media file.
  headers: async () => [{ source: '/:path*', headers: adminSecurityHeaders() }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
