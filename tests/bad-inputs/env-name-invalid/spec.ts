import type { DeploymentConfig, Default, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
}

export const deployment = {
  env: [
    { env: "PORT", example: "3000" },
    { env: "APP URL\nEVIL", example: "x" }, // @expect SL3041
  ],
  migrations: [],
} satisfies DeploymentConfig;
