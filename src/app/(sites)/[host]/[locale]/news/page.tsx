import { NewsList, newsListMetadata } from '../../../components/NewsList'

export const generateMetadata = newsListMetadata
export default NewsList
