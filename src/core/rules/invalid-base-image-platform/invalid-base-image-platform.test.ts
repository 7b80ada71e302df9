import { testRule } from "../../lint/rule-tester.js";
import rule from "./invalid-base-image-platform.js";

testRule(rule, {
  valid: [
    "FROM alpine\nENV foo=bar\n",
    {
      name: "even an explicit foreign platform: the registry is not consulted",
      code: "FROM --platform=linux/arm64 alpine\n",
    },
  ],
  invalid: [],
});
