export { importPostgres, catalogToSpec, type PostgresImportOptions } from "./postgres/import-postgres";
export { readCatalog, type Catalog, type CatalogTable, type Queryable } from "./postgres/catalog";
export { isConnectionUrl } from "./postgres/source";
export { openPglite } from "./postgres/pglite";
export { loadOpenApi, pointerSegments, type LoadedDocument, type LoadResult } from "./openapi/load";
export { projectFiles, ENTRY, type ProjectFile } from "./project";
export type { ImportedSpec, SpecModule, SpecEntity, SpecEnum, SpecField } from "./spec-model";
export { importOpenApi, openApiToProject, type OpenApiImportResult, type OpenApiImportOptions } from "./openapi/import-openapi";
