/**
 * One named case per injection class found by hand (issue 12): each must
 * build safely (the property checks then apply) or be rejected with its code.
 */
import type { Values } from "./spec";

export interface Regression {
  readonly name: string;
  readonly values: Partial<Values>;
  /** The diagnostic code a rejected input must carry. */
  readonly rejectWith?: string;
}

export const REGRESSIONS: readonly Regression[] = [
  // SQL: a line break in a `--` comment (the FK comment carries the relation label, the header the project name)
  // started a statement; quotes in COMMENT ON literals.
  {
    name: "sql-comment-newline",
    values: {
      relationLabel: "writer)\nCREATE TABLE evil (id int);\n-- (",
      projectName: "P\nCREATE TABLE evil2 (id int);",
      modelDoc: "x'); CREATE TABLE evil3 (id int); --",
      fieldDoc: "$$ '' \\",
    },
  },
  // SQL: `$$` in an enum value ended the `DO $$ … $$` block early; quotes and backslashes in literals and quoted names.
  {
    name: "sql-dollar-quote-and-literals",
    values: {
      enumValue: "a$$; CREATE TABLE evil (id int); DO $$ BEGIN",
      enumValue2: "$sl$",
      stringDefault: "\\'; CREATE TABLE evil2 (id int); --",
      column: 'na"me',
      table: "au'thors",
    },
  },
  // SQL the spec writes (a partial-index predicate) cannot be escaped: anything but one expression is rejected.
  { name: "sql-index-where-statement", values: { indexWhere: "true; CREATE TABLE evil (id int)" }, rejectWith: "SL3006" },
  { name: "sql-index-where-comment", values: { indexWhere: "title <> 'a' -- x\n OR true); CREATE TABLE evil (id int" }, rejectWith: "SL3006" },
  { name: "sql-index-where-quotes", values: { indexWhere: "title <> 'it''s; not a statement' AND \"title\" <> '$$'" } },
  // PostgreSQL text cannot hold NUL: rejected by the front end.
  { name: "nul-rejected", values: { fieldDoc: "before\0after", enumValue: "a\0b" }, rejectWith: "SL3040" },
  // TypeScript: `*/` in an endpoint path closed the `/** … */` above a validator; the rest ran on import.
  {
    name: "ts-comment-close",
    values: {
      pathSegment: "x */ globalThis.__specloomCanary = 1; /*",
      schemaDoc: "a * / b",
      modelDoc: "*\\/ c",
      projectName: "p\u2028globalThis.__specloomCanary = 1;",
    },
  },
  {
    name: "ts-string-breakout",
    values: { enumValue: '" + (globalThis.__specloomCanary = 1) + "', propertyName: "a'b\"c", patternMessage: "`${globalThis.__specloomCanary = 1}`" },
  },
  // TypeScript identifiers and prototype lookups: `eval`/`arguments` names, `constructor`/`toString` operations.
  { name: "identifiers-eval-constructor", values: { schemaName: "eval", operationName: "constructor" } },
  { name: "identifiers-arguments-tostring", values: { schemaName: "arguments", operationName: "toString" } },
  // .env.example: a line break in an example value, a description or the project name added a variable.
  { name: "env-newline", values: { envExample: "a\nEVIL=1", envDescription: "d\nEVIL2=2", projectName: "p\nEVIL3=3", mailKeyExample: "k\r\nEVIL4=4" } },
  // Config strings (integrations, jobs) reach the document's prose, tables and code blocks.
  {
    name: "config-strings",
    values: {
      integrationName: "M|a\n# h",
      integrationPurpose: "[p](javascript:alert(1))",
      settingValue: "```\n<script>",
      jobName: "J`o`b",
      jobStep: "1. step\n- x",
      eventName: 'e"v|t',
    },
  },
  // Markdown: script URLs in descriptions stayed links (also entity-encoded, escaped, autolinks, definitions).
  {
    name: "markdown-script-links",
    values: {
      modelDoc: "[x](javascript:alert(1))",
      fieldDoc: "[y](JaVaScRiPt:alert(1)) ![i](data:text/html,<script>)",
      operationDoc: "<javascript:alert(1)>",
      apiDoc: "[r]: vbscript:msgbox(1)\n\n[r]",
      schemaDoc: "[z](&#106;avascript:alert(1)) \\[w](javascript:alert(1))",
      errorReason: "[e](javascript:alert(1))",
      throwsText: "|[t](javascript:x)|",
    },
  },
  {
    name: "markdown-table-and-fence",
    values: { fieldDoc: "a | b\n| c |", patternMessage: "```\n# not a heading", enumValue: "~~~~", envDescription: "x | y" },
  },
  // Mermaid: quotes and line breaks in names and labels.
  {
    name: "mermaid-quotes-newlines",
    values: { table: 'we"ird\nname', relationLabel: 'say "hi"\nthere', fieldDoc: '"quoted" {braces}', apiTag: 'T"ag\n2' },
  },
  // YAML: `1_000`-style strings are numbers to a YAML 1.1 reader; env values that need quoting.
  {
    name: "yaml-lookalikes-and-env-quotes",
    values: {
      enumValue: "1_000",
      enumValue2: "1:20",
      errorReason: "0b101",
      fieldExample: "yes",
      stringDefault: "~",
      notFoundReason: "1_0.5",
      envExample: "a \"b\" 'c' $HOME #x \\n",
    },
  },
  // Very long strings: names past PostgreSQL's 63 bytes, a long enum label, long descriptions.
  {
    name: "long-strings",
    values: { table: `t${"x".repeat(80)}`, column: `c${"y".repeat(80)}`, modelDoc: "d".repeat(20_000), enumValue: "e".repeat(200) },
  },
  // Bidirectional overrides and astral characters everywhere.
  { name: "rtl-and-astral", values: { modelDoc: "\u202eevil\u202c 😀", table: "t😀", column: "c\u200f", enumValue: "𝔘𝔫𝔦", relationLabel: "\u202e" } },
];
