import { labelTypeRule } from "../label-missing/label-schema.js";

/** A git commit hash as hadolint accepts it: 7 (short) or 40 lower-case hex digits. */
export function isGitHash(value: string): boolean {
  return /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value);
}

export default labelTypeRule({
  name: "label-invalid-git-hash",
  type: "hash",
  hadolintId: "DL3055",
  description: "A label the label schema declares as `hash` is not a git commit hash",
  message: "Label `{{label}}` is not a valid git hash: `{{value}}`",
  valid: isGitHash,
});
