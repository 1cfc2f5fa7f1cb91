/** Request and response payloads as TypeScript blocks, one level expanded. */
import type { FieldNode, TypeNode } from "@specloom/core";
import type { SectionContext } from "../context";
import { requestVisibleFields, responseVisibleFields } from "@specloom/model";
import { code, prose, type Md } from "../render/md";
import { memberLines, typeText } from "../render/ts-type";
import { deprecationNote, payloadFieldComment } from "./field-notes";

/** The members a payload shows, after response/request visibility for models. */
function payloadMembers(ctx: SectionContext, type: TypeNode, direction: "request" | "response"): readonly FieldNode[] | undefined {
  if (type.kind === "object") return type.properties;
  if (type.kind !== "ref") return undefined;
  if (type.refKind === "model") {
    const model = ctx.index.models.get(type.name);
    return model && (direction === "request" ? requestVisibleFields(model) : responseVisibleFields(model));
  }
  const schema = type.refKind === "schema" ? ctx.index.schemas.get(type.name) : undefined;
  return schema?.type.kind === "object" ? schema.type.properties : undefined;
}

/** `**Label** (`Name`):` then the block. */
export function renderPayload(ctx: SectionContext, md: Md, label: string, type: TypeNode, direction: "request" | "response"): void {
  const model = type.kind === "ref" && type.refKind === "model" ? ctx.index.models.get(type.name) : undefined;
  const target = model ?? (type.kind === "ref" && type.refKind === "schema" ? ctx.index.schemas.get(type.name) : undefined);
  // The API's name for it, as in openapi.json (a model's `schemaName`).
  const name = type.kind === "ref" ? (model?.schemaName ?? type.name) : undefined;
  const deprecated = deprecationNote(ctx, target?.docs.deprecated);
  md.paragraph(name ? `**${label}** (${code(name)}${deprecated ? `, ${prose(deprecated)}` : ""}):` : `**${label}**:`);
  const members = payloadMembers(ctx, type, direction);
  if (!members) {
    md.code("typescript", typeText(type, ctx.index, { dates: "string" }));
    return;
  }
  const lines = memberLines(members, ctx.index, { dates: "string" }, (f) => payloadFieldComment(ctx, f));
  md.code("typescript", ["{", ...lines, "}"]);
}
