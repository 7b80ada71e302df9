import { testRule } from "../../lint/rule-tester.js";
import rule from "./gem-cache-not-mounted.js";

/** hadolint checks each case as written and inside ONBUILD */
const both = (code: string) => [code, `ONBUILD ${code}`];

testRule(rule, {
  valid: [
    // hadolint DL3077 spec
    ...both("RUN echo hello"),
    ...both("RUN --mount=type=cache,target=/usr/local/bundle bundle install"),
    ...both("RUN --mount=type=cache,target=/root/.gem gem install rails"),
    ...both("RUN --mount=type=tmpfs,target=/usr/local/bundle bundle install"),
    // shipshape
    {
      name: "the cache under GEM_HOME",
      code: "FROM ruby:3.3\nRUN --mount=type=cache,target=/usr/local/bundle/cache bundle install",
    },
    {
      name: "ENV GEM_HOME",
      code: "FROM ruby:3.3\nENV GEM_HOME=/gems\nRUN --mount=type=cache,target=/gems/cache gem install rails",
    },
    {
      name: "ENV BUNDLE_PATH: a mount on its cache",
      code: "FROM ruby:3.3\nENV BUNDLE_PATH=/usr/local/bundle\nRUN --mount=type=cache,target=/usr/local/bundle/ruby/3.3.0/cache bundle install",
    },
    { name: "--local downloads nothing", code: "FROM ruby:3.3\nRUN bundle install --local" },
    "FROM ruby:3.3\nRUN bundle exec rake assets:precompile",
    "FROM ruby:3.3\nRUN gem list",
  ],
  invalid: [
    // hadolint DL3077 spec
    {
      code: "RUN gem install rails",
      errors: [{ messageId: "missing", line: 1, column: 5, endLine: 1, endColumn: 16 }],
      onbuild: true,
    },
    {
      code: "RUN bundle install",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 19 }],
      onbuild: true,
    },
    {
      code: "RUN --mount=type=cache,target=/wrong/path bundle install",
      errors: [{ line: 1, column: 43, endLine: 1, endColumn: 57 }],
      onbuild: true,
    },
    // shipshape
    {
      name: "a bare bundle is bundle install",
      code: "FROM ruby:3.3\nRUN bundle",
      errors: [
        {
          message:
            "`bundle` runs without a BuildKit cache mount on the gem cache: the downloaded .gem files are written into the layer and fetched again on every rebuild; use `RUN --mount=type=cache,target=/usr/local/bundle/cache` (`$GEM_HOME/cache`; not `$GEM_HOME` itself, which holds the installed gems)",
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 11,
        },
      ],
    },
    {
      name: "ENV BUNDLE_PATH: the cache inside it is suggested, not BUNDLE_PATH itself (that hides the gems)",
      code: 'FROM ruby:3.3\nENV BUNDLE_PATH="/usr/local/bundle"\nRUN bundle install',
      errors: [
        {
          message: /target=\/usr\/local\/bundle\/ruby\/<ruby version>\/cache`/,
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    {
      name: "ENV GEM_HOME is suggested",
      code: "FROM ruby:3.3\nENV GEM_HOME=/gems\nRUN gem install bundler -v 2.5.0",
      errors: [{ message: /target=\/gems\/cache`/, line: 3, column: 5, endLine: 3, endColumn: 16 }],
    },
  ],
});
