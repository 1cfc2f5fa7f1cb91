/** Rules on IR from the real front end, for shapes a hand-made IR could get wrong (Pick<> of a model). */
import * as path from "node:path";
import type ts from "typescript";
import { DEFAULT_CONFIG } from "@specloom/core";
import { compileProject } from "@specloom/frontend";
import { runChecker } from "../src";

const projectDir = path.join(__dirname, "virtual-project");
const entry = path.join(projectDir, DEFAULT_CONFIG.entry);

const source = (response: string) => `
import type { Api, Endpoint, Entity, PrimaryKey, Sensitive, UUID, LoggingConfig } from "specloom";

/** A user. */
export interface User extends Entity {
  /** Id. */
  id: UUID & PrimaryKey;
  /** Email. */
  email: string;
  /** Hash. */
  password_hash: string & Sensitive;
}

/** A leaky projection. */
export type UserSecret = Pick<User, "id" | "password_hash">;

/** Users. */
export interface UsersApi extends Api<{ prefix: "/api/users" }> {
  /** Get one. */
  getUser: Endpoint<{ method: "GET"; path: "/:id"; params: { id: UUID }; auth: "public"; responses: { 200: ${response}; 404: "Not found" } }>;
}

export const logging = { format: "json", levels: ["info"], log: ["requests"], exclude: [] } satisfies LoggingConfig;
`;

let oldProgram: ts.Program | undefined; // reused: lib files are parsed once

function check(response: string) {
  const { ir, diagnostics, program } = compileProject({
    projectDir,
    config: DEFAULT_CONFIG,
    readFile: (file) => (file === entry ? source(response) : undefined),
    ...(oldProgram ? { oldProgram } : {}),
  });
  oldProgram = program;
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return runChecker(ir!, DEFAULT_CONFIG).diagnostics.filter((d) => d.id === "sensitive-field-exposed");
}

it("flags a schema that picks a sensitive model field", () => {
  expect(check("UserSecret").map((d) => d.message)).toEqual([expect.stringContaining("sensitive field 'password_hash'")]);
});

it("accepts the model itself, whose sensitive fields the emitters strip", () => {
  expect(check("User")).toEqual([]);
});
