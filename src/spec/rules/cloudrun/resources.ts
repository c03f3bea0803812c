// What an instance gets: CPU and memory (per instance, sidecars included), concurrency and timeout, and GPUs.
import { asInteger, asRecord, asString, field } from '../../../json.js';
import type { SpecPath } from '../../diagnostics.js';
import type { Rule, RuleContext } from '../rule.js';
import { report } from '../rule.js';
import type { ContainerRef } from '../service-parts.js';
import { containerLabel, containersOf, TEMPLATE_SPEC, templateAnnotation } from '../service-parts.js';
import { formatBytes, GiB, MiB, parseCpu, parseMemory } from '../quantity.js';

// Limits as Cloud Run documents them: https://cloud.google.com/run/docs/configuring/services/cpu (CPU, memory per CPU,
// below 1 vCPU), .../configuring/services/memory-limits, .../configuring/concurrency, .../configuring/request-timeout.
const MAX_CONCURRENCY = 1000;
const DEFAULT_CONCURRENCY = 80;
const MAX_TIMEOUT_SECONDS = 3600;
const WHOLE_CPUS = [1, 2, 4, 6, 8];
const DEFAULT_CPU = 1;
const DEFAULT_MEMORY = 512 * MiB;
/** Memory per instance allowed for each whole number of CPUs: [min, max] in bytes. */
const MEMORY_FOR_CPU: Record<number, readonly [number, number]> = {
  1: [0, 4 * GiB],
  2: [0, 8 * GiB],
  4: [2 * GiB, 16 * GiB],
  6: [4 * GiB, 24 * GiB],
  8: [4 * GiB, 32 * GiB],
};
const MIN_MEMORY_GEN1 = 128 * MiB;
const MIN_MEMORY_GEN2 = 512 * MiB;

/** The instance's CPU and memory: every container's limits added up (a container without limits: the defaults). */
interface InstanceResources {
  cpu: number;
  memory: number;
  /** A container's cpu below 1, where a below-1-vCPU finding points. */
  fractionalCpuAt?: SpecPath;
  /** Where a finding about the total memory points: the last container's limits. */
  memoryPath: SpecPath;
  /** A limit did not parse (reported): the totals are not worth checking. */
  invalid: boolean;
}

/** One container's cpu limit, reported when it is not a quantity or not one Cloud Run offers. */
function containerCpu(context: RuleContext, path: SpecPath, text: string | undefined): number | undefined {
  if (text === undefined) return DEFAULT_CPU;
  const parsed = parseCpu(text);
  if (parsed === undefined || parsed <= 0) {
    report(context, {
      path,
      rule: 'cloudrun/cpu',
      message: `cpu "${text}" is not a CPU quantity`,
      fix: 'write a number of vCPUs: "1", "2", "4", "6", "8", or below 1 like "500m"',
    });
    return undefined;
  }
  if (parsed > 1 && !WHOLE_CPUS.includes(parsed)) {
    report(context, {
      path,
      rule: 'cloudrun/cpu',
      message: `cpu "${text}" is not offered by Cloud Run`,
      fix: 'above 1 vCPU, use 2, 4, 6 or 8',
    });
    return undefined;
  }
  return parsed;
}

/** One container's memory limit, reported when it is not a quantity. */
function containerMemory(context: RuleContext, path: SpecPath, text: string | undefined): number | undefined {
  if (text === undefined) return DEFAULT_MEMORY;
  const parsed = parseMemory(text);
  if (parsed !== undefined && parsed > 0) return parsed;
  report(context, {
    path,
    rule: 'cloudrun/memory',
    message: `memory "${text}" is not a memory quantity`,
    fix: 'write it like "256Mi", "512Mi" or "1Gi"',
  });
  return undefined;
}

/** Add up the containers' limits; a sidecar may have less than 1 vCPU (the below-1 rules are the instance's). */
function instanceResources(context: RuleContext): InstanceResources {
  const total: InstanceResources = {
    cpu: 0,
    memory: 0,
    memoryPath: [...TEMPLATE_SPEC, 'containers', 'memory'],
    invalid: false,
  };
  for (const ref of containersOf(context.service)) {
    const limitsPath = [...ref.path, 'resources', 'limits'];
    const limits = asRecord(field(ref.container, 'resources', 'limits'));
    const cpu = containerCpu(context, [...limitsPath, 'cpu'], asString(limits?.['cpu']));
    const memory = containerMemory(context, [...limitsPath, 'memory'], asString(limits?.['memory']));
    if (cpu === undefined || memory === undefined) total.invalid = true;
    if (cpu !== undefined && cpu < 1 && limits?.['cpu'] !== undefined)
      total.fractionalCpuAt = [...limitsPath, 'cpu'];
    total.cpu += cpu ?? 0;
    total.memory += memory ?? 0;
    total.memoryPath = [...(limits ? limitsPath : ref.path), 'memory'];
  }
  return total;
}

/** The instance's memory: at least the execution environment's minimum, and within what its CPU allows. */
function checkMemory(context: RuleContext, total: InstanceResources, generation: string | undefined): void {
  const minimum = generation === 'gen2' ? MIN_MEMORY_GEN2 : MIN_MEMORY_GEN1;
  if (total.memory < minimum) {
    report(context, {
      path: total.memoryPath,
      rule: 'cloudrun/memory',
      message: `memory ${formatBytes(total.memory)} is below Cloud Run's minimum of ${formatBytes(minimum)}${generation === 'gen2' ? ' for the second generation' : ''}`,
      fix:
        generation === 'gen2'
          ? 'set memory to at least 512Mi, or use run.googleapis.com/execution-environment: gen1'
          : 'set memory to at least 128Mi',
    });
  }
  const wholeCpu = WHOLE_CPUS.find((c) => c >= total.cpu) ?? 8;
  const [min = 0, max = 0] =
    total.cpu < 0.5 ? [0, 512 * MiB] : total.cpu < 1 ? [0, GiB] : (MEMORY_FOR_CPU[wholeCpu] ?? []);
  if (total.memory > max || total.memory < min) {
    report(context, {
      path: total.memoryPath,
      rule: 'cloudrun/cpu-memory',
      message: `memory ${formatBytes(total.memory)} does not fit ${total.cpu} vCPU: Cloud Run allows ${min ? `${formatBytes(min)} to ` : 'up to '}${formatBytes(max)}`,
      fix:
        total.memory > max
          ? 'lower the memory or raise the cpu limit'
          : 'raise the memory or lower the cpu limit',
    });
  }
}

/** Below 1 vCPU an instance needs concurrency 1, the first generation and request-based billing. */
function checkFractionalCpu(context: RuleContext, at: SpecPath, generation: string | undefined): void {
  const concurrency =
    asInteger(field(context.service, ...TEMPLATE_SPEC, 'containerConcurrency')) ?? DEFAULT_CONCURRENCY;
  if (concurrency !== 1) {
    report(context, {
      path: [...TEMPLATE_SPEC, 'containerConcurrency'],
      rule: 'cloudrun/cpu-fractional',
      message: `cpu below 1 requires containerConcurrency 1 (it is ${concurrency})`,
      fix: 'set containerConcurrency: 1, or cpu to "1"',
    });
  }
  if (generation === 'gen2') {
    report(context, {
      path: at,
      rule: 'cloudrun/cpu-fractional',
      message: 'cpu below 1 requires the first generation execution environment',
      fix: 'set cpu to "1" or more, or run.googleapis.com/execution-environment: gen1',
    });
  }
  if (templateAnnotation(context.service, 'run.googleapis.com/cpu-throttling') === 'false') {
    report(context, {
      path: [...TEMPLATE_METADATA_ANNOTATIONS, 'run.googleapis.com/cpu-throttling'],
      rule: 'cloudrun/cpu-fractional',
      message: 'cpu below 1 requires request-based billing, but cpu-throttling "false" is instance-based',
      fix: 'remove run.googleapis.com/cpu-throttling (or set it to "true"), or set cpu to "1"',
    });
  }
}

/** CPU and memory values, their combinations, and the minimum for the execution environment. */
export const resources: Rule = (context) => {
  const generation = templateAnnotation(context.service, 'run.googleapis.com/execution-environment');
  const total = instanceResources(context);
  if (total.invalid || total.cpu === 0) return;
  checkMemory(context, total, generation);
  if (total.fractionalCpuAt && total.cpu < 1) checkFractionalCpu(context, total.fractionalCpuAt, generation);
};

const TEMPLATE_METADATA_ANNOTATIONS: SpecPath = ['spec', 'template', 'metadata', 'annotations'];

/** containerConcurrency and timeoutSeconds ranges. */
export const revisionLimits: Rule = (context) => {
  const concurrencyPath = [...TEMPLATE_SPEC, 'containerConcurrency'];
  const concurrency = asInteger(field(context.service, ...concurrencyPath));
  if (concurrency !== undefined && (concurrency < 0 || concurrency > MAX_CONCURRENCY)) {
    report(context, {
      path: concurrencyPath,
      rule: 'cloudrun/concurrency',
      message: `containerConcurrency ${concurrency} is outside 0–${MAX_CONCURRENCY}`,
      fix: `set it to at most ${MAX_CONCURRENCY} (the default is ${DEFAULT_CONCURRENCY})`,
    });
  }
  const timeoutPath = [...TEMPLATE_SPEC, 'timeoutSeconds'];
  const timeout = asInteger(field(context.service, ...timeoutPath));
  if (timeout !== undefined && (timeout < 1 || timeout > MAX_TIMEOUT_SECONDS)) {
    report(context, {
      path: timeoutPath,
      rule: 'cloudrun/timeout',
      message: `timeoutSeconds ${timeout} is outside 1–${MAX_TIMEOUT_SECONDS}`,
      fix: `set it to at most ${MAX_TIMEOUT_SECONDS} (the default is 300)`,
    });
  }
};

/**
 * A GPU needs its accelerator type, instance-based billing, and is attached to one container of the instance
 * (https://cloud.google.com/run/docs/configuring/services/gpu).
 */
export const gpu: Rule = (context) => {
  let holder: ContainerRef | undefined;
  for (const ref of containersOf(context.service)) {
    const gpuPath = [...ref.path, 'resources', 'limits', 'nvidia.com/gpu'];
    if (asString(field(context.service, ...gpuPath)) === undefined) continue;
    if (holder) {
      report(context, {
        path: gpuPath,
        at: 'key',
        rule: 'cloudrun/gpu',
        message: `container ${containerLabel(ref)} asks for a GPU too, but an instance has one GPU, attached to one container (${containerLabel(holder)})`,
        fix: 'keep the GPU limit on one container; the others reach it through that one',
      });
    } else if (templateAnnotation(context.service, 'run.googleapis.com/cpu-throttling') === 'true') {
      report(context, {
        path: [...TEMPLATE_METADATA_ANNOTATIONS, 'run.googleapis.com/cpu-throttling'],
        rule: 'cloudrun/gpu',
        message: 'a GPU needs instance-based billing, but cpu-throttling "true" is request-based',
        fix: 'set run.googleapis.com/cpu-throttling: "false"',
      });
    }
    holder ??= ref;
    const accelerator = asString(
      field(context.service, ...TEMPLATE_SPEC, 'nodeSelector', 'run.googleapis.com/accelerator'),
    );
    if (accelerator === undefined) {
      report(context, {
        path: gpuPath,
        at: 'key',
        rule: 'cloudrun/gpu',
        message: 'a GPU limit needs the accelerator type',
        fix: 'add spec.template.spec.nodeSelector: {run.googleapis.com/accelerator: nvidia-l4}',
      });
    }
  }
};
