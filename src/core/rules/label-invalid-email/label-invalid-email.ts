import { labelTypeRule } from "../label-missing/label-schema.js";

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOT_ATOM = `${ATOM}(?:\\.${ATOM})*`;
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const DOMAIN_LITERAL = "\\[[^\\[\\]\\\\\\s]*\\]";
const ADDR_SPEC = new RegExp(`^(?:${DOT_ATOM}|${QUOTED})@(?:${DOT_ATOM}|${DOMAIN_LITERAL})$`);

/** An RFC 5322 addr-spec (`local@domain`, no display name or comments), at most 254 characters. */
export function isEmail(value: string): boolean {
  return value.length <= 254 && ADDR_SPEC.test(value);
}

export default labelTypeRule({
  name: "label-invalid-email",
  type: "email",
  hadolintId: "DL3058",
  description: "A label the label schema declares as `email` is not an RFC 5322 email address",
  message: "Label `{{label}}` is not a valid email format - must conform to RFC5322: `{{value}}`",
  valid: isEmail,
});
