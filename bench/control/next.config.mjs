// The control of `npm run bench:http`: the smallest App Router site, one page prerendered at build
// time, served by the same `next start`. What it reaches is Next's own ceiling on this machine,
// which no page of ours can pass; bench/http.ts prints the app's figures as a share of it too.
/** @type {import('next').NextConfig} */
export default { distDir: process.env.NEXT_DIST_DIR || '.next', poweredByHeader: false }
