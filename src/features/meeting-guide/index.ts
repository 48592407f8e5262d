export { toMeetingGuideFeed } from './export.js';
export { parseMeetingGuideFeed } from './import.js';
export {
  type AttendanceOption,
  type ExportableGroup,
  type ExportOptions,
  type ExportResult,
  FeedError,
  type FeedWarning,
  type ImportOptions,
  type ImportResult,
  type MeetingGuideRecord,
} from './types.js';
