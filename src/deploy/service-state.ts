// Pure readers of a Cloud Run service (and revision) as the Admin API v1 returns it: what it serves, whether it has
// settled, which revision is whose, and what a tag's URL is. No I/O: the deploy stage's runner reads, these decide.
import { createHash } from 'node:crypto';
import { DNS_LABEL, TAG_AND_SERVICE_MAX } from '../cloudrun/index.js';
import { asString as text, recordOf as record } from '../json.js';
import type { Resource } from './api.js';
import type { CurrentTraffic, TrafficTarget } from './traffic.js';

/** The template annotation holding the digest of the template as sent, to recognise an unchanged redeploy. */
export const TEMPLATE_DIGEST_ANNOTATION = 'pgrst-cloudrun.github.io/template-sha256';
/** The service annotation holding the digest of the service's own labels and annotations as sent. */
export const SERVICE_DIGEST_ANNOTATION = 'pgrst-cloudrun.github.io/service-sha256';

/** JSON with object keys sorted, so that equal content gives equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Resource).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}

const sha256 = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** The template, minus what changes on every run without changing the revision (its name, our annotation). */
export function templateDigest(template: Resource): string {
  const metadata = { ...record(template['metadata']) };
  delete metadata['name'];
  metadata['annotations'] = Object.fromEntries(
    Object.entries(record(metadata['annotations'])).filter(([key]) => key !== TEMPLATE_DIGEST_ANNOTATION),
  );
  return sha256({ ...template, metadata });
}

/**
 * The service-level settings a spec sets — its labels and annotations (ingress, invoker-iam-disabled, ...) — minus
 * our own digest annotation. Cloud Run adds labels and annotations of its own to what it stores, so "unchanged"
 * compares this digest of what was sent, recorded on the service, never the stored maps.
 */
export function serviceSettingsDigest(metadata: Resource): string {
  const annotations = Object.fromEntries(
    Object.entries(record(metadata['annotations'])).filter(([key]) => key !== SERVICE_DIGEST_ANNOTATION),
  );
  return sha256({ labels: record(metadata['labels']), annotations });
}

/** The Ready condition of a service or a revision, and whether Cloud Run has acted on its latest generation. */
export interface Readiness {
  /** observedGeneration has caught up with generation. */
  readonly settled: boolean;
  readonly ready: 'True' | 'False' | 'Unknown';
  readonly reason?: string;
  readonly message?: string;
}

function conditionOf(resource: Resource | undefined, type: string): Resource | undefined {
  const conditions = record(resource?.['status'])['conditions'];
  return Array.isArray(conditions)
    ? (conditions as unknown[]).map(record).find((c) => c['type'] === type)
    : undefined;
}

/** A condition (`Ready`, `RoutesReady`, ...) of a service or revision as a {@link Readiness}. */
export function readinessOf(resource: Resource | undefined, type = 'Ready'): Readiness {
  const condition = conditionOf(resource, type);
  const status = text(condition?.['status']);
  const reason = text(condition?.['reason']);
  const message = text(condition?.['message']);
  const observed = record(resource?.['status'])['observedGeneration'];
  return {
    settled: observed !== undefined && observed === record(resource?.['metadata'])['generation'],
    ready: status === 'True' || status === 'False' ? status : 'Unknown',
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
  };
}

/** A status traffic entry: the target and, for tagged entries, the tag's URL. */
export type StatusTrafficTarget = TrafficTarget & { readonly url?: string };

/** The parts of a service's status the deploy stage reads. */
export interface ServiceStatus {
  readonly url: string;
  readonly traffic: readonly StatusTrafficTarget[];
  readonly latestCreated?: string;
  readonly latestReady?: string;
  readonly generation?: number;
  readonly observedGeneration?: number;
  readonly resourceVersion?: string;
}

export function statusOf(service: Resource): ServiceStatus {
  const status = record(service['status']);
  const metadata = record(service['metadata']);
  const latestCreated = text(status['latestCreatedRevisionName']);
  const latestReady = text(status['latestReadyRevisionName']);
  const resourceVersion = text(metadata['resourceVersion']);
  const generation = metadata['generation'];
  const observed = status['observedGeneration'];
  return {
    url: text(status['url']) ?? '',
    traffic: Array.isArray(status['traffic']) ? (status['traffic'] as StatusTrafficTarget[]) : [],
    ...(latestCreated ? { latestCreated } : {}),
    ...(latestReady ? { latestReady } : {}),
    ...(typeof generation === 'number' ? { generation } : {}),
    ...(typeof observed === 'number' ? { observedGeneration: observed } : {}),
    ...(resourceVersion ? { resourceVersion } : {}),
  };
}

/** What a traffic planner needs, read from a service as the API returns it. */
export function currentTraffic(service: Resource): CurrentTraffic {
  const spec = record(service['spec']);
  const { traffic, latestReady } = statusOf(service);
  return {
    spec: Array.isArray(spec['traffic']) ? (spec['traffic'] as TrafficTarget[]) : undefined,
    status: traffic,
    ...(latestReady ? { latestReadyRevisionName: latestReady } : {}),
  };
}

/** The service's template (`spec.template`) and the revision name it pins, if any. */
export function templateOf(service: Resource): { template: Resource; revision?: string; digest?: string } {
  const template = record(record(service['spec'])['template']);
  const metadata = record(template['metadata']);
  const revision = text(metadata['name']);
  const digest = text(record(metadata['annotations'])[TEMPLATE_DIGEST_ANNOTATION]);
  return { template, ...(revision ? { revision } : {}), ...(digest ? { digest } : {}) };
}

/** The URL of `tag` on `revision`, read from status (never another entry's: it may be another run's). */
export function tagUrlOf(service: Resource, revision: string, tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  return statusOf(service).traffic.find((t) => t.tag === tag && t.revisionName === revision)?.url;
}

/**
 * The revision-name suffix of one deploy: a short digest of the image, then the workflow run's id and attempt
 * (`GITHUB_RUN_ID` is unique in a repository, where run numbers restart per workflow) or, outside a workflow, the
 * time in seconds and a random part (base 36), so two runs never pick the same name.
 */
export function revisionSuffix(input: {
  readonly service: string;
  readonly imageDigest?: string;
  readonly runId?: string;
  readonly runAttempt?: string;
  readonly now: number;
  readonly random?: () => number;
}): string {
  const random = input.random ?? Math.random;
  const unique = input.runId
    ? `${input.runId}-${input.runAttempt ?? '1'}`
    : `${Math.floor(input.now / 1000).toString(36)}${Math.floor(random() * 36 ** 3)
        .toString(36)
        .padStart(3, '0')}`;
  const hex = (input.imageDigest ?? '').replace(/^sha256:/, '').replace(/[^0-9a-f]/g, '');
  // {service}-{hex}-{unique} must fit a DNS label: shorten the digest part first, down to 4 digits.
  const room = 63 - input.service.length - unique.length - 2;
  const suffix = hex && room >= 4 ? `${hex.slice(0, Math.min(7, room))}-${unique}` : unique;
  const name = `${input.service}-${suffix}`;
  if (name.length > 63 || !DNS_LABEL.test(name)) {
    throw new Error(
      `revision name "${name}" is not a DNS label of at most 63 characters: shorten the service name`,
    );
  }
  return suffix;
}

/** The prefix of the tags a deploy gives its own revision: reserved, never a preview's tag. */
export const RUN_TAG_PREFIX = 'run-';

/** Whether `tag` has the reserved form of a run's own tag. */
export function isRunTag(tag: string): boolean {
  return tag.startsWith(RUN_TAG_PREFIX);
}

/**
 * The tag a deploy smoke-tests its own revision under: `run-` and the revision's unique part (the workflow run's
 * id and attempt), or a hash of the revision name where that would not fit Cloud Run's limit on a tag and its
 * service's name together. Two runs never share it, so neither can test (or promote) the other's revision.
 */
export function runTag(service: string, revision: string): string {
  const room = TAG_AND_SERVICE_MAX - service.length - RUN_TAG_PREFIX.length;
  const unique = revision.startsWith(`${service}-`) ? revision.slice(service.length + 1) : revision;
  const readable = `${RUN_TAG_PREFIX}${unique}`;
  if (unique.length <= room && DNS_LABEL.test(readable)) return readable;
  if (room < 6) {
    throw new Error(
      `service "${service}" is too long for a tag of its own: Cloud Run allows ${String(TAG_AND_SERVICE_MAX)} characters for a tag and its service's name together; use a service name of at most ${String(TAG_AND_SERVICE_MAX - RUN_TAG_PREFIX.length - 6)} characters`,
    );
  }
  return `${RUN_TAG_PREFIX}${createHash('sha256').update(revision).digest('hex').slice(0, Math.min(room, 12))}`;
}
