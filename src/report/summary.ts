// The job summary: what was deployed (image, revision, URLs), each smoke check, the spec's diagnostics, and a stage
// timeline as a Mermaid gantt chart (GitHub renders it). Pure: a report in, Markdown with HTML tables out.
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
  if (report.image)
    rows.push([
      'Image',
      `${code(report.image.image)} (${report.image.built ? 'built' : 'reused, no build'})`,
    ]);
  if (report.revision)
    rows.push([
      'Revision',
      `${code(report.revision)}${report.changed === false ? ' (unchanged: nothing sent)' : ''}`,
    ]);
  if (report.url) rows.push(['Service URL', link(report.url)]);
  if (report.previewUrl) rows.push(['Preview URL', link(report.previewUrl)]);
  if (report.smoke) rows.push(['Smoke test', report.smoke.passed ? 'passed' : '<b>failed</b>']);
  return table(['', 'This run'], rows);
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
  if (smoke.failure) parts.push(`${escapeHtml(smoke.failure)}\n`);
  return parts;
}

/** The spec's diagnostics, each where it is, with its fix and rule. */
function diagnostics(report: PipelineReport): string[] {
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
  ];
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
    '## PostgREST on Cloud Run\n',
    overview(file, report),
    ...(report.smoke ? smokeChecks(report.smoke) : []),
    ...(report.diagnostics.length > 0 ? diagnostics(report) : []),
    ...(report.timeline.length > 0 ? timeline(report) : []),
  ].join('\n');
}
