/** Durations as written in config (`15m`, `7d`, `500ms`). */

const UNIT_SECONDS = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 } as const;
export type DurationUnit = keyof typeof UNIT_SECONDS;

export interface ParsedDuration {
  readonly value: number;
  readonly unit: DurationUnit;
  readonly seconds: number;
}

/** Undefined when the text is not a duration. */
export function parseDuration(text: string): ParsedDuration | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[1]);
  const unit = m[2] as DurationUnit;
  return { value, unit, seconds: value * UNIT_SECONDS[unit] };
}
