/**
 * The one walk over the IR. `CHILDREN` is a `Record` over every node kind, so
 * adding a kind to the IR fails to compile until the walk knows its children;
 * no consumer writes its own recursive switch over the IR's shape again.
 */
import type { ConfigSection, ConfigSections, IRNode, IRNodeKind, RefType, TypeNode } from "./ir";

export type NodeOfKind<K extends IRNodeKind> = Extract<IRNode, { readonly kind: K }>;
export type TypeKind = TypeNode["kind"];

type ChildrenOf = { readonly [K in IRNodeKind]: (node: NodeOfKind<K>) => readonly IRNode[] };

const none = (): readonly IRNode[] => [];
const opt = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);

function configChildren(config: ConfigSections): ConfigSection<unknown>[] {
  return Object.values(config).filter((s): s is ConfigSection<unknown> => s !== undefined);
}

const CHILDREN: ChildrenOf = {
  spec: (n) => [n.project, ...n.models, ...n.enums, ...n.schemas, ...n.apis, ...n.services, ...(n.webhooks ?? []), ...configChildren(n.config)],
  project: (n) => n.requirements,
  requirement: none,
  model: (n) => [...n.fields, ...n.relations, ...n.indexes, ...(n.checks ?? [])],
  field: (n) => [n.type, ...opt(n.default)],
  literalDefault: none,
  sqlDefault: none,
  relation: none,
  index: none,
  check: none,
  enum: none,
  schema: (n) => [n.type],
  api: (n) => [...opt(n.errorBody), ...n.endpoints],
  endpoint: (n) => [
    ...n.params,
    ...n.query,
    ...(n.headers ?? []),
    ...(n.cookies ?? []),
    ...opt(n.body),
    ...n.responses,
    ...opt(n.errorBody),
    n.auth,
    ...opt(n.rateLimit),
    ...opt(n.pagination),
    ...opt(n.handler),
    ...(n.callbacks ?? []),
  ],
  webhook: (n) => [...(n.headers ?? []), ...opt(n.body), ...n.responses],
  callback: (n) => [...(n.headers ?? []), ...opt(n.body), ...n.responses],
  response: (n) => [...opt(n.type), ...(n.content ?? []), ...(n.headers ?? []), ...(n.examples ?? [])],
  responseContent: (n) => [n.type],
  responseHeader: (n) => [n.type],
  responseExample: none,
  errorBody: (n) => opt(n.type),
  public: none,
  authenticated: none,
  rateLimit: none,
  pagination: none,
  handler: none,
  service: (n) => [...n.dependencies, ...n.methods],
  dependency: none,
  serviceMethod: (n) => [...n.params, ...opt(n.returns), ...n.throws],
  throws: none,
  config: none,
  primitive: none,
  literal: none,
  array: (n) => [n.items],
  record: (n) => [n.values],
  object: (n) => (n.additionalProperties ? [...n.properties, n.additionalProperties] : n.properties),
  ref: none,
  union: (n) => n.variants,
};

/** The direct children of a node, in declaration order. */
export function childrenOf(node: IRNode): readonly IRNode[] {
  return (CHILDREN[node.kind] as (n: IRNode) => readonly IRNode[])(node);
}

/** Return `"skip"` to leave a node's children (and a ref's target) unvisited. */
export type VisitResult = void | "skip";

export type Visitor = {
  readonly [K in IRNodeKind]?: (node: NodeOfKind<K>, ancestors: readonly IRNode[]) => VisitResult;
};

export interface VisitOptions {
  /**
   * Follows references: a `ref`, and each name an object type `extends`, is
   * resolved with this and its target walked as the reference's child. Each
   * target is walked once per `visit` call, so recursive types terminate.
   */
  readonly resolve?: (name: string, ref?: RefType) => IRNode | undefined;
}

/** Depth-first, parents before children, every node kind dispatched through `visitor`. */
export function visit(root: IRNode, visitor: Visitor, options: VisitOptions = {}): void {
  const followed = new Set<IRNode>();
  const ancestors: IRNode[] = [];
  const follow = (name: string, ref?: RefType): void => {
    const target = options.resolve?.(name, ref);
    if (!target || followed.has(target)) return;
    followed.add(target);
    walk(target);
  };
  const walk = (node: IRNode): void => {
    const handler = visitor[node.kind] as ((n: IRNode, a: readonly IRNode[]) => VisitResult) | undefined;
    if (handler?.(node, ancestors) === "skip") return;
    ancestors.push(node);
    if (node.kind === "ref") follow(node.name, node);
    if (node.kind === "object") for (const name of node.extends ?? []) follow(name);
    for (const child of childrenOf(node)) walk(child);
    ancestors.pop();
  };
  walk(root);
}

export type TypeMatcher<R> = { readonly [K in TypeKind]: (node: Extract<TypeNode, { readonly kind: K }>) => R };

/** Exhaustive dispatch on a type node's kind (a fold: printers, schema builders). */
export function matchType<R>(type: TypeNode, matcher: TypeMatcher<R>): R {
  return (matcher[type.kind] as (n: TypeNode) => R)(type);
}
