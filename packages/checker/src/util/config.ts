/** Config section helpers: walking values with their dotted paths, and finding a path's location. */
import type { ConfigSection, ConfigSectionName, SourceLocation, SpecIR } from "@specloom/core";

export interface ConfigEntry {
  readonly section: ConfigSectionName;
  readonly node: ConfigSection<unknown>;
}

/** Present config sections, in a fixed order (deterministic output). */
export function configSections(ir: SpecIR): ConfigEntry[] {
  const names = Object.keys(ir.config).sort() as ConfigSectionName[];
  return names.flatMap((section) => {
    const node = ir.config[section] as ConfigSection<unknown> | undefined;
    return node ? [{ section, node }] : [];
  });
}

/** Path segments -> the spellings a front end may use for array items (`a.0.b`, `a[0].b`). */
function spellings(segments: readonly (string | number)[]): string[] {
  const dotted = segments.map(String).join(".");
  const bracketed = segments.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
  return dotted === bracketed ? [dotted] : [dotted, bracketed];
}

/** The closest recorded location of a value: the path itself, else its nearest ancestor, else the section. */
export function locAt(node: ConfigSection<unknown>, segments: readonly (string | number)[]): SourceLocation {
  for (let n = segments.length; n > 0; n--) {
    for (const key of spellings(segments.slice(0, n))) {
      const loc = node.locs[key];
      if (loc) return loc;
    }
  }
  return node.loc;
}

export function formatPath(segments: readonly (string | number)[]): string {
  return spellings(segments).at(-1) ?? "";
}

export interface ValueVisit {
  readonly value: unknown;
  readonly segments: readonly (string | number)[];
  /** Nearest enclosing property name (for array items, the array's key). */
  readonly key?: string;
}

/** Depth-first walk of every value in a section, objects in key order. */
export function walkValues(value: unknown, visit: (v: ValueVisit) => void, segments: (string | number)[] = [], key?: string): void {
  visit({ value, segments, ...(key !== undefined ? { key } : {}) });
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkValues(item, visit, [...segments, i], key));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) walkValues(v, visit, [...segments, k], k);
  }
}

export function isEnvRef(value: unknown): boolean {
  return value !== null && typeof value === "object" && typeof (value as { env?: unknown }).env === "string";
}
