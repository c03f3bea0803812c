// Tidying a service's revisions: Cloud Run keeps every revision (up to its per-service cap), and previews and frequent
// deploys pile them up. After a successful deploy the oldest revisions that neither serve nor carry a tag go, the
// newest `keep` always stay, and each deletion is preceded by a fresh read of the service: a revision that any
// traffic entry or tag names at that moment is kept. A deletion that fails is a warning, never a failed deploy.
import { asString as text, recordOf as record } from '../json.js';
import type { DeleteOutcome, Resource } from './api.js';
import { statusOf, templateOf } from './service-state.js';
import type { DeployDependencies, DeployTarget } from './types.js';

/**
 * Revisions deleted at most per run. Each deletion costs a read and a write on the run's time and the project's
 * Admin API quota, so a backlog (a service that never tidied, a lowered `keep_revisions`) is worked off over several
 * runs instead of holding one deploy up; and a mistake can never take more than this many revisions at once.
 */
export const MAX_DELETIONS_PER_RUN = 10;

/** The label Cloud Run puts on every revision: the service it belongs to. */
export const SERVICE_LABEL = 'serving.knative.dev/service';
/** The label with the configuration generation a revision was made for: it grows with each new revision. */
const GENERATION_LABEL = 'serving.knative.dev/configurationGeneration';

/** What a tidy did (or, in a dry run, would do). */
export interface TidyResult {
  /** The revisions deleted (a dry run: that would be), oldest first. */
  readonly deleted: readonly string[];
  /** What went wrong and was left alone; the deploy itself succeeded. */
  readonly warnings: readonly string[];
}

/**
 * Every revision `service` names: in `spec.traffic` and `status.traffic` (percent or tag; a `latestRevision` entry
 * as resolved in status), the latest created and latest ready revisions, and the template's pinned name. None of
 * these may be deleted.
 */
export function referencedRevisions(service: Resource): Set<string> {
  const names = new Set<string>();
  const spec = record(service['spec']);
  const entries = [
    ...(Array.isArray(spec['traffic']) ? (spec['traffic'] as unknown[]) : []),
    ...statusOf(service).traffic,
  ];
  for (const entry of entries) {
    const name = text(record(entry)['revisionName']);
    if (name) names.add(name);
  }
  const { latestCreated, latestReady } = statusOf(service);
  for (const name of [latestCreated, latestReady, templateOf(service).revision]) if (name) names.add(name);
  return names;
}

/**
 * A revision as listed: its name, when it was created, its configuration generation, and whether Cloud Run is
 * deleting it already.
 */
interface Listed {
  readonly name: string;
  readonly created: number;
  readonly generation: number;
  readonly deleting: boolean;
}

function listed(revision: Resource, service: string): Listed | undefined {
  const metadata = record(revision['metadata']);
  const name = text(metadata['name']);
  // The list is asked by label; a revision of another service is never ours to count or delete.
  if (!name || record(metadata['labels'])[SERVICE_LABEL] !== service) return undefined;
  const created = Date.parse(text(metadata['creationTimestamp']) ?? '');
  return {
    name,
    created: Number.isNaN(created) ? 0 : created,
    generation: Number(record(metadata['labels'])[GENERATION_LABEL] ?? 0) || 0,
    deleting: metadata['deletionTimestamp'] !== undefined,
  };
}

/** The service's own revisions in a list, but those Cloud Run is deleting already. */
function liveRevisions(revisions: readonly Resource[], service: string): Listed[] {
  return revisions
    .map((revision) => listed(revision, service))
    .filter((r): r is Listed => r !== undefined && !r.deleting);
}

/**
 * Newest first: by creation time — whole seconds in Cloud Run, so two revisions may share one — then by the
 * configuration generation each revision was made for, then as Cloud Run listed them (newest first).
 */
const newestFirst = (a: Listed, b: Listed): number => b.created - a.created || b.generation - a.generation;

/**
 * The revisions a tidy deletes, oldest first: all but the newest `keep` (by creation time), minus every revision
 * the service references and every one in `protect`, at most {@link MAX_DELETIONS_PER_RUN}. Pure.
 */
export function tidyCandidates(
  revisions: readonly Resource[],
  service: Resource,
  options: { readonly service: string; readonly keep: number; readonly protect?: readonly string[] },
): string[] {
  if (options.keep <= 0) return [];
  const ordered = liveRevisions(revisions, options.service).sort(newestFirst);
  const kept = new Set([...referencedRevisions(service), ...(options.protect ?? [])]);
  return ordered
    .slice(options.keep)
    .filter((r) => !kept.has(r.name))
    .reverse()
    .slice(0, MAX_DELETIONS_PER_RUN)
    .map((r) => r.name);
}

/**
 * Tidy the service's revisions after a successful deploy: list them and read the service, pick the oldest
 * unreferenced ones beyond the newest `keep` (never `protect`: the revision this run deployed), then delete each
 * after a fresh read shows nothing names it. `dryRun`: list and read, delete nothing. Never throws: whatever goes
 * wrong is a warning.
 */
export async function tidyRevisions(
  target: DeployTarget,
  options: {
    readonly keep: number;
    readonly protect?: readonly string[];
    readonly dryRun?: boolean;
    /**
     * The list, asked for ahead (while the promotion ran): a snapshot that a concurrent deploy's newer revisions
     * can only be missing from, which makes the tidy delete less, never more.
     */
    readonly revisions?: Promise<readonly Resource[]>;
  },
  deps: DeployDependencies,
): Promise<TidyResult> {
  const name = target.service;
  if (options.keep <= 0) return { deleted: [], warnings: [] };
  let candidates: string[];
  try {
    const revisions = await (options.revisions ?? deps.api.listRevisions(name));
    // No more revisions than it keeps: nothing can be a candidate, and the service need not be read.
    if (liveRevisions(revisions, name).length <= options.keep) {
      deps.log(`service ${name}: no revision to delete (keeping the newest ${String(options.keep)})`);
      return { deleted: [], warnings: [] };
    }
    const service = await deps.api.getService(name);
    if (!service) return { deleted: [], warnings: [] };
    candidates = tidyCandidates(revisions, service, {
      service: name,
      keep: options.keep,
      protect: options.protect ?? [],
    });
  } catch (error) {
    return { deleted: [], warnings: [`revisions of service ${name} not tidied: ${messageOf(error)}`] };
  }
  if (candidates.length === 0) {
    deps.log(`service ${name}: no revision to delete (keeping the newest ${String(options.keep)})`);
    return { deleted: [], warnings: [] };
  }
  if (options.dryRun) {
    deps.log(`service ${name}: would delete ${candidates.join(', ')} (dry run: nothing deleted)`);
    return { deleted: candidates, warnings: [] };
  }
  return deleteUnreferenced(target, candidates, deps);
}

/**
 * Delete each of `revisions` that nothing references on a fresh read of the service, taken right before its
 * DELETE: a revision that gained a traffic entry or a tag since it was picked is kept. Never throws.
 */
export async function deleteUnreferenced(
  target: DeployTarget,
  revisions: readonly string[],
  deps: DeployDependencies,
): Promise<TidyResult> {
  const name = target.service;
  const deleted: string[] = [];
  const warnings: string[] = [];
  for (const revision of revisions.slice(0, MAX_DELETIONS_PER_RUN)) {
    let outcome: DeleteOutcome | 'referenced' | 'no-service';
    try {
      outcome = await deleteIfUnreferenced(name, revision, deps);
    } catch (error) {
      warnings.push(`revision ${revision} not deleted: ${messageOf(error)}`);
      break;
    }
    if (outcome === 'no-service') break;
    if (outcome === 'referenced') {
      deps.log(`service ${name}: kept ${revision}: it serves or carries a tag now`);
      continue;
    }
    if (outcome.kind === 'deleted') deleted.push(revision);
    if (outcome.kind === 'gone') deps.log(`service ${name}: ${revision} was already deleted`);
    if (outcome.kind === 'refused' || outcome.kind === 'unknown') {
      warnings.push(refusal(revision, outcome));
      // No permission to delete one is no permission to delete any: stop asking.
      if (outcome.kind === 'refused' && (outcome.status === 401 || outcome.status === 403)) break;
    }
  }
  if (deleted.length > 0) deps.log(`service ${name}: deleted ${deleted.join(', ')}`);
  return { deleted, warnings };
}

async function deleteIfUnreferenced(
  name: string,
  revision: string,
  deps: DeployDependencies,
): Promise<DeleteOutcome | 'referenced' | 'no-service'> {
  const fresh = await deps.api.getService(name);
  if (!fresh) return 'no-service';
  if (referencedRevisions(fresh).has(revision)) return 'referenced';
  return deps.api.deleteRevision(revision);
}

function refusal(revision: string, outcome: Extract<DeleteOutcome, { kind: 'refused' | 'unknown' }>): string {
  if (outcome.kind === 'unknown') {
    return `revision ${revision}: no answer to its deletion (${outcome.message}); a later run tidies it if it is still there`;
  }
  const why =
    outcome.status === 400 || outcome.status === 409
      ? 'Cloud Run keeps it (it serves or is referenced)'
      : outcome.status === 401 || outcome.status === 403
        ? 'the account may not delete revisions (roles/run.developer has run.revisions.delete); set keep_revisions to 0 to stop tidying'
        : 'Cloud Run refused';
  return `revision ${revision} not deleted: ${why} (HTTP ${String(outcome.status)}: ${outcome.message})`;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
