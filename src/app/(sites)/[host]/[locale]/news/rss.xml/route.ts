import { newsFeedResponse } from '../../../../data/newsFeed'

/** `/uutiset/rss.xml` (`/sv/nyheter/rss.xml`, `/en/news/rss.xml`): see newsFeedResponse. */
export function GET(request: Request, { params }: { params: Promise<{ host: string; locale: string }> }) {
  return newsFeedResponse(request, params, 'rss')
}
