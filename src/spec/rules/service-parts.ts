// The parts of a Cloud Run service spec that rules walk — its containers, their env, the template's annotations —
// each with its path in the document, read defensively (rules run even when the schema found errors).
import { asList, asRecord, asString, field } from '../../json.js';
import type { SpecPath } from '../diagnostics.js';

/** A container with its path in the document. */
export interface ContainerRef {
  readonly container: Record<string, unknown>;
  readonly path: SpecPath;
  readonly index: number;
}

export const TEMPLATE_SPEC: SpecPath = ['spec', 'template', 'spec'];

export function containersOf(service: unknown): ContainerRef[] {
  return asList(field(service, ...TEMPLATE_SPEC, 'containers')).flatMap((container, index) => {
    const record = asRecord(container);
    return record ? [{ container: record, path: [...TEMPLATE_SPEC, 'containers', index], index }] : [];
  });
}

/**
 * The ingress container — the one Cloud Run sends requests to, and the only one it gives `PORT`: the container when
 * there is one, else the one that declares a port (undefined when that is not exactly one).
 */
export function ingressContainer(refs: readonly ContainerRef[]): ContainerRef | undefined {
  if (refs.length === 1) return refs[0];
  const withPorts = refs.filter((ref) => asList(ref.container['ports']).length > 0);
  return withPorts.length === 1 ? withPorts[0] : undefined;
}

/** An env entry of a container, with its path. */
export interface EnvRef {
  readonly name: string;
  readonly entry: Record<string, unknown>;
  readonly path: SpecPath;
}

export function envOf(container: ContainerRef): EnvRef[] {
  return asList(container.container['env']).flatMap((entry, i) => {
    const record = asRecord(entry);
    const name = asString(record?.['name']);
    return record && name !== undefined ? [{ name, entry: record, path: [...container.path, 'env', i] }] : [];
  });
}

/** The last env entry with this name (the one that wins). */
export function envNamed(container: ContainerRef, name: string): EnvRef | undefined {
  return envOf(container).findLast((e) => e.name === name);
}

/** The revision template's annotation, if set. */
export function templateAnnotation(service: unknown, name: string): string | undefined {
  return asString(field(service, 'spec', 'template', 'metadata', 'annotations', name));
}

/** How a container is named in messages: its name, or its index when it has none. */
export function containerLabel(ref: ContainerRef): string {
  return asString(ref.container['name']) ?? String(ref.index);
}
