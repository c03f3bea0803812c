/** CPU as Kubernetes quantities write it (`1`, `2`, `500m`, `0.5`), in vCPUs; undefined when it does not parse. */
export function parseCpu(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?|\.\d+)(m?)$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2] === 'm' ? value / 1000 : value;
}

const MEMORY_UNITS: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** Memory as Kubernetes quantities write it (`256Mi`, `1Gi`, `512M`, `1e9`), in bytes; undefined when it does not parse. */
export function parseMemory(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(?:e(\d+)|(Ki|Mi|Gi|Ti|k|M|G|T))?$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]) * (match[2] ? 10 ** Number(match[2]) : (MEMORY_UNITS[match[3] ?? ''] ?? 1));
  return Number.isFinite(value) ? value : undefined;
}

/** `268435456` → `256Mi`, for messages. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['Gi', 2 ** 30],
    ['Mi', 2 ** 20],
    ['Ki', 2 ** 10],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  }
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)}Mi`;
  return `${bytes}`;
}

export const MiB = 2 ** 20;
export const GiB = 2 ** 30;
