import { labelTypeRule } from "../label-missing/label-schema.js";

/** An absolute URI (RFC 3986): a scheme, `:`, then only URI characters and valid %-escapes. */
export function isUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(value);
}

export default labelTypeRule({
  name: "label-invalid-url",
  type: "url",
  hadolintId: "DL3052",
  description: "A label the label schema declares as `url` is not a valid URL",
  message: "Label `{{label}}` is not a valid URL: `{{value}}`",
  valid: isUri,
});
