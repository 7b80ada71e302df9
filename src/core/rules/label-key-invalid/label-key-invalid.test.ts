// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not templates
import { testRule } from "../../lint/rule-tester.js";
import rule from "./label-key-invalid.js";

testRule(rule, {
  valid: [
    'LABEL org.valid-key.label3="foo"',
    'LABEL validlabel="foo"',
    'FROM alpine\nLABEL "org.opencontainers.image.title"="x"',
    'FROM alpine\nONBUILD LABEL validlabel="foo"',
    // unknown expansion: nothing to check
    'FROM alpine\nLABEL ${K}="foo"',
    // hadolint flags the `$` of `invalid$character`; BuildKit expands it (to `invalid` when unset)
    'LABEL invalid$character="foo"',
  ],
  invalid: [
    {
      code: 'LABEL com.docker.label="foo"',
      errors: [{ messageId: "invalid", message: /reserved/, line: 1, column: 7, endLine: 1, endColumn: 23 }],
    },
    { code: 'LABEL io.docker.label="foo"', errors: [{ line: 1, column: 7, endLine: 1, endColumn: 22 }] },
    {
      code: 'LABEL org.dockerproject.label="foo"',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 30 }],
    },
    {
      code: 'LABEL invalid_character="foo"',
      errors: [
        { message: /Invalid label key `invalid_character`/, line: 1, column: 7, endLine: 1, endColumn: 24 },
      ],
    },
    {
      code: 'LABEL .invalid="foo"',
      errors: [{ message: /start with/, line: 1, column: 7, endLine: 1, endColumn: 15 }],
    },
    { code: 'LABEL -invalid="foo"', errors: [{ line: 1, column: 7, endLine: 1, endColumn: 15 }] },
    { code: 'LABEL 1invalid="foo"', errors: [{ line: 1, column: 7, endLine: 1, endColumn: 15 }] },
    { code: 'LABEL .invalid ="foo"', errors: [{ line: 1, column: 7, endLine: 1, endColumn: 15 }] },
    { code: 'LABEL -invalid ="foo"', errors: [{ line: 1, column: 7, endLine: 1, endColumn: 15 }] },
    { code: 'LABEL 1invalid ="foo"', errors: [{ line: 1, column: 7, endLine: 1, endColumn: 15 }] },

    {
      code: 'LABEL invalid.="foo"',
      errors: [{ message: /end with/, line: 1, column: 7, endLine: 1, endColumn: 15 }],
    },
    {
      code: 'LABEL invalid..character="foo"',
      errors: [{ message: /repeat/, line: 1, column: 7, endLine: 1, endColumn: 25 }],
    },
    { code: 'LABEL invalid--character="foo"', errors: [{ line: 1, column: 7, endLine: 1, endColumn: 25 }] },
    {
      name: "upper case, ONBUILD, second pair",
      code: "FROM alpine\nONBUILD LABEL ok=1 Maintainer=me\n",
      errors: [{ message: /lower-case/, line: 2, column: 20, endLine: 2, endColumn: 30 }],
    },
  ],
});
