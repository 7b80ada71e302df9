import { defineRule } from "../../lint/rule.js";

/**
 * BuildKit compares the platform of the pulled base image with the platform of the build. That
 * needs the registry: a static linter cannot know it, so this rule never reports. It exists so that
 * its BuildKit name is known (configuration, `# check=skip=InvalidBaseImagePlatform`).
 */
export default defineRule({
  meta: {
    name: "invalid-base-image-platform",
    category: "correctness",
    severity: "warning",
    description:
      "Base image platform does not match expected target platform (needs the registry: never reported)",
    sources: [{ tool: "buildkit", id: "InvalidBaseImagePlatform" }],
    messages: {
      mismatch:
        'Base image {{image}} was pulled with platform "{{actual}}", expected "{{expected}}" for current build',
    },
    presets: ["recommended", "buildkit"],
  },
  create() {
    return {};
  },
});
