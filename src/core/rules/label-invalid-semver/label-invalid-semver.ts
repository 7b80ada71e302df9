import { labelTypeRule } from "../label-missing/label-schema.js";

// Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH[-pre.release][+build.metadata], no leading zeros.
const NUM = "(?:0|[1-9]\\d*)";
const PRE = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-${PRE}(?:\\.${PRE})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`,
);

export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

export default labelTypeRule({
  name: "label-invalid-semver",
  type: "semver",
  hadolintId: "DL3056",
  description: "A label the label schema declares as `semver` is not a semantic version",
  message: "Label `{{label}}` does not conform to semantic versioning: `{{value}}`",
  valid: isSemver,
});
