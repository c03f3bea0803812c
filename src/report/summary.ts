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

/** The summary of a run, complete or not. */
export function renderSummary(file: string, report: PipelineReport): string {
  const parts: string[] = ['## PostgREST on Cloud Run\n'];
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
  parts.push(table(['', 'This run'], rows));

  if (report.smoke) {
    parts.push('### Smoke checks\n');
    parts.push(
      table(
        ['Check', 'Status', 'Code', 'Time', 'Result'],
        report.smoke.results.map((r) => [
          escapeHtml(r.name),
          r.status ? String(r.status) : 'no answer',
          escapeHtml(r.code ?? ''),
          formatDuration(r.ms),
          r.passed ? 'passed' : '<b>failed</b>',
        ]),
      ),
    );
    if (report.smoke.failure) parts.push(`${escapeHtml(report.smoke.failure)}\n`);
  }

  if (report.diagnostics.length > 0) {
    parts.push('### Spec diagnostics\n');
    parts.push(
      table(
        ['Where', 'Severity', 'Problem', 'Rule'],
        report.diagnostics.map((d) => [
          `${escapeHtml(d.file)}:${String(d.line)}:${String(d.column)}`,
          d.severity,
          escapeHtml(`${d.message}; ${d.fix}`),
          d.rule,
        ]),
      ),
    );
  }

  if (report.timeline.length > 0) {
    parts.push('### Timeline\n');
    const lines = ['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %M:%S', '  section Stages'];
    report.timeline.forEach((span, index) => {
      // Mermaid needs a visible bar: at least 1 ms; a failed stage is marked crit.
      const end = Math.max(span.end, span.start + 1);
      lines.push(
        `  ${span.stage.replace(/[:#]/g, ' ')} :${span.ok ? 'done' : 'crit'}, s${String(index)}, ${String(span.start)}, ${String(end)}`,
      );
    });
    lines.push('```');
    parts.push(`${lines.join('\n')}\n`);
    // The same in words: where Mermaid does not render, and for the exact figures.
    parts.push(
      `${report.timeline
        .map(
          (span) =>
            `${escapeHtml(span.stage)} ${formatDuration(span.end - span.start)}${span.ok ? '' : ' (failed)'}`,
        )
        .join(' · ')}\n`,
    );
  }
  return parts.join('\n');
}
