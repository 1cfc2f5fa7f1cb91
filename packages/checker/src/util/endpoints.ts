/** Endpoint helpers shared by the route and response rules, over the model's one route grammar. */
import { isSuccessStatus, type EndpointNode, type ResponseStatus, type SourceLocation, type SpecIR } from "@specloom/core";
import { endpointRoute, getModel, routeKey as modelRouteKey, type RouteSegment } from "@specloom/model";

/** Every endpoint, in declaration order (API groups, then their endpoints): the model's list, built once per IR. */
export function allEndpoints(ir: SpecIR): readonly EndpointNode[] {
  return getModel(ir).index.endpoints;
}

export function routeSegments(e: EndpointNode): readonly RouteSegment[] {
  return endpointRoute(e).segments;
}

export function pathParams(e: EndpointNode): readonly string[] {
  return endpointRoute(e).params;
}

/** By node identity: route-duplicate and route-ambiguous both ask, and watch mode keeps unchanged nodes. */
const routeKeys = new WeakMap<EndpointNode, string>();

/** Route shape with parameter names erased: `/users/:id` and `/users/:userId` are the same route. */
export function routeKey(e: EndpointNode): string {
  let key = routeKeys.get(e);
  if (key === undefined) routeKeys.set(e, (key = modelRouteKey(e.method, endpointRoute(e))));
  return key;
}

/** Where an option of the endpoint is written, or the endpoint's name when the option is absent. */
export function optionLoc(e: EndpointNode, option: string): SourceLocation {
  return e.locs?.[option] ?? e.loc;
}

export function describeEndpoint(e: EndpointNode): string {
  return `${e.method} ${e.path}`;
}

/** A 2xx code or the `2XX` range. */
export function isSuccess(status: ResponseStatus): boolean {
  return isSuccessStatus(status);
}
