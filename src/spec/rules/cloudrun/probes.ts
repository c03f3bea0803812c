// Startup, liveness and readiness probes.
import { asInteger, asRecord, field } from '../../../json.js';
import type { SpecPath } from '../../diagnostics.js';
import type { Rule, RuleContext } from '../rule.js';
import { report } from '../rule.js';
import { containersOf } from '../service-parts.js';

const MAX_STARTUP_PERIOD = 240;

type ProbeKind = 'startupProbe' | 'livenessProbe';

/** Exactly one handler, one Cloud Run supports for this kind of probe, on a valid port. */
function checkHandlers(
  context: RuleContext,
  kind: ProbeKind,
  probe: Record<string, unknown>,
  path: SpecPath,
): void {
  const handlers = ['httpGet', 'tcpSocket', 'grpc'].filter((h) => h in probe);
  if (handlers.length !== 1) {
    report(context, {
      path,
      at: 'key',
      rule: 'cloudrun/probe',
      message: `${kind} must have exactly one of httpGet, tcpSocket, grpc (it has ${handlers.length ? handlers.join(', ') : 'none'})`,
      fix: 'keep one handler',
    });
  }
  if (kind === 'livenessProbe' && 'tcpSocket' in probe) {
    report(context, {
      path: [...path, 'tcpSocket'],
      at: 'key',
      rule: 'cloudrun/probe',
      message: 'Cloud Run liveness probes cannot use tcpSocket',
      fix: 'use httpGet (for PostgREST: /live on the admin port) or grpc',
    });
  }
  for (const handler of handlers) {
    const port = asInteger(field(probe, handler, 'port'));
    if (port !== undefined && (port < 1 || port > 65535)) {
      report(context, {
        path: [...path, handler, 'port'],
        rule: 'cloudrun/probe',
        message: `${kind} port ${port} is outside 1–65535`,
        fix: 'use the port the check is served on',
      });
    }
  }
}

/** Period, timeout, threshold and initial delay within Cloud Run's limits. */
function checkTimings(
  context: RuleContext,
  kind: ProbeKind,
  probe: Record<string, unknown>,
  path: SpecPath,
): void {
  const period = asInteger(probe['periodSeconds']) ?? 10;
  const timeout = asInteger(probe['timeoutSeconds']) ?? 1;
  if (kind === 'startupProbe' && period > MAX_STARTUP_PERIOD) {
    report(context, {
      path: [...path, 'periodSeconds'],
      rule: 'cloudrun/probe',
      message: `startupProbe periodSeconds ${period} exceeds ${MAX_STARTUP_PERIOD}`,
      fix: `set it to at most ${MAX_STARTUP_PERIOD}`,
    });
  }
  if (timeout > period) {
    report(context, {
      path: [...path, 'timeoutSeconds'],
      rule: 'cloudrun/probe',
      message: `${kind} timeoutSeconds ${timeout} exceeds periodSeconds ${period}`,
      fix: 'make timeoutSeconds at most periodSeconds',
    });
  }
  for (const timing of ['periodSeconds', 'timeoutSeconds', 'failureThreshold'] as const) {
    const value = asInteger(probe[timing]);
    if (value !== undefined && value < 1)
      report(context, {
        path: [...path, timing],
        rule: 'cloudrun/probe',
        message: `${kind} ${timing} ${value} must be at least 1`,
        fix: 'use a positive number',
      });
  }
  const initialDelay = asInteger(probe['initialDelaySeconds']);
  if (initialDelay !== undefined && (initialDelay < 0 || initialDelay > 240)) {
    report(context, {
      path: [...path, 'initialDelaySeconds'],
      rule: 'cloudrun/probe',
      message: `${kind} initialDelaySeconds ${initialDelay} is outside 0–240`,
      fix: 'use at most 240',
    });
  }
}

/** Probe handlers, ports and timings within Cloud Run's limits. */
export const probes: Rule = (context) => {
  for (const ref of containersOf(context.service)) {
    for (const kind of ['startupProbe', 'livenessProbe'] as const) {
      const probe = asRecord(ref.container[kind]);
      if (!probe) continue;
      checkHandlers(context, kind, probe, [...ref.path, kind]);
      checkTimings(context, kind, probe, [...ref.path, kind]);
    }
  }
};
