// The report: what a run did, as the job summary, workflow annotations and printed text, with every secret cut out.
export type { Redactor } from './redact.js';
export { createRedactor } from './redact.js';
export type { Annotation, PipelineReport, StageSpan } from './report.js';
export { annotationsOf } from './report.js';
export { escapeHtml, formatDuration, renderExposureTable, renderSummary } from './summary.js';
