// A preview runs a pull request's spec under production's service: the same runtime identity, the same project, the
// same secrets. So a preview may not widen what runs under that identity: it keeps production's service account,
// adds or changes no secret reference, and runs only the image this run built or pinned (or images production
// already runs) — unless the workflow says so explicitly (input `preview_allow`). Pure: two templates in, problems out.
import type { Resource } from './api.js';
import { asString as text, recordOf as record } from '../json.js';

/** What `preview_allow` can permit. */
export const PREVIEW_ALLOWANCES = ['service-account', 'secrets', 'images'] as const;
export type PreviewAllowance = (typeof PREVIEW_ALLOWANCES)[number];

export interface PreviewPolicy {
  readonly allow: ReadonlySet<PreviewAllowance>;
  /** The image this run built or pinned: the one a preview's PostgREST container must run. */
  readonly image?: string;
}

const list = (value: unknown): Resource[] => (Array.isArray(value) ? (value as unknown[]).map(record) : []);

function containersOf(template: Resource): { label: string; container: Resource }[] {
  return list(record(template['spec'])['containers']).map((container, index) => ({
    label: `containers[${text(container['name']) ?? String(index)}]`,
    container,
  }));
}

/** Every secret reference of a template, by where it is: env `secretKeyRef`s and secret volumes. */
function secretReferences(template: Resource): Map<string, string> {
  const references = new Map<string, string>();
  for (const { label, container } of containersOf(template)) {
    for (const env of list(container['env'])) {
      const ref = record(record(env['valueFrom'])['secretKeyRef']);
      const name = text(ref['name']);
      if (name) {
        references.set(
          `spec.template.spec.${label}.env[${text(env['name']) ?? '?'}].valueFrom.secretKeyRef`,
          `${name}:${text(ref['key']) ?? 'latest'}`,
        );
      }
    }
  }
  for (const volume of list(record(template['spec'])['volumes'])) {
    const secret = record(volume['secret']);
    const name = text(secret['secretName']);
    if (!name) continue;
    const items = list(secret['items'])
      .map((item) => `${text(item['key']) ?? 'latest'}→${text(item['path']) ?? '?'}`)
      .sort()
      .join(', ');
    references.set(
      `spec.template.spec.volumes[${text(volume['name']) ?? '?'}].secret`,
      `${name}${items ? ` (${items})` : ''}`,
    );
  }
  return references;
}

/**
 * What `preview`'s template would widen compared with `production` — the templates of the revisions serving
 * production's traffic (several during a split; what any of them has, the preview may have) —: one sentence per
 * problem, naming the field and the `preview_allow` value that permits it. Empty: the preview may run.
 */
export function previewWidenings(
  production: readonly Resource[],
  preview: Resource,
  policy: PreviewPolicy,
): string[] {
  const problems: string[] = [];
  const allowHint = (allowance: PreviewAllowance) =>
    `if the pull request is trusted with that, set input \`preview_allow: ${allowance}\``;
  const identity = (template: Resource) => text(record(template['spec'])['serviceAccountName']);
  const describeIdentity = (account: string | undefined) =>
    account ? `"${account}"` : 'the default compute account';

  if (!policy.allow.has('service-account')) {
    const ours = new Set(production.map(identity));
    const theirs = identity(preview);
    if (!ours.has(theirs)) {
      problems.push(
        `spec.template.spec.serviceAccountName is ${theirs ? `"${theirs}"` : 'unset (the default compute account)'}, but production runs as ${[...ours].map(describeIdentity).join(' and ')}: a preview keeps production's identity; ${allowHint('service-account')}`,
      );
    }
  }

  if (!policy.allow.has('secrets')) {
    const ours = new Map<string, Set<string>>();
    for (const template of production) {
      for (const [where, reference] of secretReferences(template)) {
        ours.set(where, (ours.get(where) ?? new Set()).add(reference));
      }
    }
    for (const [where, reference] of secretReferences(preview)) {
      const before = ours.get(where);
      if (before?.has(reference)) continue;
      problems.push(
        `${where} ${before ? `changes the secret from ${[...before].join(' / ')} to ${reference}` : `adds the secret ${reference}`}: a preview may not reach secrets production does not give that place; ${allowHint('secrets')}`,
      );
    }
  }

  if (!policy.allow.has('images')) {
    const ours = new Set(
      production.flatMap((template) =>
        containersOf(template).map(({ container }) => text(container['image'])),
      ),
    );
    for (const { label, container } of containersOf(preview)) {
      const image = text(container['image']) ?? '';
      if (image === policy.image || ours.has(image)) continue;
      problems.push(
        `spec.template.spec.${label}.image is "${image}", which is neither the image this run ${policy.image ? `built or pinned (${policy.image})` : 'deploys'} nor one production runs: a preview runs no other code under production's identity; ${allowHint('images')}`,
      );
    }
  }
  return problems;
}
