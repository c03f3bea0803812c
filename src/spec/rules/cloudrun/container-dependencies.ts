import { asString } from '../../../json.js';
import { parseContainerDependencies } from '../../annotation-table.js';
import type { Rule, RuleContext } from '../rule.js';
import { isDeferred, reportInValue } from '../rule.js';
import type { ContainerRef } from '../service-parts.js';
import { containersOf, ingressContainer, templateAnnotation } from '../service-parts.js';

const KEY = 'run.googleapis.com/container-dependencies';
const PATH = ['spec', 'template', 'metadata', 'annotations', KEY];
const RULE = 'cloudrun/container-dependencies';

/**
 * The start order in `run.googleapis.com/container-dependencies` names containers the revision has, has no cycle,
 * and each container waited for has a startup probe: Cloud Run starts a container once those it depends on pass
 * theirs, and refuses the revision otherwise. The ingress container counts as probed even without one, since
 * Cloud Run gives it a default TCP startup probe. A value that is not a mapping is reported by
 * `cloudrun/annotation`.
 */
export const containerDependencies: Rule = (context) => {
  const text = templateAnnotation(context.service, KEY);
  if (text === undefined || isDeferred(context, PATH)) return;
  const graph = parseContainerDependencies(text);
  if (!graph) return;
  const refs = containersOf(context.service);
  const containers = new Map<string, ContainerRef>();
  for (const ref of refs) {
    const name = asString(ref.container['name']);
    if (name !== undefined) containers.set(name, ref);
  }
  const names = [...containers.keys()].map((n) => `"${n}"`).join(', ') || 'none named';
  const unprobed = new Set<string>();
  for (const [dependent, needs] of graph) {
    if (!containers.has(dependent)) {
      reportAt(
        context,
        dependent,
        `${KEY} gives a start order for container "${dependent}", which the revision does not have`,
        `use the name of one of its containers (${names})`,
      );
    }
    for (const need of needs) {
      const ref = containers.get(need);
      if (!ref) {
        reportAt(
          context,
          need,
          `${KEY}: "${dependent}" waits for container "${need}", which the revision does not have`,
          `use the name of one of its containers (${names})`,
        );
      } else if (
        !('startupProbe' in ref.container) &&
        ref.index !== ingressContainer(refs)?.index &&
        !unprobed.has(need)
      ) {
        unprobed.add(need);
        reportAt(
          context,
          need,
          `${KEY}: "${dependent}" waits for container "${need}", which has no startupProbe; Cloud Run refuses the revision`,
          `add a startupProbe to "${need}": Cloud Run starts "${dependent}" once it passes`,
        );
      }
    }
  }
  const cycle = findCycle(graph);
  if (cycle) {
    reportAt(
      context,
      cycle[0] ?? '',
      `${KEY} has a cycle: ${cycle.map((n) => `"${n}"`).join(' → ')}; none of them could start`,
      'remove one of the dependencies so that each container waits only for containers that start before it',
    );
  }
};

function reportAt(context: RuleContext, name: string, message: string, fix: string): void {
  reportInValue(context, { path: PATH, needle: name, rule: RULE, message, fix });
}

/** The first cycle in the start order, as the names along it ending where it began; undefined when there is none. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (name: string, trail: string[]): string[] | undefined => {
    const seen = trail.indexOf(name);
    if (seen >= 0) return [...trail.slice(seen), name];
    if (done.has(name)) return undefined;
    for (const next of graph.get(name) ?? []) {
      const cycle = visit(next, [...trail, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return undefined;
  };
  for (const name of graph.keys()) {
    const cycle = visit(name, []);
    if (cycle) return cycle;
  }
  return undefined;
}
