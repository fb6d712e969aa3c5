// The public API of @piiguard/teacher, export by export (listed in README "Public API").
// Anything not listed here is internal.

export { connectTeacher } from './connect-teacher.js';
export { loadTeacher } from './load-teacher.js';
export type { TeacherDtype, TeacherOptions } from './options.js';
export { DEFAULT_MODEL } from './options.js';
export type { TeacherProfileName } from './profiles/resolve.js';
export { ROBLOX_V1 } from './profiles/roblox-v1.js';
export { ROBLOX_V2 } from './profiles/roblox-v2.js';
export type {
  TeacherConversation,
  TeacherCutoffs,
  TeacherHead,
  TeacherInput,
  TeacherProfile,
} from './profiles/types.js';
export type { TeacherV2Thresholds } from './profiles/v2-rule.js';
export { DEFAULT_V2_THRESHOLDS, labelFromV2Scores } from './profiles/v2-rule.js';
export type { RemoteCircuitBreakerOptions, RemoteEngine, RemoteTeacherOptions } from './remote-options.js';
export type { TeacherDevice, TeacherProvider } from './session.js';
export type { TeacherEngine } from './teacher.js';
export { Teacher } from './teacher.js';
export type { TeacherThresholds } from './thresholds.js';
export { DEFAULT_THRESHOLDS, labelFromScores } from './thresholds.js';
