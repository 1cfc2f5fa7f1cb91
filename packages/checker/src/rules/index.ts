/** Every rule, in code order. Adding a rule: a file here, a line below, a row in README.md. */
import type { Rule } from "../rule";
import modelPrimaryKey from "./model-primary-key";
import relationTargetExists from "./relation-target-exists";
import namingDuplicateTable from "./naming-duplicate-table";
import namingDuplicateColumn from "./naming-duplicate-column";
import fkIndexMissing from "./fk-index-missing";
import indexFieldUnknown from "./index-field-unknown";
import fkRequiredCycle from "./fk-required-cycle";
import routeDuplicate from "./route-duplicate";
import routeAmbiguous from "./route-ambiguous";
import operationNameDuplicate from "./operation-name-duplicate";
import pathParamMismatch from "./path-param-mismatch";
import requestBodyMissing from "./request-body-missing";
import responseSchemaMissing from "./response-schema-missing";
import handlerUnknown from "./handler-unknown";
import authConfigMissing from "./auth-config-missing";
import authRoleUnknown from "./auth-role-unknown";
import authOwnershipParam from "./auth-ownership-param";
import tokenTtl from "./token-ttl";
import errorResponsesMissing from "./error-responses-missing";
import authRateLimit from "./auth-rate-limit";
import sensitiveFieldExposed from "./sensitive-field-exposed";
import sensitiveFieldLogged from "./sensitive-field-logged";
import passwordHashRounds from "./password-hash-rounds";
import inlineSecret from "./inline-secret";
import integrationResilience from "./integration-resilience";
import jobRetry from "./job-retry";
import cronInvalid from "./cron-invalid";
import durationInvalid from "./duration-invalid";
import cacheKeyUnknownEntity from "./cache-key-unknown-entity";
import cacheEventUnknown from "./cache-event-unknown";
import requirementUnimplemented from "./requirement-unimplemented";
import requirementUnknown from "./requirement-unknown";
import handlerErrorUndocumented from "./handler-error-undocumented";
import authSigningKey from "./auth-signing-key";
import formatUnchecked from "./format-unchecked";
import parameterLocation from "./parameter-location";
import binaryInJsonBody from "./binary-in-json-body";
import methodBody from "./method-body";

export const rules: readonly Rule[] = [
  modelPrimaryKey,
  relationTargetExists,
  namingDuplicateTable,
  namingDuplicateColumn,
  fkIndexMissing,
  indexFieldUnknown,
  fkRequiredCycle,
  routeDuplicate,
  routeAmbiguous,
  operationNameDuplicate,
  pathParamMismatch,
  requestBodyMissing,
  responseSchemaMissing,
  handlerUnknown,
  authConfigMissing,
  authRoleUnknown,
  authOwnershipParam,
  tokenTtl,
  errorResponsesMissing,
  authRateLimit,
  sensitiveFieldExposed,
  sensitiveFieldLogged,
  passwordHashRounds,
  inlineSecret,
  integrationResilience,
  jobRetry,
  cronInvalid,
  durationInvalid,
  cacheKeyUnknownEntity,
  cacheEventUnknown,
  requirementUnimplemented,
  requirementUnknown,
  handlerErrorUndocumented,
  authSigningKey,
  formatUnchecked,
  parameterLocation,
  binaryInJsonBody,
  methodBody,
];
