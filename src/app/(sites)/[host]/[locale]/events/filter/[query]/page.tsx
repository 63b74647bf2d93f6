import { Calendar, calendarMetadata } from '../../../../../components/Calendar'

export const generateStaticParams = async (): Promise<{ query: string }[]> => []
export const generateMetadata = calendarMetadata
export default Calendar
