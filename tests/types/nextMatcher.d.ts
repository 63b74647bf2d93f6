// Next compiles a proxy's `config.matcher` with this function at build time; it is exported at run
// time but left out of Next's type declarations. tests/unit/proxyMatcher.test.ts uses it to see
// the matcher as `next build` does.
import type { ProxyMatcher } from 'next/dist/build/analysis/get-page-static-info.js'
import type { NextConfig } from 'next'

declare module 'next/dist/build/analysis/get-page-static-info.js' {
  export function getMiddlewareMatchers(matcher: unknown, nextConfig: Partial<NextConfig>): ProxyMatcher[]
}
