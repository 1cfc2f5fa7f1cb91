/**
 * Every EnvRef (`{ env, description?, example? }`) anywhere in the config
 * values, with the document sections that use it, for section 15 and .env.example.
 */
import type { ConfigSectionName, EnvRef, SpecIR } from "@specloom/core";
import type { Catalog } from "./catalogs";

/** Config sections in document order, with the catalog key of the section showing them. */
const CONFIG_SECTION_HEADINGS: readonly (readonly [ConfigSectionName, keyof Catalog["sections"]])[] = [
  ["auth", "auth"],
  ["errors", "errors"],
  ["integrations", "integrations"],
  ["jobs", "jobs"],
  ["caching", "caching"],
  ["logging", "logging"],
  ["monitoring", "logging"],
  ["performance", "performance"],
  ["security", "security"],
  ["testing", "testing"],
  ["deployment", "deployment"],
];

export interface CollectedEnv {
  readonly env: string;
  readonly description?: string;
  readonly example?: string;
  /** Catalog section keys, in document order, without repeats. */
  readonly sections: readonly (keyof Catalog["sections"])[];
}

const ENV_KEYS = new Set(["env", "description", "example"]);

function isEnvRef(value: object): value is EnvRef {
  const v = value as Record<string, unknown>;
  return typeof v.env === "string" && Object.keys(v).every((k) => ENV_KEYS.has(k));
}

function walk(value: unknown, found: EnvRef[]): void {
  if (Array.isArray(value)) for (const v of value) walk(v, found);
  else if (value && typeof value === "object") {
    if (isEnvRef(value)) found.push(value);
    else for (const v of Object.values(value)) walk(v, found);
  }
}

/** First description/example wins; later sections only add themselves to `sections`. */
export function collectEnvRefs(ir: SpecIR): CollectedEnv[] {
  const byName = new Map<string, { env: string; description?: string; example?: string; sections: (keyof Catalog["sections"])[] }>();
  for (const [name, section] of CONFIG_SECTION_HEADINGS) {
    const found: EnvRef[] = [];
    walk(ir.config[name]?.value, found);
    for (const ref of found) {
      const entry = byName.get(ref.env) ?? { env: ref.env, sections: [] };
      if (entry.description === undefined && ref.description !== undefined) entry.description = ref.description;
      if (entry.example === undefined && ref.example !== undefined) entry.example = ref.example;
      if (!entry.sections.includes(section)) entry.sections.push(section);
      byName.set(ref.env, entry);
    }
  }
  return [...byName.values()];
}
