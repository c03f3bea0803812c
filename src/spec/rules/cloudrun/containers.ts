// The containers of a revision: exactly one receives requests, names are unique, env is well formed and leaves
// Cloud Run's own variables alone.
import { asInteger, asList, asRecord, asString, field } from '../../../json.js';
import type { Rule, RuleContext } from '../rule.js';
import type { ContainerRef, EnvRef } from '../service-parts.js';
import { report } from '../rule.js';
import { containerLabel, containersOf, envOf, ingressContainer, TEMPLATE_SPEC } from '../service-parts.js';

const RESERVED_ENV = ['PORT', 'K_SERVICE', 'K_REVISION', 'K_CONFIGURATION'];

/** One container: a name no other has, at most one port, a port number Cloud Run accepts. */
function checkContainer(context: RuleContext, ref: ContainerRef, seen: Set<string>): void {
  // An unnamed container is fine: Cloud Run names it itself.
  const name = asString(ref.container['name']);
  if (name !== undefined) {
    if (seen.has(name))
      report(context, {
        path: [...ref.path, 'name'],
        rule: 'cloudrun/container-name',
        message: `container name "${name}" is used twice`,
        fix: 'give each container its own name',
      });
    seen.add(name);
  }
  const ports = asList(ref.container['ports']);
  if (ports.length > 1) {
    report(context, {
      path: [...ref.path, 'ports', 1],
      rule: 'cloudrun/ingress-container',
      message: 'a Cloud Run container can declare only one port',
      fix: 'keep one port entry',
    });
  }
  ports.forEach((port, i) => {
    const portPath = [...ref.path, 'ports', i];
    // The port's name (http1 or h2c) is the schema's: an enum editors check too.
    const number = asInteger(field(port, 'containerPort'));
    if (number !== undefined && (number < 1 || number > 65535)) {
      report(context, {
        path: [...portPath, 'containerPort'],
        rule: 'cloudrun/port',
        message: `containerPort ${number} is outside 1–65535`,
        fix: 'use the port PostgREST listens on (3000 by default)',
      });
    }
  });
}

/** Exactly one container receives requests; ports are named http1 or h2c; names are unique. */
export const containers: Rule = (context) => {
  const refs = containersOf(context.service);
  const containersPath = [...TEMPLATE_SPEC, 'containers'];
  if (refs.length === 0) {
    report(context, {
      path: containersPath,
      at: 'key',
      rule: 'cloudrun/ingress-container',
      message: 'the revision has no container',
      fix: 'add one container with the PostgREST image',
    });
    return;
  }
  const withPorts = refs.filter((ref) => asList(ref.container['ports']).length > 0);
  if (refs.length > 1 && withPorts.length !== 1) {
    report(context, {
      path: withPorts[1] ? [...withPorts[1].path, 'ports', 0] : containersPath,
      at: withPorts[1] ? 'value' : 'key',
      rule: 'cloudrun/ingress-container',
      message: `exactly one container must declare a port (the one that receives requests); ${withPorts.length} do`,
      fix: 'declare ports on the PostgREST container only',
    });
  }
  const seen = new Set<string>();
  for (const ref of refs) checkContainer(context, ref, seen);
};

/** One env entry: its name set once (a secret's) and not reserved; a value or a secret, never both. */
function checkEnvEntry(
  context: RuleContext,
  ref: ContainerRef,
  entry: EnvRef,
  scope: { readonly seen: Map<string, boolean>; readonly ingress: ContainerRef | undefined },
): void {
  const { seen, ingress } = scope;
  const fromSecret = asRecord(asRecord(entry.entry['valueFrom'])?.['secretKeyRef']) !== undefined;
  const before = seen.get(entry.name);
  if (before !== undefined) {
    // Cloud Run takes the last of several plain values; a name that references a secret must be unique.
    const secret = fromSecret || before;
    report(context, {
      path: [...entry.path, 'name'],
      severity: secret ? 'error' : 'warning',
      rule: 'cloudrun/env-unique',
      message: secret
        ? `env ${entry.name} is set twice in container ${containerLabel(ref)}, and references a secret: Cloud Run rejects that`
        : `env ${entry.name} is set twice in container ${containerLabel(ref)}: the container gets the last value only`,
      fix: secret ? 'keep one entry' : 'keep one entry, so the file says what runs',
    });
  }
  seen.set(entry.name, (before ?? false) || fromSecret);
  // PORT is Cloud Run's in the ingress container only; in a sidecar it is an ordinary variable.
  const reserved =
    RESERVED_ENV.includes(entry.name) && (entry.name !== 'PORT' || ref.index === ingress?.index || !ingress);
  if (reserved) {
    report(context, {
      path: [...entry.path, 'name'],
      rule: 'cloudrun/env-reserved',
      message: `env ${entry.name} is reserved: Cloud Run sets it itself`,
      fix: entry.name === 'PORT' ? 'remove it and set ports[0].containerPort instead' : 'remove it',
    });
  }
  checkEnvSource(context, entry);
}

/** Where an env value comes from: a plain value, or a secret (name and version), never both. */
function checkEnvSource(context: RuleContext, entry: EnvRef): void {
  const hasValue = 'value' in entry.entry;
  const source = asRecord(entry.entry['valueFrom']);
  if (hasValue && source) {
    report(context, {
      path: [...entry.path, 'valueFrom'],
      at: 'key',
      rule: 'cloudrun/env-source',
      message: `env ${entry.name} has both value and valueFrom`,
      fix: 'keep one of them',
    });
  }
  if (source) {
    const secret = asRecord(source['secretKeyRef']);
    if (!secret) {
      report(context, {
        path: [...entry.path, 'valueFrom'],
        at: 'key',
        rule: 'cloudrun/env-source',
        message: `env ${entry.name}: Cloud Run takes values only from secretKeyRef`,
        fix: 'use valueFrom.secretKeyRef with name (the secret) and key (its version)',
      });
    } else {
      for (const key of ['name', 'key'] as const) {
        if (asString(secret[key]) === undefined) {
          report(context, {
            path: [...entry.path, 'valueFrom', 'secretKeyRef'],
            at: 'key',
            rule: 'cloudrun/env-source',
            message: `env ${entry.name}: secretKeyRef needs ${key}`,
            fix:
              key === 'name'
                ? 'set name to the Secret Manager secret'
                : 'set key to a version number or latest',
          });
        }
      }
    }
  }
}

/** Env names unique, each with one source, none reserved by Cloud Run. */
export const env: Rule = (context) => {
  const refs = containersOf(context.service);
  const ingress = ingressContainer(refs);
  for (const ref of refs) {
    const seen = new Map<string, boolean>();
    for (const entry of envOf(ref)) checkEnvEntry(context, ref, entry, { seen, ingress });
  }
};
