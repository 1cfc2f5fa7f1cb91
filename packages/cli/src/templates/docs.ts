/**
 * Prerequisite documents `specloom init` writes, so a new project builds
 * without 'prerequisite-missing' warnings and `@implements FR-1` links resolve.
 * The user replaces them with the real ones.
 */

import { mdInline } from "@specloom/core";

const SAMPLE_REQUIREMENTS = `
- **FR-1**: Visitors can register with an email address and a display name.
- **FR-2**: Signed-in users can view a user's profile.
`;

const NO_REQUIREMENTS = `
None yet. Write each one as a bullet that starts with its bold id (FR, then a dash and a number), and tag the
endpoints and service methods that implement it with \`@implements\` and that id.
`;

/** `sampleRequirements: false` (import) leaves the list empty, so no unimplemented-requirement warnings appear. */
export function starterDocs(projectName: string, sampleRequirements = true): { path: string; content: string }[] {
  return [
    {
      path: "docs/product/PRD.md",
      content: `# ${mdInline(projectName)} — Product Requirements

Describe the product here: who uses it and what for.

## Functional Requirements
${sampleRequirements ? SAMPLE_REQUIREMENTS : NO_REQUIREMENTS}`,
    },
    {
      path: "docs/technical/architecture.md",
      content: `# Architecture

A single HTTP API service in front of one PostgreSQL database. Describe components, boundaries and data flow here.
`,
    },
    {
      path: "docs/technical/tech-stack.md",
      content: `# Tech stack

- Database: PostgreSQL
- API: HTTP/JSON, documented with OpenAPI
`,
    },
  ];
}
