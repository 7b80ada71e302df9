import { labelTypeRule } from "../label-missing/label-schema.js";
import { SPDX_EXCEPTION_IDS, SPDX_LICENSE_IDS } from "./spdx-ids.js";

const LICENSES = new Set(SPDX_LICENSE_IDS.map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set(SPDX_EXCEPTION_IDS.map((id) => id.toLowerCase()));
const LICENSE_REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

function isLicense(token: string): boolean {
  if (LICENSE_REF.test(token)) return true;
  const id = token.toLowerCase();
  return LICENSES.has(id) || (id.endsWith("+") && LICENSES.has(id.slice(0, -1)));
}

/**
 * An SPDX license expression: an identifier (`MIT`), `LicenseRef-...`, `id+`, `id WITH exception`,
 * combined with AND / OR and parentheses.
 */
export function isSpdxExpression(value: string): boolean {
  const tokens = value.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const op = (name: string) => {
    const t = tokens[i];
    if (t === name || t === name.toLowerCase()) {
      i++;
      return true;
    }
    return false;
  };
  const simple = (): boolean => {
    if (tokens[i] === "(") {
      i++;
      if (!or() || tokens[i] !== ")") return false;
      i++;
      return true;
    }
    const t = tokens[i];
    if (t === undefined || !isLicense(t)) return false;
    i++;
    if (op("WITH")) {
      const e = tokens[i];
      if (e === undefined || !EXCEPTIONS.has(e.toLowerCase())) return false;
      i++;
    }
    return true;
  };
  const and = (): boolean => {
    if (!simple()) return false;
    while (op("AND")) if (!simple()) return false;
    return true;
  };
  const or = (): boolean => {
    if (!and()) return false;
    while (op("OR")) if (!and()) return false;
    return true;
  };
  return tokens.length > 0 && or() && i === tokens.length;
}

export default labelTypeRule({
  name: "label-invalid-spdx",
  type: "spdx",
  hadolintId: "DL3054",
  description: "A label the label schema declares as `spdx` is not an SPDX license identifier or expression",
  message: "Label `{{label}}` is not a valid SPDX license identifier: `{{value}}`",
  valid: isSpdxExpression,
});
