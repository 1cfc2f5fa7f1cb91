/** What a response says beyond its body, for an endpoint's responses and a webhook receiver's alike. */
import type { ResponseNode } from "@specloom/core";
import type { SectionContext } from "../context";
import { code, type Md, prose } from "../render/md";
import { typeText } from "../render/ts-type";

/** Media types other than JSON, headers and named examples: what a client must know beyond the body. */
export function renderResponseDetails(ctx: SectionContext, md: Md, r: ResponseNode): void {
  const { t } = ctx;
  if (r.contentTypes?.length && !r.noBody) md.field(t.api.mediaTypes(r.status), r.contentTypes.join(", "));
  if (r.content?.length)
    md.field(t.api.otherBodies(r.status)).bullets(
      r.content.map((c) => `${code(c.mediaType)}: ${prose(typeText(c.type, ctx.index, { dates: "string" }))}`),
    );
  if (r.headers?.length) {
    md.field(t.api.responseHeaders(r.status)).bullets(
      r.headers.map((h) => {
        const notes = [h.required ? t.common.required : t.common.optional, ...(h.description ? [h.description] : [])];
        return `${code(h.name)}: ${prose(typeText(h.type, ctx.index, { dates: "string" }))} (${notes.join(", ")})`;
      }),
    );
  }
  if (r.examples?.length) {
    md.field(t.api.responseExamples(r.status));
    for (const ex of r.examples) {
      if (ex.summary) md.paragraph(`${code(ex.name)}: ${ex.summary}`);
      else md.paragraph(code(ex.name));
      md.code("json", JSON.stringify(ex.value, null, 2));
    }
  }
}
