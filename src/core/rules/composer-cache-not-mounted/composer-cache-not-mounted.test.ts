import { testRule } from "../../lint/rule-tester.js";
import rule from "./composer-cache-not-mounted.js";

/** hadolint checks each case as written and inside ONBUILD */
const both = (code: string) => [code, `ONBUILD ${code}`];

testRule(rule, {
  valid: [
    // hadolint DL3073 spec
    ...both("RUN echo hello"),
    ...both("RUN --mount=type=cache,target=/root/.composer/cache composer install"),
    ...both("RUN --mount=type=tmpfs,target=/root/.composer/cache composer install"),
    // shipshape
    {
      name: "the XDG cache",
      code: "FROM php:8.3\nRUN --mount=type=cache,target=/root/.cache/composer composer install",
    },
    {
      name: "ENV COMPOSER_HOME",
      code: "FROM composer:2\nENV COMPOSER_HOME=/tmp\nRUN --mount=type=cache,target=/tmp/cache composer install",
    },
    "FROM php:8.3\nRUN composer dump-autoload --optimize",
  ],
  invalid: [
    // hadolint DL3073 spec
    {
      code: "RUN composer install",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 21 }],
      onbuild: true,
    },
    {
      code: "RUN composer update",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 20 }],
      onbuild: true,
    },
    {
      code: "RUN --mount=type=cache,target=/wrong/path composer install",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 59 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "options before the command",
      code: "FROM php:8.3\nRUN composer --no-interaction -d /app require monolog/monolog",
      errors: [
        {
          message:
            "`composer require` runs without a BuildKit cache mount on Composer's cache: the downloaded packages are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target=/root/.composer/cache` (`$COMPOSER_CACHE_DIR`, or `$COMPOSER_HOME/cache`)",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 46,
        },
      ],
    },
    {
      name: "ENV COMPOSER_CACHE_DIR is suggested",
      code: "FROM php:8.3\nENV COMPOSER_CACHE_DIR=/cc\nRUN composer.phar i",
      errors: [{ message: /target=\/cc`/, line: 3, column: 5, endLine: 3, endColumn: 20 }],
    },
  ],
});
