// The public API of @piiguard/teacher, export by export (listed in README "Public API").
// Anything not listed here is internal.

export { loadTeacher } from './load-teacher.js';
export type { TeacherDtype, TeacherOptions } from './options.js';
export { DEFAULT_MODEL } from './options.js';
export type { TeacherDevice, TeacherProvider } from './session.js';
export { Teacher } from './teacher.js';
export type { TeacherThresholds } from './thresholds.js';
export { DEFAULT_THRESHOLDS, labelFromScores } from './thresholds.js';
