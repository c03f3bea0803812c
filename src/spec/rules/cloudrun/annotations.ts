import { asRecord, asString, field } from '../../../json.js';
import type { AnnotationFinding, AnnotationLevel } from '../../annotation-table.js';
import { checkAnnotation } from '../../annotation-table.js';
import type { SpecPath } from '../../diagnostics.js';
import type { Rule, RuleContext } from '../rule.js';
import { isDeferred, report } from '../rule.js';

/** Where each level's annotations are written. */
const ANNOTATIONS_AT: Record<AnnotationLevel, { path: SpecPath; written: string; object: string }> = {
  service: { path: ['metadata', 'annotations'], written: 'metadata.annotations', object: 'Service' },
  revision: {
    path: ['spec', 'template', 'metadata', 'annotations'],
    written: 'spec.template.metadata.annotations',
    object: 'revision template',
  },
};

/**
 * Every annotation under `run.googleapis.com/`, `autoscaling.knative.dev/` and `serving.knative.dev/` is one Cloud
 * Run knows, at the level it is accepted, with a value it reads (see ../annotation-table.ts). Values that still
 * hold a `${NAME}` left for the deploy stage are checked once they have it.
 */
export const annotations: Rule = (context) => {
  for (const level of ['service', 'revision'] as const) {
    const { path } = ANNOTATIONS_AT[level];
    const written = asRecord(field(context.service, ...path));
    if (!written) continue;
    for (const [key, raw] of Object.entries(written)) {
      const keyPath = [...path, key];
      const value = isDeferred(context, keyPath) ? undefined : asString(raw);
      const finding = checkAnnotation(key, level, value);
      if (finding) reportFinding(context, keyPath, key, level, value ?? '', finding);
    }
  }
  scaleBounds(context);
};

function reportFinding(
  context: RuleContext,
  path: SpecPath,
  key: string,
  level: AnnotationLevel,
  value: string,
  finding: AnnotationFinding,
): void {
  switch (finding.kind) {
    case 'unknown':
      report(context, {
        path,
        at: 'key',
        rule: 'cloudrun/annotation',
        message: `unknown annotation "${key}": Cloud Run reserves ${finding.prefix} and refuses names it does not know`,
        fix: finding.suggestion
          ? `did you mean "${finding.suggestion}"?`
          : `remove it, or put your own annotation under a prefix of yours (example.com/${key.slice(finding.prefix.length)})`,
      });
      return;
    case 'level': {
      const right = finding.entry.level === 'service' ? 'service' : 'revision';
      const counterpart = finding.entry.counterpart;
      report(context, {
        path,
        at: 'key',
        rule: 'cloudrun/annotation-level',
        message: `${key} is a ${right} annotation: Cloud Run does not accept it on the ${ANNOTATIONS_AT[level].object}`,
        fix:
          `move it to ${ANNOTATIONS_AT[right].written}` +
          (counterpart ? `, or use ${counterpart} for the ${level}-level setting` : ''),
      });
      return;
    }
    case 'value':
      report(context, {
        path,
        rule: 'cloudrun/annotation',
        message: `${key} "${value}" ${finding.problem}`,
        fix: `write ${finding.entry.value.describe}`,
      });
  }
}

/** A minimum above the maximum, for the revision's instances and for the service's. */
function scaleBounds(context: RuleContext): void {
  const pairs = [
    { level: 'revision', min: 'autoscaling.knative.dev/minScale', max: 'autoscaling.knative.dev/maxScale' },
    { level: 'service', min: 'run.googleapis.com/minScale', max: 'run.googleapis.com/maxScale' },
  ] as const;
  for (const { level, min, max } of pairs) {
    const { path } = ANNOTATIONS_AT[level];
    const bound = (key: string): number | undefined => {
      const text = isDeferred(context, [...path, key])
        ? undefined
        : asString(field(context.service, ...path, key));
      return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
    };
    const [low, high] = [bound(min), bound(max)];
    if (low !== undefined && high !== undefined && low > high) {
      report(context, {
        path: [...path, min],
        rule: 'cloudrun/annotation',
        message: `${min} ${low} is above ${max} ${high}`,
        fix: `lower ${min} or raise ${max}`,
      });
    }
  }
}
