/**
 * GraphQL names are `[_A-Za-z][_0-9A-Za-z]*` and may not start with `__`
 * (reserved for introspection). Every name that reaches schema.graphql goes
 * through `graphqlName`; a changed name is reported, never silently used.
 */

const RESERVED_VALUES = new Set(["true", "false", "null"]);

/** The GraphQL spelling of a name (unchanged when it is already valid). */
export function graphqlName(raw: string, kind: "name" | "enumValue" = "name"): string {
  let name = raw.replace(/[^_0-9A-Za-z]+/g, "_");
  if (name === "" || /^[0-9]/.test(name)) name = `_${name}`;
  if (name.startsWith("__")) name = `_${name.replace(/^_+/, "")}`;
  if (kind === "enumValue" && RESERVED_VALUES.has(name)) name = `${name}_`;
  return name;
}

/**
 * Hands out unique GraphQL names within one scope (the schema's types, or one
 * enum's values): a name taken by an earlier declaration gets a numeric suffix.
 */
export class NameScope {
  private readonly taken = new Map<string, string>();
  /** Per base name, the suffix the last search stopped at: names are never released, so every smaller one is still taken. */
  private readonly nextSuffix = new Map<string, number>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.set(r, r);
  }

  /** The name for `raw`; the same raw name always gets the same answer. */
  claim(raw: string, kind: "name" | "enumValue" = "name"): string {
    return this.claimFor(raw, raw, kind).name;
  }

  /**
   * The name for the declaration `identity` (e.g. `input:Category`), wanting `raw`:
   * two declarations that want the same name get different ones. `fresh` is true
   * only the first time, so a caller reports a change once.
   */
  claimFor(identity: string, raw: string, kind: "name" | "enumValue" = "name"): { name: string; fresh: boolean } {
    const key = `raw:${identity}`;
    const known = this.taken.get(key);
    if (known !== undefined) return { name: known, fresh: false };
    const base = graphqlName(raw, kind);
    let name = base;
    if (this.taken.has(name)) {
      let i = this.nextSuffix.get(base) ?? 2;
      while (this.taken.has(`${base}_${i}`)) i++;
      name = `${base}_${i}`;
      this.nextSuffix.set(base, i);
    }
    this.taken.set(name, raw);
    this.taken.set(key, name);
    return { name, fresh: true };
  }
}
