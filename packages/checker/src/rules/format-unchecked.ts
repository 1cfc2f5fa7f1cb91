import { childrenOf, visit, type IRNode, type SourceLocation } from "@specloom/core";
import { defineRule } from "../rule";
import { NodeFindings } from "../util/node-findings";

/** The closest enclosing node that has a position (field, schema, model, endpoint…). */
function nearestLoc(ancestors: readonly IRNode[]): SourceLocation | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if ("loc" in node) return node.loc;
  }
  return undefined;
}

/** Where the value sits, for the message: `Model.field`, or the schema or endpoint name. */
function owner(ancestors: readonly IRNode[]): string {
  const named = ancestors.filter((n): n is Extract<IRNode, { name: string }> => "name" in n && typeof n.name === "string");
  return named
    .slice(-2)
    .map((n) => n.name)
    .join(".");
}

/**
 * By top-level node (a model, schema, API group, config section…): the walk reads nothing outside it, and the
 * spec itself, the one ancestor a node's own walk leaves out, has neither a name nor a position.
 */
const findings = new NodeFindings<IRNode>();

export default defineRule({
  id: "format-unchecked",
  code: "SL4160",
  severity: "warning",
  message: "Custom format '{format}' of '{where}' goes to OpenAPI as written, but validators.ts cannot check it and accepts any string.",
  docs: '`CustomFormat<"…">` is passed through to OpenAPI; specloom has no checker for it. Register your own check in TypeBox\'s FormatRegistry before the generated one, or turn the rule off once you have.',
  checklist: ["models"],
  check(ctx) {
    findings.each(ctx, childrenOf(ctx.ir), (top, report) => {
      visit(top, {
        primitive(node, ancestors) {
          const format = node.constraints?.customFormat;
          // Number formats are annotations in validators.ts as in OpenAPI: only a string format is a check left undone.
          if (format !== undefined && node.name === "string") report({ format, where: owner(ancestors) }, nearestLoc(ancestors));
        },
      });
    });
  },
});
