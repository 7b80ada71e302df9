import { labelTypeRule } from "../label-missing/label-schema.js";

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/** An RFC 3339 date-time (`2021-03-10T10:26:33.5+01:00`), with calendar and clock ranges checked. */
export function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days || hour > 23 || minute > 59 || second > 60) return false;
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return false;
  return true;
}

export default labelTypeRule({
  name: "label-invalid-rfc3339",
  type: "rfc3339",
  hadolintId: "DL3053",
  description: "A label the label schema declares as `rfc3339` is not an RFC 3339 date-time",
  message: "Label `{{label}}` is not a valid time format - must conform to RFC3339: `{{value}}`",
  valid: isRfc3339,
});
