/**
 * The GraphQL plugin on the seed example (spec-src) and every examples/*
 * project: graphql-js builds and validates the SDL, every endpoint is a root
 * field (GET → Query, the rest → Mutation), every model and enum is a type,
 * and no sensitive or internal field is exposed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSchema, GraphQLEnumType, GraphQLObjectType, validateSchema } from "graphql";
import { buildGraphqlSchema, graphqlName } from "@specloom/plugin-graphql";
import { compileOrFail } from "@specloom/test-support";

const ROOT = path.resolve(__dirname, "../../..");
const PROJECTS = [ROOT, ...fs.readdirSync(path.join(ROOT, "examples")).map((d) => path.join(ROOT, "examples", d))].filter((d) =>
  fs.existsSync(path.join(d, "specloom.config.json")),
);

/** From the run's shared compilation (test-support). */
const compile = (dir: string) => compileOrFail(dir).ir;

test.each(PROJECTS.map((p) => [path.relative(ROOT, p) || "spec-src", p]))("%s: graphql-js accepts the SDL and it covers the spec", (_name, dir) => {
  const ir = compile(dir);
  const { sdl, diagnostics } = buildGraphqlSchema(ir, { uuidAsId: true });
  const schema = buildSchema(sdl);
  expect(validateSchema(schema).map((e) => e.message)).toEqual([]);
  // What GraphQL cannot say (a renamed enum value, a union in a request body) is a positioned warning.
  for (const d of diagnostics) expect(d).toMatchObject({ severity: "warning", loc: expect.objectContaining({ file: expect.any(String) }) });

  const endpoints = ir.apis.flatMap((a) => a.endpoints);
  const queryFields = Object.keys(schema.getQueryType()!.getFields());
  const mutationFields = Object.keys(schema.getMutationType()?.getFields() ?? {});
  expect(queryFields).toEqual(endpoints.filter((e) => e.method === "GET").map((e) => graphqlName(e.name)));
  expect(mutationFields).toEqual(endpoints.filter((e) => e.method !== "GET").map((e) => graphqlName(e.name)));

  for (const model of ir.models) {
    const type = schema.getType(graphqlName(model.name));
    expect(type).toBeInstanceOf(GraphQLObjectType);
    const fields = (type as GraphQLObjectType).getFields();
    for (const field of model.fields) {
      const exposed = field.visibility === "normal" || field.visibility === "readOnly";
      const navigation = model.relations.some((r) => r.relationKind !== "belongsTo" && r.name === field.name);
      expect({ model: model.name, field: field.name, present: graphqlName(field.name) in fields }).toEqual({
        model: model.name,
        field: field.name,
        present: exposed && !navigation,
      });
    }
  }
  for (const e of ir.enums) expect(schema.getType(graphqlName(e.name))).toBeInstanceOf(GraphQLEnumType);
  // Deterministic: the same IR gives the same bytes.
  expect(buildGraphqlSchema(JSON.parse(JSON.stringify(ir)), { uuidAsId: true }).sdl).toBe(sdl);
});
