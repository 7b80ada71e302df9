import { testRule } from "../../lint/rule-tester.js";
import rule from "./apk-add-cache.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "ONBUILD RUN apk add --no-cache flex=2.6.4-r1",
    "ONBUILD RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0",
    "ONBUILD RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0",
    "RUN apk add --no-cache flex=2.6.4-r1",
    "RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0",
    "RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0",
    "RUN apk update",
  ],
  invalid: [
    {
      code: "RUN apk add flex=2.6.4-r1",
      errors: [{ messageId: "noCache", line: 1, column: 5, endLine: 1, endColumn: 12 }],
      onbuild: true,
    },
    {
      code: "RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0",
      errors: [{ line: 1, column: 46, endLine: 1, endColumn: 53 }],
      onbuild: true,
    },
  ],
});
