import { defineRule } from "../../lint/rule.js";

/** `$BUILDPLATFORM`, `${TARGETPLATFORM:-linux/amd64}`: the platform follows the build, not one fixed value */
const AUTOMATIC_PLATFORM = /\$\{?(BUILD|TARGET)PLATFORM\b/;

export default defineRule({
  meta: {
    name: "from-platform-flag",
    category: "correctness",
    severity: "warning",
    description: "FROM uses --platform, which ties the stage to one platform",
    sources: [{ tool: "hadolint", id: "DL3029" }],
    messages: {
      platform: "Do not use --platform flag with FROM",
    },
    presets: ["hadolint"],
  },
  create(ctx) {
    return {
      FROM(inst) {
        for (const flag of inst.flags) {
          if (flag.name !== "platform" || !flag.value || AUTOMATIC_PLATFORM.test(flag.raw)) continue;
          ctx.report({ range: flag.range, messageId: "platform" });
        }
      },
    };
  },
});
