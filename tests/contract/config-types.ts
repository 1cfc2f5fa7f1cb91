/**
 * Compile-time contract, checked by tests/contract-types.test.ts: the value
 * types the authoring package (`specloom`) declares for config sections and the
 * enums the IR uses are identical to the ones in the IR contract
 * (@specloom/core). A change on either side fails here until both agree, and
 * then the IR schema changes with it (see DEVELOPING.md, "IR format version").
 */
import type * as Authoring from "specloom";
import type * as Contract from "@specloom/core";

/** True only when X and Y are the same type (not merely mutually assignable). */
type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type Checks = [
  Expect<Equal<Authoring.FormatName, Contract.FormatName>>,
  Expect<Equal<Authoring.HttpMethod, Contract.HttpMethod>>,
  Expect<Equal<Authoring.ReferentialAction, Contract.ReferentialAction>>,
  Expect<Equal<Authoring.Duration, Contract.Duration>>,
  Expect<Equal<Authoring.EnvRef, Contract.EnvRef>>,
  Expect<Equal<Authoring.RetryPolicy, Contract.RetryPolicy>>,
  Expect<Equal<Authoring.NoRetry, Contract.NoRetry>>,
  Expect<Equal<Authoring.AuthConfig, Contract.AuthConfig>>,
  Expect<Equal<Authoring.ErrorExample, Contract.ErrorExample>>,
  Expect<Equal<Authoring.ErrorsConfig, Contract.ErrorsConfig>>,
  Expect<Equal<Authoring.IntegrationConfig, Contract.IntegrationConfig>>,
  Expect<Equal<Authoring.IntegrationsConfig, Contract.IntegrationsConfig>>,
  Expect<Equal<Authoring.JobConfig, Contract.JobConfig>>,
  Expect<Equal<Authoring.JobsConfig, Contract.JobsConfig>>,
  Expect<Equal<Authoring.CacheEntryConfig, Contract.CacheEntryConfig>>,
  Expect<Equal<Authoring.CachingConfig, Contract.CachingConfig>>,
  Expect<Equal<Authoring.LogLevel, Contract.LogLevel>>,
  Expect<Equal<Authoring.LoggingConfig, Contract.LoggingConfig>>,
  Expect<Equal<Authoring.MonitoringConfig, Contract.MonitoringConfig>>,
  Expect<Equal<Authoring.PerformanceConfig, Contract.PerformanceConfig>>,
  Expect<Equal<Authoring.SecurityConfig, Contract.SecurityConfig>>,
  Expect<Equal<Authoring.TestingConfig, Contract.TestingConfig>>,
  Expect<Equal<Authoring.DeploymentConfig, Contract.DeploymentConfig>>,
];

/** Every config section of the IR has its value type checked above. */
type SectionValue<K extends Contract.ConfigSectionName> = NonNullable<Contract.ConfigSections[K]>["value"];
export type SectionChecks = [
  Expect<Equal<SectionValue<"auth">, Authoring.AuthConfig>>,
  Expect<Equal<SectionValue<"errors">, Authoring.ErrorsConfig>>,
  Expect<Equal<SectionValue<"integrations">, Authoring.IntegrationsConfig>>,
  Expect<Equal<SectionValue<"jobs">, Authoring.JobsConfig>>,
  Expect<Equal<SectionValue<"caching">, Authoring.CachingConfig>>,
  Expect<Equal<SectionValue<"logging">, Authoring.LoggingConfig>>,
  Expect<Equal<SectionValue<"monitoring">, Authoring.MonitoringConfig>>,
  Expect<Equal<SectionValue<"performance">, Authoring.PerformanceConfig>>,
  Expect<Equal<SectionValue<"security">, Authoring.SecurityConfig>>,
  Expect<Equal<SectionValue<"testing">, Authoring.TestingConfig>>,
  Expect<Equal<SectionValue<"deployment">, Authoring.DeploymentConfig>>,
  Expect<
    Equal<
      Contract.ConfigSectionName,
      "auth" | "errors" | "integrations" | "jobs" | "caching" | "logging" | "monitoring" | "performance" | "security" | "testing" | "deployment"
    >
  >,
];
