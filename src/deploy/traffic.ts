// Traffic, merged from the service's current state, never rebuilt blindly. `spec.traffic` is authoritative in
// Cloud Run: a PUT that omits a tag removes it, and an entry with `latestRevision: true` follows every new
// revision. So every plan starts from the current entries, pinned to the revisions they serve now.

/** One entry of `spec.traffic` (Knative TrafficTarget). */
export interface TrafficTarget {
  readonly revisionName?: string;
  readonly latestRevision?: boolean;
  readonly percent?: number;
  readonly tag?: string;
}

/** What the traffic planner needs of the current service. */
export interface CurrentTraffic {
  /** `spec.traffic` as stored (undefined: all traffic to the latest revision). */
  readonly spec: readonly TrafficTarget[] | undefined;
  /** `status.traffic`: what each entry resolves to now (revisionName filled in for latestRevision entries). */
  readonly status: readonly TrafficTarget[];
  /** `status.latestReadyRevisionName`. */
  readonly latestReadyRevisionName?: string;
}

const entry = (revisionName: string, percent: number, tag?: string): TrafficTarget =>
  tag === undefined ? { revisionName, percent } : { revisionName, percent, tag };

/**
 * The current entries with every `latestRevision: true` replaced by the revision it serves now, so that creating a
 * revision moves nothing. Resolution goes by position first (status.traffic mirrors spec.traffic) and falls back
 * to the latest ready revision.
 */
export function pinTraffic(current: CurrentTraffic): TrafficTarget[] {
  const spec = current.spec ?? [{ latestRevision: true, percent: 100 }];
  return spec.map((target, index) => {
    if (target.latestRevision !== true) return { ...target };
    const resolved =
      current.status[index]?.revisionName ??
      current.status.find((s) => s.latestRevision === true)?.revisionName ??
      current.latestReadyRevisionName;
    if (!resolved) {
      throw new Error(
        'the service sends traffic to its latest revision but none is ready: fix or roll back the service before deploying with no traffic',
      );
    }
    return entry(resolved, target.percent ?? 0, target.tag);
  });
}

/**
 * Drop `tag` from every entry (only from entries on `revision`, when given): an entry that then carries no traffic
 * and no tag goes.
 */
export function withoutTag(
  traffic: readonly TrafficTarget[],
  tag: string,
  revision?: string,
): TrafficTarget[] {
  return traffic.flatMap((target) => {
    if (target.tag !== tag) return [target];
    if (revision !== undefined && target.revisionName !== revision) return [target];
    if ((target.percent ?? 0) === 0) return [];
    return [Object.fromEntries(Object.entries(target).filter(([key]) => key !== 'tag'))];
  });
}

/**
 * Deploy `revision` with no traffic: every existing entry and tag stays as it serves now; the new revision gets
 * `percent: 0` and the tag, if any (moved from an older revision when it carried it). A new service cannot start
 * without traffic: then the revision gets 100 %.
 */
export function noTrafficDeploy(
  current: CurrentTraffic | undefined,
  revision: string,
  tag?: string,
): TrafficTarget[] {
  if (!current) return tag ? [entry(revision, 100), entry(revision, 0, tag)] : [entry(revision, 100)];
  const kept = tag ? withoutTag(pinTraffic(current), tag) : pinTraffic(current);
  return tag ? [...kept, entry(revision, 0, tag)] : kept;
}

/** Promote `revision`: 100 % of the traffic to it; every tag kept where it is. */
export function promote(current: CurrentTraffic, revision: string): TrafficTarget[] {
  const tagged = pinTraffic(current)
    .filter((target) => target.tag !== undefined)
    .map((target) => entry(target.revisionName ?? revision, 0, target.tag));
  return [entry(revision, 100), ...tagged];
}

/** Sum of the percents: Cloud Run requires 100. */
export function totalPercent(traffic: readonly TrafficTarget[]): number {
  return traffic.reduce((sum, target) => sum + (target.percent ?? 0), 0);
}

/** The same traffic, order and defaults aside (percent 0 = absent), for "did anything change". */
export function sameTraffic(
  a: readonly TrafficTarget[] | undefined,
  b: readonly TrafficTarget[] | undefined,
): boolean {
  const key = (traffic: readonly TrafficTarget[] | undefined) =>
    (traffic ?? [{ latestRevision: true, percent: 100 }])
      .map((t) =>
        JSON.stringify([t.revisionName ?? '', t.latestRevision === true, t.percent ?? 0, t.tag ?? '']),
      )
      .sort()
      .join('\n');
  return key(a) === key(b);
}

/** Which revision serves what share of the traffic: revision name → percent (entries on one revision added up). */
export type Allocation = ReadonlyMap<string, number>;

/** The allocation of pinned traffic (see {@link pinTraffic}): tags and 0 % entries play no part. */
export function allocationOf(traffic: readonly TrafficTarget[]): Allocation {
  const shares = new Map<string, number>();
  for (const target of traffic) {
    const percent = target.percent ?? 0;
    if (percent > 0 && target.revisionName) {
      shares.set(target.revisionName, (shares.get(target.revisionName) ?? 0) + percent);
    }
  }
  return shares;
}

export function sameAllocation(a: Allocation, b: Allocation): boolean {
  return a.size === b.size && [...a].every(([revision, percent]) => b.get(revision) === percent);
}

/** An allocation as people read it: "100 % svc-1" or "90 % svc-1, 10 % svc-2". */
export function describeAllocation(allocation: Allocation): string {
  if (allocation.size === 0) return 'no traffic';
  return [...allocation]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([revision, percent]) => `${String(percent)} % ${revision}`)
    .join(', ');
}
