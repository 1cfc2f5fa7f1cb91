/** Naming rules shared by the front end (table/column names) and the emitters. */
import pluralizeWord from "pluralize";

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

/** Where specloom's table names differ from the pluralizer: kept so existing schemas keep their names. */
const KEEP: Record<string, string> = { index: "indexes" };

/**
 * English plural of the last word of a snake_case or plain name, by a maintained
 * pluralizer (analysis → analyses, quiz → quizzes, series, hero → heroes; plurals stay).
 */
export function pluralize(name: string): string {
  const m = /^(.*?)([A-Za-z]+)$/.exec(name);
  if (!m) return name;
  const [, head, word] = m as unknown as [string, string, string];
  const kept = KEEP[word.toLowerCase()];
  if (!kept) return head + pluralizeWord(word);
  return head + (word === word.toLowerCase() ? kept : word[0] + kept.slice(1));
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
