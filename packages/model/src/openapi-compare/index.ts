export { compareOpenApi, type OpenApiDifference, type DifferenceKind, type DifferenceContext } from "./compare";
export { serverBasePath } from "./operations";
