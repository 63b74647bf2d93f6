import 'react'

declare module 'react' {
  /** The site's accent colour, set on <body> from the site's settings (sites.css reads it). */
  interface CSSProperties {
    '--accent'?: string
  }
}
