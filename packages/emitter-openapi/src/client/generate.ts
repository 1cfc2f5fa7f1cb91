/**
 * client.ts: a dependency-free typed fetch client generated from the OpenAPI document (the same one
 * openapi.json holds). One method per operationId; path, query and header parameters, the request body and
 * every declared response are typed, and a response's `status` narrows its `data`.
 */
import { unescapePointerSegment, tsBlockCommentText, tsDocComment, tsLineCommentText, tsPropertyKey, tsStringLiteral } from "@specloom/core";
import { CLIENT_RUNTIME } from "./runtime";
import { schemaType, type Schema } from "./schema-type";

type Json = { readonly [key: string]: unknown };
// No "trace": fetch refuses to send TRACE requests, so a method for one could only throw (the emitter warns, SL5050).
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"] as const;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Follows a local `$ref` (`#/components/responses/NotFound`) inside the document. */
function deref(doc: Json, value: unknown): Json | undefined {
  let current: unknown = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 16; hops++) {
    const ref: string = current.$ref;
    if (!ref.startsWith("#/") || ref.startsWith("#/components/schemas/")) return current;
    current = ref
      .slice(2)
      .split("/")
      .map(unescapePointerSegment)
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), doc);
  }
  return isObject(current) ? current : undefined;
}

function jsonContent(content: unknown): Schema | undefined {
  if (!isObject(content)) return undefined;
  const type = Object.keys(content).find((t) => t === "application/json" || /\+json$|^application\/json;/.test(t)) ?? Object.keys(content)[0];
  const media = type === undefined ? undefined : content[type];
  return isObject(media) && (typeof media.schema === "boolean" || isObject(media.schema)) ? media.schema : true;
}

interface Param {
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
  readonly description?: string;
}

function paramGroup(params: readonly Param[], indent: string): string {
  const inner = `${indent}  `;
  const members = params.map(
    (p) =>
      `${p.description ? tsDocComment(p.description, inner) : ""}${inner}${tsPropertyKey(p.name)}${p.required ? "" : "?"}: ${schemaType(p.schema, inner)};\n`,
  );
  return `{\n${members.join("")}${indent}}`;
}

function operationType(doc: Json, pathItem: Json, operation: Json): { input: string; inputRequired: boolean; responses: string } {
  const params = new Map<string, Param & { in: string }>();
  const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
  for (const raw of [...list(pathItem.parameters), ...list(operation.parameters)]) {
    const p = deref(doc, raw);
    if (!p || typeof p.name !== "string" || typeof p.in !== "string") continue;
    const schema = typeof p.schema === "boolean" || isObject(p.schema) ? p.schema : true;
    params.set(`${p.in}:${p.name}`, {
      name: p.name,
      in: p.in,
      required: p.required === true,
      schema,
      ...(typeof p.description === "string" ? { description: p.description } : {}),
    });
  }
  const indent = "    ";
  const members: string[] = [];
  let inputRequired = false;
  for (const where of ["path", "query", "header"] as const) {
    const group = [...params.values()].filter((p) => p.in === where);
    if (group.length === 0) continue;
    const required = group.some((p) => p.required);
    inputRequired ||= required;
    members.push(
      `${indent}  ${where === "header" ? "headers" : where}${required ? "" : "?"}: ${paramGroup(group, `${indent}  `)}${where === "header" ? " & Record<string, string>" : ""};\n`,
    );
  }
  const body = deref(doc, operation.requestBody);
  if (body) {
    const required = body.required === true;
    inputRequired ||= required;
    members.push(`${indent}  body${required ? "" : "?"}: ${schemaType(jsonContent(body.content), `${indent}  `)};\n`);
  }
  const responses = isObject(operation.responses) ? operation.responses : {};
  const statuses = Object.keys(responses).map((status) => {
    const response = deref(doc, responses[status]);
    const schema = response && isObject(response.content) && Object.keys(response.content).length > 0 ? jsonContent(response.content) : undefined;
    return `${indent}  ${tsStringLiteral(status)}: ${schema === undefined ? "undefined" : schemaType(schema, `${indent}  `)};\n`;
  });
  return {
    input: members.length > 0 ? `{\n${members.join("")}${indent}}` : "{}",
    inputRequired,
    responses: `{\n${statuses.join("")}${indent}}`,
  };
}

/** The whole client.ts for an OpenAPI document. */
export function generateClient(doc: Json): string {
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const schemaMembers = Object.entries(components).map(([name, schema]) => {
    const s = typeof schema === "boolean" || isObject(schema) ? schema : true;
    const description = isObject(s) && typeof s.description === "string" ? tsDocComment(s.description, "    ") : "";
    return `${description}    ${tsStringLiteral(name)}: ${schemaType(s, "    ")};\n`;
  });
  const operations: string[] = [];
  const routes: string[] = [];
  const methods: string[] = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    if (!item) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation.operationId !== "string") continue;
      const id = operation.operationId;
      const key = tsPropertyKey(id);
      const { input, inputRequired, responses } = operationType(doc, item, operation);
      const summary = typeof operation.summary === "string" ? operation.summary : undefined;
      operations.push(`  ${key}: {\n    input: ${input};\n    responses: ${responses};\n  };\n`);
      const statuses = isObject(operation.responses) ? Object.keys(operation.responses).map((st) => tsStringLiteral(st)) : [];
      routes.push(`  ${key}: [${tsStringLiteral(method.toUpperCase())}, ${tsStringLiteral(path)}, [${statuses.join(", ")}]],\n`);
      const doc_ = summary ? tsDocComment(`${summary} (${method.toUpperCase()} ${path})`, "    ") : "";
      const idType = `Operations[${tsStringLiteral(id)}]`;
      methods.push(
        `${doc_}    ${key}: (input${inputRequired ? "" : "?"}: ${idType}["input"], init?: RequestInit): Promise<ApiResponse<${idType}["responses"]>> =>\n` +
          `      request(options, routes[${tsStringLiteral(id)}], input ?? {}, init),\n`,
      );
    }
  }
  const title = isObject(doc.info) && typeof doc.info.title === "string" ? doc.info.title : "the API";
  return [
    `// Generated by specloom from the OpenAPI document of ${tsLineCommentText(title)}. Do not edit: change the spec and rebuild.\n`,
    `/* eslint-disable */\n\n`,
    `export interface components {\n  schemas: {\n${schemaMembers.join("")}  };\n}\n\n`,
    `/** Every operation's input (path, query, headers, body) and its responses by status. */\n`,
    `export interface Operations {\n${operations.join("")}}\n\n`,
    CLIENT_RUNTIME,
    `\nconst routes: { readonly [K in keyof Operations]: Route } = {\n${routes.join("")}};\n`,
    `\n/** A client for ${tsBlockCommentText(title)}: one method per operation. */\n`,
    `export function createClient(options: ClientOptions) {\n  return {\n${methods.join("")}  };\n}\n\n`,
    `export type Client = ReturnType<typeof createClient>;\n`,
  ].join("");
}
