/** Naming rules shared by the front end (table/column names) and the emitters. */

export type NamingStyle = "snake_case" | "preserve";

export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/[\s-]+/g, "_")
    .toLowerCase();
}

export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("");
}

export function camelCase(name: string): string {
  const p = pascalCase(name);
  return p ? p[0]!.toLowerCase() + p.slice(1) : p;
}

const irregular: Record<string, string> = { person: "people", child: "children", man: "men", woman: "women", datum: "data", status: "statuses", category: "categories", shelf: "shelves", leaf: "leaves", half: "halves", knife: "knives", life: "lives", wife: "wives", wolf: "wolves", index: "indexes", address: "addresses" };

/** English plural of the last word of a snake_case or plain name. */
export function pluralize(name: string): string {
  const m = /^(.*?)([A-Za-z]+)$/.exec(name);
  if (!m) return name;
  const [, head, word] = m as unknown as [string, string, string];
  const lower = word.toLowerCase();
  let plural: string;
  if (irregular[lower]) plural = irregular[lower]!;
  else if (/[^aeiou]y$/.test(lower)) plural = lower.slice(0, -1) + "ies";
  else if (/(s|x|z|ch|sh)$/.test(lower)) plural = lower + "es";
  else plural = lower + "s";
  if (word === word.toLowerCase()) return head + plural;
  return head + word[0] + plural.slice(1);
}

/** Table name of a model: plural snake_case unless the entity names it. */
export function tableNameFor(modelName: string, style: NamingStyle, explicit?: string): string {
  if (explicit) return explicit;
  return style === "snake_case" ? pluralize(snakeCase(modelName)) : modelName;
}

export function columnNameFor(fieldName: string, style: NamingStyle, explicit?: string): string {
  if (explicit) return explicit;
  return style === "snake_case" ? snakeCase(fieldName) : fieldName;
}
