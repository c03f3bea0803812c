// What a run reports, also when it fails: the spec's diagnostics, the image, the revision and its URLs, the smoke
// test, the dry-run plan and a timeline of its stages. The job summary and the annotations are made from it.
import type { Diagnostic } from '../spec/index.js';
import type { ExposureResult } from '../exposure/index.js';
import type { PreflightCheck } from '../preflight/index.js';
import type { SmokeResult } from '../smoke/index.js';

/** One stage's span, for the job summary's timeline. */
export interface StageSpan {
  readonly stage: string;
  readonly start: number;
  readonly end: number;
  readonly ok: boolean;
}

/** What a run produced, for the summary (also when it failed). */
export interface PipelineReport {
  readonly diagnostics: readonly Diagnostic[];
  readonly valid: boolean;
  /**
   * The image: pinned by digest; in a dry run (`planned`), the tag a build would make, or none when only the
   * registry can tell (builder `assemble`).
   */
  readonly image?: { readonly image?: string; readonly built: boolean; readonly planned?: boolean };
  readonly revision?: string;
  readonly url?: string;
  readonly previewUrl?: string;
  readonly changed?: boolean;
  readonly smoke?: SmokeResult;
  /** What the new revision shows each role that production does not, and the reverse (after the smoke test). */
  readonly exposure?: ExposureResult;
  /** The preflight's checks (the client certificates), when it ran. */
  readonly preflight?: { readonly checks: readonly PreflightCheck[] };
  readonly timeline: StageSpan[];
  /** True when dry_run is on: nothing was built, deployed or written. */
  readonly dryRun?: boolean;
  /** The dry-run plan, when dry_run is on and the run got as far as planning the deploy. */
  readonly plan?: string;
}

/** A diagnostic as a workflow annotation on its line: what the runner shows on the pull request. */
export interface Annotation {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly title: string;
  readonly file: string;
  readonly startLine: number;
  readonly startColumn: number;
}

/** Each diagnostic as an annotation on the spec's line, titled with its rule. */
export function annotationsOf(diagnostics: readonly Diagnostic[]): Annotation[] {
  return diagnostics.map((d) => ({
    severity: d.severity,
    message: `${d.message}; ${d.fix}`,
    title: d.rule,
    file: d.file,
    startLine: d.line,
    startColumn: d.column,
  }));
}
