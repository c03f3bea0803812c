// The job summary: what was deployed (image, revision, URLs), each preflight and smoke check, what the new revision
// exposes beyond production, the spec's diagnostics, and a stage timeline as a Mermaid gantt chart (GitHub renders
// it). Pure: a report in, Markdown with HTML tables out.
import type { ExposureResult } from '../exposure/index.js';
import { exposureLines } from '../exposure/index.js';
import type { PipelineReport } from './report.js';

/** Escape text for the summary's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;
const link = (url: string): string => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;

/** A duration as people read it: milliseconds below a second, else seconds with one decimal. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${String(Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = (row: readonly string[], tag: 'th' | 'td') =>
    `<tr>${row.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return `<table>${cells(header, 'th')}${rows.map((row) => cells(row, 'td')).join('')}</table>\n`;
}

/** What the run did, one row each: the spec, the image, the revision, the URLs, the smoke test. */
function overview(file: string, report: PipelineReport): string {
  const rows: string[][] = [['Spec', `${code(file)}: ${report.valid ? 'valid' : '<b>invalid</b>'}`]];
  if (report.image) rows.push(['Image', imageCell(report.image)]);
  if (report.revision)
    rows.push([
      'Revision',
      `${code(report.revision)}${report.changed === false ? ' (unchanged: nothing sent)' : ''}`,
    ]);
  if (report.url) rows.push(['Service URL', link(report.url)]);
  if (report.previewUrl) rows.push(['Preview URL', link(report.previewUrl)]);
  if (report.smoke) rows.push(['Smoke test', report.smoke.passed ? 'passed' : '<b>failed</b>']);
  if (report.tidy) rows.push(tidyRow(report.tidy));
  return table(['', 'This run'], rows);
}

/** The revisions a tidy deleted, or a dry run would. */
function tidyRow(tidy: NonNullable<PipelineReport['tidy']>): string[] {
  const names = tidy.deleted.map(code).join(', ');
  if (tidy.planned) return ['Revisions to delete', names ? `${names} (dry run: none deleted)` : 'none'];
  return ['Revisions deleted', names || 'none'];
}

/** The image and what happened to it; a dry run's is only what would be deployed. */
function imageCell(image: NonNullable<PipelineReport['image']>): string {
  if (image.planned) {
    return image.image
      ? `${code(image.image)} (planned: the dry run built and looked up nothing)`
      : "planned: tagged from the sources' digests when it is assembled (the dry run looked up nothing)";
  }
  return `${code(image.image ?? '')} (${image.built ? 'built' : 'reused, no build'})`;
}

/** Each smoke check with its status, PostgREST code and time; why the test failed. */
function smokeChecks(smoke: NonNullable<PipelineReport['smoke']>): string[] {
  const parts = [
    '### Smoke checks\n',
    table(
      ['Check', 'Status', 'Code', 'Time', 'Result'],
      smoke.results.map((r) => [
        escapeHtml(r.name),
        r.status ? String(r.status) : 'no answer',
        escapeHtml(r.code ?? ''),
        formatDuration(r.ms),
        r.passed ? 'passed' : '<b>failed</b>',
      ]),
    ),
  ];
  if (smoke.keys)
    parts.push(`Signed with each key of the JWT secret: ${escapeHtml(smoke.keys.join(', '))}\n`);
  if (smoke.failure) parts.push(`${escapeHtml(smoke.failure)}\n`);
  return parts;
}

/**
 * What the new revision shows each role beyond production and what it no longer shows, one row per path
 * (`anonymous | +GET /users (id, email)`), and each role that could not be compared with why; empty when every role
 * was compared and nothing changed. The job summary and the pull request comment (output `exposure_table`) show it.
 */
export function renderExposureTable(exposure: ExposureResult): string {
  if (exposure.skipped) return `Exposure not compared: ${escapeHtml(exposure.skipped)}\n`;
  const rows = [
    ...exposureLines(exposure).map(({ role, change }) => [escapeHtml(role), code(change)]),
    ...exposure.roles.flatMap((role) =>
      role.skipped ? [[escapeHtml(role.role), `not compared: ${escapeHtml(role.skipped)}`]] : [],
    ),
  ];
  return rows.length > 0 ? table(['Role', 'New revision against production'], rows) : '';
}

function exposureSection(exposure: ExposureResult): string[] {
  const text = renderExposureTable(exposure);
  return text ? ['### Exposure\n', text] : [];
}

/** The preflight: each check of each certificate file, the secret version it read, and its verdict. */
function preflight(checks: NonNullable<PipelineReport['preflight']>['checks']): string[] {
  const verdict = {
    passed: 'passed',
    warning: '<b>warning</b>',
    failed: '<b>failed</b>',
    skipped: 'skipped',
  };
  return [
    '### Preflight\n',
    table(
      ['File', 'Check', 'Secret version', 'Verdict', 'Detail'],
      checks.map((c) => [
        code(c.file),
        escapeHtml(c.check),
        code(c.secret),
        verdict[c.verdict],
        escapeHtml(c.detail),
      ]),
    ),
  ];
}

/** GitHub shows at most this many annotations of each severity per step; the rest are only in the summary. */
export const ANNOTATIONS_SHOWN_PER_STEP = 10;

/** The spec's diagnostics, each where it is, with its fix and rule. */
function diagnostics(report: PipelineReport): string[] {
  const hidden = (['error', 'warning'] as const).flatMap((severity) => {
    const count = report.diagnostics.filter((d) => d.severity === severity).length;
    const over = count - ANNOTATIONS_SHOWN_PER_STEP;
    return over > 0 ? [`${String(over)} ${severity}${over === 1 ? '' : 's'}`] : [];
  });
  const note =
    hidden.length > 0
      ? [
          `GitHub annotates at most ${String(ANNOTATIONS_SHOWN_PER_STEP)} errors and ${String(ANNOTATIONS_SHOWN_PER_STEP)} warnings of a step on the spec: ${hidden.join(' and ')} appear only in this table.\n`,
        ]
      : [];
  return [
    '### Spec diagnostics\n',
    table(
      ['Where', 'Severity', 'Problem', 'Rule'],
      report.diagnostics.map((d) => [
        `${escapeHtml(d.file)}:${String(d.line)}:${String(d.column)}`,
        d.severity,
        escapeHtml(`${d.message}; ${d.fix}`),
        d.rule,
      ]),
    ),
    ...note,
  ];
}

/** What a dry run would send, in order, as the log shows it. */
function plan(text: string): string[] {
  return ['### Plan\n', `<pre>${escapeHtml(text.trimEnd())}</pre>\n`];
}

/** The stages as a Mermaid gantt chart (GitHub renders it), and the same in words. */
function timeline(report: PipelineReport): string[] {
  const lines = ['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %M:%S', '  section Stages'];
  report.timeline.forEach((span, index) => {
    // Mermaid needs a visible bar: at least 1 ms; a failed stage is marked crit.
    const end = Math.max(span.end, span.start + 1);
    lines.push(
      `  ${span.stage.replace(/[:#]/g, ' ')} :${span.ok ? 'done' : 'crit'}, s${String(index)}, ${String(span.start)}, ${String(end)}`,
    );
  });
  lines.push('```');
  // The same in words: where Mermaid does not render, and for the exact figures.
  const words = report.timeline
    .map(
      (span) =>
        `${escapeHtml(span.stage)} ${formatDuration(span.end - span.start)}${span.ok ? '' : ' (failed)'}`,
    )
    .join(' · ');
  return ['### Timeline\n', `${lines.join('\n')}\n`, `${words}\n`];
}

/** The summary of a run, complete or not. */
export function renderSummary(file: string, report: PipelineReport): string {
  return [
    report.dryRun
      ? '## PostgREST on Cloud Run: dry run, nothing was built, deployed or changed\n'
      : '## PostgREST on Cloud Run\n',
    overview(file, report),
    ...(report.preflight ? preflight(report.preflight.checks) : []),
    ...(report.smoke ? smokeChecks(report.smoke) : []),
    ...(report.exposure ? exposureSection(report.exposure) : []),
    ...(report.diagnostics.length > 0 ? diagnostics(report) : []),
    ...(report.plan ? plan(report.plan) : []),
    ...(report.timeline.length > 0 ? timeline(report) : []),
  ].join('\n');
}
