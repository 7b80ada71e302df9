import { testRule } from "../../lint/rule-tester.js";
import rule from "./gem-unpinned-version.js";

testRule(rule, {
  valid: [
    "RUN gem install bundler:2.5.0",
    "RUN gem install bundler -v 2.5.0",
    "RUN gem install bundler --version '>= 2'",
    "RUN bundle install",
  ],
  invalid: [
    {
      code: "RUN gem install bundler",
      errors: [{ messageId: "unpinned", line: 1, column: 17, endLine: 1, endColumn: 24 }],
      onbuild: true,
    },
    {
      code: "RUN gem install --no-document rake rails:7.1",
      errors: [{ line: 1, column: 31, endLine: 1, endColumn: 35 }],
    },
  ],
});
