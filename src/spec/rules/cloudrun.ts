import type { SpecPath } from '../diagnostics.js';
import type { ContainerRef, Rule, RuleContext } from './context.js';
import {
  asInteger,
  asList,
  asRecord,
  asString,
  containersOf,
  envOf,
  field,
  isDeferred,
  isDnsLabel,
  report,
  ingressContainer,
  TEMPLATE_SPEC,
  templateAnnotation,
} from './context.js';
import { annotations } from './annotations.js';
import { containerDependencies } from './container-dependencies.js';
import { image } from './image.js';
import { formatBytes, GiB, MiB, parseCpu, parseMemory } from './quantity.js';

// Limits are Cloud Run's documented ones (see ../shared/FACTS.md, "Cloud Run (services)").
const MAX_CONCURRENCY = 1000;
const DEFAULT_CONCURRENCY = 80;
const MAX_TIMEOUT_SECONDS = 3600;
const MAX_SERVICE_NAME = 49;
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
const RESERVED_ENV = ['PORT', 'K_SERVICE', 'K_REVISION', 'K_CONFIGURATION'];
const MAX_STARTUP_PERIOD = 240;

/** Service and revision names, and the revision name's `{service}-` prefix. */
const names: Rule = (context) => {
  const service = context.service;
  const name = asString(field(service, 'metadata', 'name'));
  const namePath = ['metadata', 'name'];
  if (name !== undefined && !isDeferred(context, namePath) && !isDnsLabel(name, MAX_SERVICE_NAME)) {
    report(
      context,
      namePath,
      'value',
      'error',
      'cloudrun/service-name',
      `service name "${name}" is not valid for Cloud Run`,
      `use lowercase letters, digits and hyphens, starting with a letter, not ending with a hyphen, at most ${MAX_SERVICE_NAME} characters`,
    );
  }
  const revisionPath = ['spec', 'template', 'metadata', 'name'];
  const revision = asString(field(service, ...revisionPath));
  if (revision === undefined || isDeferred(context, revisionPath)) return;
  if (!isDnsLabel(revision)) {
    report(
      context,
      revisionPath,
      'value',
      'error',
      'cloudrun/revision-name',
      `revision name "${revision}" is not a DNS label`,
      'use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters',
    );
  } else if (name !== undefined && !isDeferred(context, namePath) && !revision.startsWith(`${name}-`)) {
    report(
      context,
      revisionPath,
      'value',
      'error',
      'cloudrun/revision-name',
      `revision name "${revision}" does not start with the service name "${name}-"`,
      `name it ${name}-SUFFIX, e.g. ${name}-\${REVISION}`,
    );
  }
};

interface Resources {
  cpu: number;
  memory: number;
}

/** CPU and memory values, their combinations, and the minimum for the execution environment. */
const resources: Rule = (context) => {
  const generation = templateAnnotation(context.service, 'run.googleapis.com/execution-environment');
  const total: Resources = { cpu: 0, memory: 0 };
  let fractionalCpuAt: SpecPath | undefined;
  let anyInvalid = false;
  let lastLimitsPath: SpecPath = [...TEMPLATE_SPEC, 'containers'];
  for (const ref of containersOf(context.service)) {
    const limitsPath = [...ref.path, 'resources', 'limits'];
    const limits = asRecord(field(ref.container, 'resources', 'limits'));
    const cpuText = asString(limits?.['cpu']);
    const memoryText = asString(limits?.['memory']);
    let cpu = DEFAULT_CPU;
    let memory = DEFAULT_MEMORY;
    if (cpuText !== undefined) {
      const parsed = parseCpu(cpuText);
      if (parsed === undefined || parsed <= 0) {
        anyInvalid = true;
        report(
          context,
          [...limitsPath, 'cpu'],
          'value',
          'error',
          'cloudrun/cpu',
          `cpu "${cpuText}" is not a CPU quantity`,
          'write a number of vCPUs: "1", "2", "4", "6", "8", or below 1 like "500m"',
        );
      } else if (parsed > 1 && !WHOLE_CPUS.includes(parsed)) {
        anyInvalid = true;
        report(
          context,
          [...limitsPath, 'cpu'],
          'value',
          'error',
          'cloudrun/cpu',
          `cpu "${cpuText}" is not offered by Cloud Run`,
          'above 1 vCPU, use 2, 4, 6 or 8',
        );
      } else {
        cpu = parsed;
        // A sidecar may have less than 1 vCPU: the below-1 rules are the instance's, checked on the total.
        if (parsed < 1) fractionalCpuAt = [...limitsPath, 'cpu'];
      }
    }
    if (memoryText !== undefined) {
      const parsed = parseMemory(memoryText);
      if (parsed === undefined || parsed <= 0) {
        anyInvalid = true;
        report(
          context,
          [...limitsPath, 'memory'],
          'value',
          'error',
          'cloudrun/memory',
          `memory "${memoryText}" is not a memory quantity`,
          'write it like "256Mi", "512Mi" or "1Gi"',
        );
      } else {
        memory = parsed;
      }
    }
    total.cpu += cpu;
    total.memory += memory;
    lastLimitsPath = limits ? limitsPath : ref.path;
  }
  if (anyInvalid || total.cpu === 0) return;
  const memoryPath = [...lastLimitsPath, 'memory'];
  const minimum = generation === 'gen2' ? MIN_MEMORY_GEN2 : MIN_MEMORY_GEN1;
  if (total.memory < minimum) {
    report(
      context,
      memoryPath,
      'value',
      'error',
      'cloudrun/memory',
      `memory ${formatBytes(total.memory)} is below Cloud Run's minimum of ${formatBytes(minimum)}${generation === 'gen2' ? ' for the second generation' : ''}`,
      generation === 'gen2'
        ? 'set memory to at least 512Mi, or use run.googleapis.com/execution-environment: gen1'
        : 'set memory to at least 128Mi',
    );
  }
  const wholeCpu = WHOLE_CPUS.find((c) => c >= total.cpu) ?? 8;
  const [min = 0, max = 0] =
    total.cpu < 0.5 ? [0, 512 * MiB] : total.cpu < 1 ? [0, GiB] : (MEMORY_FOR_CPU[wholeCpu] ?? []);
  if (total.memory > max || total.memory < min) {
    report(
      context,
      memoryPath,
      'value',
      'error',
      'cloudrun/cpu-memory',
      `memory ${formatBytes(total.memory)} does not fit ${total.cpu} vCPU: Cloud Run allows ${min ? `${formatBytes(min)} to ` : 'up to '}${formatBytes(max)}`,
      total.memory > max
        ? 'lower the memory or raise the cpu limit'
        : 'raise the memory or lower the cpu limit',
    );
  }
  if (fractionalCpuAt && total.cpu < 1) {
    const concurrency =
      asInteger(field(context.service, ...TEMPLATE_SPEC, 'containerConcurrency')) ?? DEFAULT_CONCURRENCY;
    if (concurrency !== 1) {
      report(
        context,
        [...TEMPLATE_SPEC, 'containerConcurrency'],
        'value',
        'error',
        'cloudrun/cpu-fractional',
        `cpu below 1 requires containerConcurrency 1 (it is ${concurrency})`,
        'set containerConcurrency: 1, or cpu to "1"',
      );
    }
    if (generation === 'gen2') {
      report(
        context,
        fractionalCpuAt,
        'value',
        'error',
        'cloudrun/cpu-fractional',
        'cpu below 1 requires the first generation execution environment',
        'set cpu to "1" or more, or run.googleapis.com/execution-environment: gen1',
      );
    }
    if (templateAnnotation(context.service, 'run.googleapis.com/cpu-throttling') === 'false') {
      report(
        context,
        [...TEMPLATE_METADATA_ANNOTATIONS, 'run.googleapis.com/cpu-throttling'],
        'value',
        'error',
        'cloudrun/cpu-fractional',
        'cpu below 1 requires request-based billing, but cpu-throttling "false" is instance-based',
        'remove run.googleapis.com/cpu-throttling (or set it to "true"), or set cpu to "1"',
      );
    }
  }
};

const TEMPLATE_METADATA_ANNOTATIONS: SpecPath = ['spec', 'template', 'metadata', 'annotations'];

/** containerConcurrency and timeoutSeconds ranges. */
const revisionLimits: Rule = (context) => {
  const concurrencyPath = [...TEMPLATE_SPEC, 'containerConcurrency'];
  const concurrency = asInteger(field(context.service, ...concurrencyPath));
  if (concurrency !== undefined && (concurrency < 0 || concurrency > MAX_CONCURRENCY)) {
    report(
      context,
      concurrencyPath,
      'value',
      'error',
      'cloudrun/concurrency',
      `containerConcurrency ${concurrency} is outside 0–${MAX_CONCURRENCY}`,
      `set it to at most ${MAX_CONCURRENCY} (the default is ${DEFAULT_CONCURRENCY})`,
    );
  }
  const timeoutPath = [...TEMPLATE_SPEC, 'timeoutSeconds'];
  const timeout = asInteger(field(context.service, ...timeoutPath));
  if (timeout !== undefined && (timeout < 1 || timeout > MAX_TIMEOUT_SECONDS)) {
    report(
      context,
      timeoutPath,
      'value',
      'error',
      'cloudrun/timeout',
      `timeoutSeconds ${timeout} is outside 1–${MAX_TIMEOUT_SECONDS}`,
      `set it to at most ${MAX_TIMEOUT_SECONDS} (the default is 300)`,
    );
  }
};

/** Exactly one container receives requests; ports are named http1 or h2c; names are unique. */
const containers: Rule = (context) => {
  const refs = containersOf(context.service);
  const containersPath = [...TEMPLATE_SPEC, 'containers'];
  if (refs.length === 0) {
    report(
      context,
      containersPath,
      'key',
      'error',
      'cloudrun/ingress-container',
      'the revision has no container',
      'add one container with the PostgREST image',
    );
    return;
  }
  const withPorts = refs.filter((ref) => asList(ref.container['ports']).length > 0);
  if (refs.length > 1 && withPorts.length !== 1) {
    report(
      context,
      withPorts[1] ? [...withPorts[1].path, 'ports', 0] : containersPath,
      withPorts[1] ? 'value' : 'key',
      'error',
      'cloudrun/ingress-container',
      `exactly one container must declare a port (the one that receives requests); ${withPorts.length} do`,
      'declare ports on the PostgREST container only',
    );
  }
  const seen = new Map<string, number>();
  for (const ref of refs) {
    // An unnamed container is fine: Cloud Run names it itself.
    const name = asString(ref.container['name']);
    if (name !== undefined) {
      if (seen.has(name))
        report(
          context,
          [...ref.path, 'name'],
          'value',
          'error',
          'cloudrun/container-name',
          `container name "${name}" is used twice`,
          'give each container its own name',
        );
      seen.set(name, ref.index);
    }
    const ports = asList(ref.container['ports']);
    if (ports.length > 1) {
      report(
        context,
        [...ref.path, 'ports', 1],
        'value',
        'error',
        'cloudrun/ingress-container',
        'a Cloud Run container can declare only one port',
        'keep one port entry',
      );
    }
    ports.forEach((port, i) => {
      const portPath = [...ref.path, 'ports', i];
      // The port's name (http1 or h2c) is the schema's: an enum editors check too.
      const number = asInteger(field(port, 'containerPort'));
      if (number !== undefined && (number < 1 || number > 65535)) {
        report(
          context,
          [...portPath, 'containerPort'],
          'value',
          'error',
          'cloudrun/port',
          `containerPort ${number} is outside 1–65535`,
          'use the port PostgREST listens on (3000 by default)',
        );
      }
    });
  }
};

/** Env names unique, each with one source, none reserved by Cloud Run. */
const env: Rule = (context) => {
  const refs = containersOf(context.service);
  const ingress = ingressContainer(refs);
  for (const ref of refs) {
    const seen = new Map<string, boolean>();
    for (const entry of envOf(ref)) {
      const fromSecret = asRecord(asRecord(entry.entry['valueFrom'])?.['secretKeyRef']) !== undefined;
      const before = seen.get(entry.name);
      if (before !== undefined) {
        // Cloud Run takes the last of several plain values; a name that references a secret must be unique.
        const secret = fromSecret || before;
        report(
          context,
          [...entry.path, 'name'],
          'value',
          secret ? 'error' : 'warning',
          'cloudrun/env-unique',
          secret
            ? `env ${entry.name} is set twice in container ${containerLabel(ref)}, and references a secret: Cloud Run rejects that`
            : `env ${entry.name} is set twice in container ${containerLabel(ref)}: the container gets the last value only`,
          secret ? 'keep one entry' : 'keep one entry, so the file says what runs',
        );
      }
      seen.set(entry.name, (before ?? false) || fromSecret);
      // PORT is Cloud Run's in the ingress container only; in a sidecar it is an ordinary variable.
      const reserved =
        RESERVED_ENV.includes(entry.name) &&
        (entry.name !== 'PORT' || ref.index === ingress?.index || !ingress);
      if (reserved) {
        report(
          context,
          [...entry.path, 'name'],
          'value',
          'error',
          'cloudrun/env-reserved',
          `env ${entry.name} is reserved: Cloud Run sets it itself`,
          entry.name === 'PORT' ? 'remove it and set ports[0].containerPort instead' : 'remove it',
        );
      }
      const hasValue = 'value' in entry.entry;
      const source = asRecord(entry.entry['valueFrom']);
      if (hasValue && source) {
        report(
          context,
          [...entry.path, 'valueFrom'],
          'key',
          'error',
          'cloudrun/env-source',
          `env ${entry.name} has both value and valueFrom`,
          'keep one of them',
        );
      }
      if (source) {
        const secret = asRecord(source['secretKeyRef']);
        if (!secret) {
          report(
            context,
            [...entry.path, 'valueFrom'],
            'key',
            'error',
            'cloudrun/env-source',
            `env ${entry.name}: Cloud Run takes values only from secretKeyRef`,
            'use valueFrom.secretKeyRef with name (the secret) and key (its version)',
          );
        } else {
          for (const key of ['name', 'key'] as const) {
            if (asString(secret[key]) === undefined) {
              report(
                context,
                [...entry.path, 'valueFrom', 'secretKeyRef'],
                'key',
                'error',
                'cloudrun/env-source',
                `env ${entry.name}: secretKeyRef needs ${key}`,
                key === 'name'
                  ? 'set name to the Secret Manager secret'
                  : 'set key to a version number or latest',
              );
            }
          }
        }
      }
    }
  }
};

/** Volumes unique, each with one supported source; every mount names a declared volume at its own path. */
const volumes: Rule = (context) => {
  const volumesPath = [...TEMPLATE_SPEC, 'volumes'];
  const declared = new Set<string>();
  asList(field(context.service, ...volumesPath)).forEach((volume, i) => {
    const path = [...volumesPath, i];
    const name = asString(field(volume, 'name'));
    if (name !== undefined) {
      if (declared.has(name))
        report(
          context,
          [...path, 'name'],
          'value',
          'error',
          'cloudrun/volume-unique',
          `volume name "${name}" is declared twice`,
          'give each volume its own name',
        );
      declared.add(name);
    }
    const sources = ['secret', 'emptyDir', 'csi', 'nfs', 'configMap'].filter(
      (s) => s in (asRecord(volume) ?? {}),
    );
    if (sources.length !== 1) {
      report(
        context,
        sources[1] ? [...path, sources[1]] : path,
        sources[1] ? 'key' : 'value',
        'error',
        'cloudrun/volume-source',
        `volume "${name ?? i}" must have exactly one of secret, emptyDir, csi, nfs (it has ${sources.length ? sources.join(', ') : 'none'})`,
        'keep one source',
      );
    } else if (sources[0] === 'secret' && asString(field(volume, 'secret', 'secretName')) === undefined) {
      report(
        context,
        [...path, 'secret'],
        'key',
        'error',
        'cloudrun/volume-source',
        `secret volume "${name ?? i}" has no secretName`,
        'set secretName to the Secret Manager secret',
      );
    }
  });
  for (const ref of containersOf(context.service)) {
    const mountPaths = new Set<string>();
    asList(ref.container['volumeMounts']).forEach((mount, i) => {
      const path = [...ref.path, 'volumeMounts', i];
      const name = asString(field(mount, 'name'));
      if (name !== undefined && !declared.has(name)) {
        report(
          context,
          [...path, 'name'],
          'value',
          'error',
          'cloudrun/volume-mount',
          `volumeMount names volume "${name}", which is not declared`,
          `declare it under spec.template.spec.volumes${declared.size ? ` or use one of ${[...declared].map((d) => `"${d}"`).join(', ')}` : ''}`,
        );
      }
      const mountPath = asString(field(mount, 'mountPath'));
      if (mountPath === undefined) return;
      if (!mountPath.startsWith('/')) {
        report(
          context,
          [...path, 'mountPath'],
          'value',
          'error',
          'cloudrun/volume-mount',
          `mountPath "${mountPath}" is not absolute`,
          'start it with /',
        );
      }
      const normalized = mountPath.replace(/\/+$/, '');
      if (mountPaths.has(normalized)) {
        report(
          context,
          [...path, 'mountPath'],
          'value',
          'error',
          'cloudrun/volume-mount',
          `two volumes are mounted at ${mountPath} in container ${containerLabel(ref)}`,
          'mount each volume at its own directory',
        );
      }
      mountPaths.add(normalized);
    });
  }
};

/** Probe handlers, ports and timings within Cloud Run's limits. */
const probes: Rule = (context) => {
  for (const ref of containersOf(context.service)) {
    for (const kind of ['startupProbe', 'livenessProbe'] as const) {
      const probe = asRecord(ref.container[kind]);
      if (!probe) continue;
      const path = [...ref.path, kind];
      const handlers = ['httpGet', 'tcpSocket', 'grpc'].filter((h) => h in probe);
      if (handlers.length !== 1) {
        report(
          context,
          path,
          'key',
          'error',
          'cloudrun/probe',
          `${kind} must have exactly one of httpGet, tcpSocket, grpc (it has ${handlers.length ? handlers.join(', ') : 'none'})`,
          'keep one handler',
        );
      }
      if (kind === 'livenessProbe' && 'tcpSocket' in probe) {
        report(
          context,
          [...path, 'tcpSocket'],
          'key',
          'error',
          'cloudrun/probe',
          'Cloud Run liveness probes cannot use tcpSocket',
          'use httpGet (for PostgREST: /live on the admin port) or grpc',
        );
      }
      for (const handler of handlers) {
        const port = asInteger(field(probe, handler, 'port'));
        if (port !== undefined && (port < 1 || port > 65535)) {
          report(
            context,
            [...path, handler, 'port'],
            'value',
            'error',
            'cloudrun/probe',
            `${kind} port ${port} is outside 1–65535`,
            'use the port the check is served on',
          );
        }
      }
      const period = asInteger(probe['periodSeconds']) ?? 10;
      const timeout = asInteger(probe['timeoutSeconds']) ?? 1;
      if (kind === 'startupProbe' && period > MAX_STARTUP_PERIOD) {
        report(
          context,
          [...path, 'periodSeconds'],
          'value',
          'error',
          'cloudrun/probe',
          `startupProbe periodSeconds ${period} exceeds ${MAX_STARTUP_PERIOD}`,
          `set it to at most ${MAX_STARTUP_PERIOD}`,
        );
      }
      if (timeout > period) {
        report(
          context,
          [...path, 'timeoutSeconds'],
          'value',
          'error',
          'cloudrun/probe',
          `${kind} timeoutSeconds ${timeout} exceeds periodSeconds ${period}`,
          'make timeoutSeconds at most periodSeconds',
        );
      }
      for (const timing of ['periodSeconds', 'timeoutSeconds', 'failureThreshold'] as const) {
        const value = asInteger(probe[timing]);
        if (value !== undefined && value < 1)
          report(
            context,
            [...path, timing],
            'value',
            'error',
            'cloudrun/probe',
            `${kind} ${timing} ${value} must be at least 1`,
            'use a positive number',
          );
      }
      const initialDelay = asInteger(probe['initialDelaySeconds']);
      if (initialDelay !== undefined && (initialDelay < 0 || initialDelay > 240)) {
        report(
          context,
          [...path, 'initialDelaySeconds'],
          'value',
          'error',
          'cloudrun/probe',
          `${kind} initialDelaySeconds ${initialDelay} is outside 0–240`,
          'use at most 240',
        );
      }
    }
  }
};

/** Traffic targets: one target each, percents summing to 100, tags valid and unique. */
const traffic: Rule = (context) => {
  const targets = asList(field(context.service, 'spec', 'traffic'));
  if (targets.length === 0) return;
  let sum = 0;
  let anyPercent = false;
  const tags = new Set<string>();
  for (const [i, target] of targets.entries()) {
    const path = ['spec', 'traffic', i];
    const revision = asString(field(target, 'revisionName'));
    const latest = field(target, 'latestRevision') === true;
    if ((revision === undefined) === !latest) {
      report(
        context,
        path,
        'value',
        'error',
        'cloudrun/traffic',
        `traffic target ${i} must name exactly one of revisionName or latestRevision: true`,
        revision === undefined
          ? 'add revisionName, or latestRevision: true'
          : 'remove latestRevision, or revisionName',
      );
    }
    const percent = asInteger(field(target, 'percent'));
    if (percent !== undefined) {
      anyPercent = true;
      sum += percent;
      if (percent < 0 || percent > 100)
        report(
          context,
          [...path, 'percent'],
          'value',
          'error',
          'cloudrun/traffic',
          `percent ${percent} is outside 0–100`,
          'use 0 to 100',
        );
    }
    const tagPath = [...path, 'tag'];
    const tag = asString(field(target, 'tag'));
    if (tag !== undefined && !isDeferred(context, tagPath)) {
      if (!isDnsLabel(tag)) {
        report(
          context,
          tagPath,
          'value',
          'error',
          'cloudrun/tag',
          `tag "${tag}" is not a DNS label`,
          'use lowercase letters, digits and hyphens, starting with a letter (e.g. pr-123)',
        );
      }
      if (tags.has(tag))
        report(
          context,
          tagPath,
          'value',
          'error',
          'cloudrun/tag',
          `tag "${tag}" is used twice`,
          'give each target its own tag',
        );
      tags.add(tag);
    }
  }
  if (anyPercent && sum !== 100) {
    report(
      context,
      ['spec', 'traffic'],
      'key',
      'error',
      'cloudrun/traffic-percent',
      `traffic percents sum to ${sum}, not 100`,
      'make the percents add up to 100',
    );
  }
};

/**
 * A GPU needs its accelerator type, instance-based billing, and is attached to one container of the instance
 * (https://cloud.google.com/run/docs/configuring/services/gpu).
 */
const gpu: Rule = (context) => {
  let holder: ContainerRef | undefined;
  for (const ref of containersOf(context.service)) {
    const gpuPath = [...ref.path, 'resources', 'limits', 'nvidia.com/gpu'];
    if (asString(field(context.service, ...gpuPath)) === undefined) continue;
    if (holder) {
      report(
        context,
        gpuPath,
        'key',
        'error',
        'cloudrun/gpu',
        `container ${containerLabel(ref)} asks for a GPU too, but an instance has one GPU, attached to one container (${containerLabel(holder)})`,
        'keep the GPU limit on one container; the others reach it through that one',
      );
    } else if (templateAnnotation(context.service, 'run.googleapis.com/cpu-throttling') === 'true') {
      report(
        context,
        [...TEMPLATE_METADATA_ANNOTATIONS, 'run.googleapis.com/cpu-throttling'],
        'value',
        'error',
        'cloudrun/gpu',
        'a GPU needs instance-based billing, but cpu-throttling "true" is request-based',
        'set run.googleapis.com/cpu-throttling: "false"',
      );
    }
    holder ??= ref;
    const accelerator = asString(
      field(context.service, ...TEMPLATE_SPEC, 'nodeSelector', 'run.googleapis.com/accelerator'),
    );
    if (accelerator === undefined) {
      report(
        context,
        gpuPath,
        'key',
        'error',
        'cloudrun/gpu',
        'a GPU limit needs the accelerator type',
        'add spec.template.spec.nodeSelector: {run.googleapis.com/accelerator: nvidia-l4}',
      );
    }
  }
};

/**
 * Fields gcloud parses but Cloud Run marks "Not supported by Cloud Run" in its Admin API v1 reference
 * (https://cloud.google.com/run/docs/reference/rest/v1/Container, .../v1/Volume): reported so nothing surprises at
 * deploy. (readinessProbe is documented for services now, in preview.)
 */
const unsupported: Rule = (context) => {
  const warn = (path: SpecPath, what: string): void => {
    report(
      context,
      path,
      'key',
      'warning',
      'cloudrun/unsupported',
      `${what} is not documented for Cloud Run services and may be rejected at deploy`,
      'remove it',
    );
  };
  const spec = asRecord(field(context.service, ...TEMPLATE_SPEC));
  for (const key of ['imagePullSecrets', 'enableServiceLinks', 'runtimeClassName']) {
    if (spec && key in spec) warn([...TEMPLATE_SPEC, key], key);
  }
  for (const ref of containersOf(context.service)) {
    // readinessProbe is documented for services (preview): https://cloud.google.com/run/docs/configuring/healthchecks
    for (const key of [
      'envFrom',
      'imagePullPolicy',
      'terminationMessagePath',
      'terminationMessagePolicy',
      'securityContext',
    ]) {
      if (key in ref.container) warn([...ref.path, key], key);
    }
  }
  asList(field(context.service, ...TEMPLATE_SPEC, 'volumes')).forEach((volume, i) => {
    if ('configMap' in (asRecord(volume) ?? {}))
      warn([...TEMPLATE_SPEC, 'volumes', i, 'configMap'], 'a configMap volume');
  });
  if ('status' in (asRecord(context.service) ?? {})) {
    report(
      context,
      ['status'],
      'key',
      'warning',
      'spec/status-ignored',
      'status is output only: it is ignored and not sent',
      'remove it from the spec',
    );
  }
};

function containerLabel(ref: ContainerRef): string {
  return asString(ref.container['name']) ?? String(ref.index);
}

/** Cloud Run's value rules, in the order they are reported. */
export const CLOUD_RUN_RULES: readonly Rule[] = [
  names,
  resources,
  revisionLimits,
  containers,
  env,
  volumes,
  probes,
  traffic,
  annotations,
  containerDependencies,
  image,
  gpu,
  unsupported,
];

export type { RuleContext };
