import { testRule } from "../../lint/rule-tester.js";
import rule from "./gem-unpinned-version.js";

testRule(rule, {
  valid: [
    // hadolint spec cases; an ONBUILD RUN copy is its onBuildRuleCatchesNot
    "ONBUILD RUN gem install bundler:1",
    "ONBUILD RUN gem install bundler -v '2.0.1'",
    "ONBUILD RUN gem install bundler --version '2.0.1'",
    "ONBUILD RUN gem install bundler:2.0.1 -- --use-system-libraries=true",
    "ONBUILD RUN gem install bundler:2.0.1 --use-system-libraries=true",
    "RUN gem install bundler:2.5.0",
    "RUN gem install bundler -v 2.5.0",
    "RUN gem install bundler --version '>= 2'",
    "RUN bundle install",
    // hadolint DL3028Spec
    "RUN gem i bundler:1",
    "RUN gem i bunlder:1 nokogirii:1",
    "ONBUILD RUN gem i bunlder:1 nokogiri:1",
    "ONBUILD RUN gem i bundler:1",
    "RUN gem install bundler:1",
    "RUN gem install bundler -v '2.0.1'",
    "RUN gem install bundler --version '2.0.1'",
    "RUN gem install bundler --version='2.0.1'",
    "ONBUILD RUN gem install bundler --version='2.0.1'",
    "RUN gem install bundler:2.0.1 -- --use-system-libraries=true",
    "RUN gem install bundler:2.0.1 -- --use-system-libraries true",
    "RUN gem install bundler:2.0.1 --use-system-libraries true",
    "RUN gem install bundler:2.0.1 --use-system-libraries=true",
    "ONBUILD RUN gem install bundler:2.0.1 -- --use-system-libraries true",
    "ONBUILD RUN gem install bundler:2.0.1 --use-system-libraries true",
    "RUN gem install nokogiri:1.7.2 -- --use-system-libraries=true --with-xml2-include=/usr/local/include/libxml2",
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
    {
      code: "RUN gem i bundler",
      errors: [{ messageId: "unpinned", line: 1, column: 11, endLine: 1, endColumn: 18 }],
      onbuild: true,
    },
    {
      code: "RUN gem i bunlder:1 nokogiri",
      errors: [{ messageId: "unpinned", line: 1, column: 21, endLine: 1, endColumn: 29 }],
      onbuild: true,
    },
    {
      name: "a gem before `--` is still a gem",
      code: "RUN gem install nokogiri -- --use-system-libraries",
      errors: [{ line: 1, column: 17, endLine: 1, endColumn: 25 }],
    },
  ],
});
