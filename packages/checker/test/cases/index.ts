import type { RuleCase } from "../helpers";
import { authCases } from "./auth";
import { endpointCases } from "./endpoints";
import { modelCases } from "./models";
import { opsCases } from "./ops";
import { securityCases } from "./security";

export const cases: Record<string, RuleCase> = { ...modelCases, ...endpointCases, ...authCases, ...securityCases, ...opsCases };
