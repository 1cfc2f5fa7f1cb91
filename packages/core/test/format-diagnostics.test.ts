/** The terminal format of a diagnostic: tsc's layout, whole-span underlines, chains as indented lines, colour only when asked. */
import * as path from "node:path";
import { formatDiagnosticText, tokenLength, type Diagnostic } from "@specloom/core";
import { expectGolden } from "@specloom/test-support";

const SOURCE = [
  'import type { Entity, UUID } from "specloom";',
  "export interface User extends Entity<{ timestamp: true }> {",
  "  id: UUID;",
  "  getUser: Endpoint<{",
  '    method: "GT";',
  '    path: "/:id";',
  '    auth: "public";',
  "    responses: { 200: User };",
  "  }>;",
  "}",
].join("\n");
const read = (file: string) => (file === "spec/index.ts" ? SOURCE : undefined);
const golden = (name: string) => path.join(__dirname, "golden", "format", name);

const unknownKey: Diagnostic = {
  id: "unknown-option-key",
  code: "SL3014",
  severity: "error",
  message: "Unknown key 'timestamp' in EntityOptions. Did you mean 'timestamps'?",
  loc: { file: "spec/index.ts", line: 2, column: 40 },
  end: { line: 2, column: 49 },
};
const chain: Diagnostic = {
  id: "ts-error",
  code: "SL2001",
  severity: "error",
  message:
    "TS2344: Type '{ method: \"GT\"; … }' does not satisfy the constraint 'EndpointOptions'.\n  Types of property 'method' are incompatible.\n    Type '\"GT\"' is not assignable to type 'HttpMethod'.",
  loc: { file: "spec/index.ts", line: 4, column: 21 },
  end: { line: 9, column: 4 },
};
const ruleWithoutEnd: Diagnostic = {
  id: "path-param-mismatch",
  code: "SL4011",
  severity: "warning",
  message: "Path parameter 'id' of 'GET /:id' is in the path but not declared in params.",
  loc: { file: "spec/index.ts", line: 6, column: 5 },
};

test("underlines the whole span of a key", () => {
  expectGolden(golden("unknown-key.txt"), formatDiagnosticText(unknownKey, read) + "\n");
});

test("keeps a message chain as indented lines and elides the middle of a long span", () => {
  expectGolden(golden("chain.txt"), formatDiagnosticText(chain, read) + "\n");
});

test("a location without an end underlines the token it points at", () => {
  expectGolden(golden("token.txt"), formatDiagnosticText(ruleWithoutEnd, read) + "\n");
  expect(tokenLength('"/:id"; x', 0)).toBe(6);
  expect(tokenLength("{ 200: User }", 0)).toBe(1);
});

test("colour only when asked: file, position, severity, code and underline", () => {
  const plain = formatDiagnosticText(unknownKey, read);
  const colored = formatDiagnosticText(unknownKey, read, { color: true });
  expect(plain).not.toMatch(/\x1b\[/);
  expect(colored.replace(/\x1b\[\d+m/g, "")).toBe(plain);
  expect(colored).toContain("\x1b[91merror\x1b[0m");
  expect(colored).toContain("\x1b[96mspec/index.ts\x1b[0m");
  expectGolden(golden("colored.txt"), colored + "\n");
});
