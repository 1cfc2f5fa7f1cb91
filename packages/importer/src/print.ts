/**
 * Prints imported declarations as the TypeScript a person would write, then
 * formats it with prettier. User text reaches the source only through
 * core's TypeScript escapers (string literal, property key, JSDoc block).
 */
import { tsDocComment, tsPropertyKey, tsStringLiteral } from "@specloom/core";
import type { OptionValue, SpecDeclaration, SpecEntity, SpecEnum, SpecModule } from "./spec-model";

function optionValue(value: OptionValue): string {
  if (typeof value === "string") return tsStringLiteral(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(optionValue).join(", ")}]`;
  const entries = Object.entries(value as Record<string, OptionValue>);
  return `{ ${entries.map(([k, v]) => `${tsPropertyKey(k)}: ${optionValue(v)}`).join("; ")} }`;
}

function printEntity(e: SpecEntity): string {
  const options = Object.keys(e.options).length > 0 ? `<${optionValue(e.options)}>` : "";
  const fields = e.fields
    .map((f) => `${f.doc ? tsDocComment(f.doc, "  ") : ""}  ${tsPropertyKey(f.name)}${f.optional ? "?" : ""}: ${f.type}${f.nullable ? " | null" : ""};\n`)
    .join("");
  return `${e.doc ? tsDocComment(e.doc) : ""}export interface ${e.name} extends Entity${options} {\n${fields}}\n`;
}

function printEnum(e: SpecEnum): string {
  const values = e.values.length > 0 ? e.values.map((v) => tsStringLiteral(v)).join(" | ") : "never";
  return `${e.doc ? tsDocComment(e.doc) : ""}export type ${e.name} = ${values};\n`;
}

const printDeclaration = (d: SpecDeclaration): string => (d.kind === "entity" ? printEntity(d) : printEnum(d));

/** Relative module specifier from one spec file to another, without the extension. */
function specifier(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.replace(/\.ts$/, "").split("/");
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => "..");
  const rel = [...up, ...b.slice(i)].join("/");
  return up.length === 0 ? `./${rel}` : rel;
}

export function printModule(m: SpecModule, header: string): string {
  const imports: string[] = [];
  if (m.specloomImports.length > 0) imports.push(`import type { ${[...m.specloomImports].sort().join(", ")} } from "specloom";\n`);
  for (const [path, names] of [...m.localImports].sort(([a], [b]) => a.localeCompare(b))) {
    imports.push(`import type { ${[...names].sort().join(", ")} } from ${tsStringLiteral(specifier(m.path, path))};\n`);
  }
  return [`// ${header}\n`, imports.join(""), ...m.declarations.map(printDeclaration)].join("\n");
}

/** Formats TypeScript with prettier (the project's style: 120 columns, double quotes). */
export async function formatTypeScript(source: string): Promise<string> {
  const prettier = await import("prettier");
  return prettier.format(source, { parser: "typescript", printWidth: 120 });
}
