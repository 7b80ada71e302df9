import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseShellScript } from "./parser.js";
import type { Node } from "./tree.js";

/** A compact S-expression: named nodes as `(type ...)`, leaves with their text, tokens quoted. */
function sexp(node: Node, text: string): string {
  const field = node.field ? `${node.field}:` : "";
  if (!node.named) return JSON.stringify(node.type);
  if (node.children.length === 0)
    return `${field}(${node.type} ${JSON.stringify(text.slice(node.start, node.end))})`;
  return `${field}(${node.type} ${node.children.map((c) => sexp(c, text)).join(" ")})`;
}

function tree(text: string): string {
  const { root, hasError } = parseShellScript(text);
  expect(hasError, `unexpected syntax error in ${JSON.stringify(text)}`).toBe(false);
  return root.children.map((c) => sexp(c, text)).join(" ");
}

const errs = (text: string) => parseShellScript(text).hasError;

describe("shell parser: lists, pipelines, terminators", () => {
  it("nests && and || left to right, pipelines flat, ; and & as tokens; newlines end statements", () => {
    expect(tree("a && b || c; d | e |& f\ng & h")).toBe(
      '(list (list (command (command_name (word "a"))) "&&" (command (command_name (word "b")))) "||" (command (command_name (word "c")))) ";" ' +
        '(pipeline (command (command_name (word "d"))) "|" (command (command_name (word "e"))) "|&" (command (command_name (word "f")))) ' +
        '(command (command_name (word "g"))) "&" (command (command_name (word "h")))',
    );
  });

  it("continues a list or pipeline after a newline, a comment or a backslash-newline", () => {
    expect(tree("a &&\n  b |\n c\\\n d")).toBe(
      '(list (command (command_name (word "a"))) "&&" (pipeline (command (command_name (word "b"))) "|" (command (command_name (word "c")) (word "d"))))',
    );
    expect(tree("a && # why\n b")).toBe(
      '(list (command (command_name (word "a"))) "&&" (command (command_name (word "b"))))',
    );
  });

  it("negates a whole pipeline", () => {
    expect(tree("! a | b")).toBe(
      '(negated_command "!" (pipeline (command (command_name (word "a"))) "|" (command (command_name (word "b")))))',
    );
  });

  it("keeps offsets in UTF-16 code units", () => {
    const text = "echo é 😀 && ls";
    const { root } = parseShellScript(text);
    const ls = root.children[0]!.children[2]!;
    expect(text.slice(ls.start, ls.end)).toBe("ls");
    expect(ls.start).toBe(text.indexOf("ls"));
  });
});

describe("shell parser: words", () => {
  it("splits a word into its quoted and unquoted parts", () => {
    expect(tree(`echo a"b $c"'d'\\ e $(f) \`g\` \${h:-i} $((1+2)) $'x\\n' $"t" <(k)`)).toBe(
      '(command (command_name (word "echo")) ' +
        '(concatenation (word "a") (string "\\"" (string_content "b ") (simple_expansion "$c") "\\"") (raw_string "\'d\'") (word "\\\\ e")) ' +
        '(command_substitution "$(" (command (command_name (word "f"))) ")") ' +
        '(command_substitution "`" (command (command_name (word "g"))) "`") ' +
        '(expansion "${h:-i}") (arithmetic_expansion "$((1+2))") (ansi_c_string "$\'x\\\\n\'") ' +
        '(translated_string (string "\\"" (string_content "t") "\\"")) ' +
        '(process_substitution "<(" (command (command_name (word "k"))) ")"))',
    );
  });

  it("keeps $ that starts nothing, braces, globs, tildes and # inside a word as literal text", () => {
    expect(tree("echo $ a$ {a,b} ~/x *.txt a#b")).toBe(
      '(command (command_name (word "echo")) (word "$") (word "a$") (word "{a,b}") (word "~/x") (word "*.txt") (word "a#b"))',
    );
  });

  it("reads special parameters and positional parameters", () => {
    expect(tree('echo "$@" $1 $? $$ $#')).toBe(
      '(command (command_name (word "echo")) (string "\\"" (simple_expansion "$@") "\\"") (simple_expansion "$1") (simple_expansion "$?") (simple_expansion "$$") (simple_expansion "$#"))',
    );
  });

  it("parses substitutions nested in strings and a ) inside a case pattern within $(...)", () => {
    expect(tree('x "a $(b "$(c)") d"')).toBe(
      '(command (command_name (word "x")) (string "\\"" (string_content "a ") (command_substitution "$(" (command (command_name (word "b")) (string "\\"" (command_substitution "$(" (command (command_name (word "c"))) ")") "\\"")) ")") (string_content " d") "\\""))',
    );
    expect(parseShellScript('v=$(case "$a" in x) echo 1;; esac)').hasError).toBe(false);
  });
});

describe("shell parser: assignments and redirections", () => {
  it("takes NAME=value before the command name as assignments, after it as words", () => {
    expect(tree("A=1 B+=x C[2]=y env D=2")).toBe(
      '(command (variable_assignment name:(variable_name "A") "=" value:(word "1")) ' +
        '(variable_assignment name:(variable_name "B") "+=" value:(word "x")) ' +
        '(variable_assignment name:(variable_name "C") "=" value:(word "y")) ' +
        '(command_name (word "env")) (word "D=2"))',
    );
    expect(tree('x=1 y="$(z)"')).toBe(
      '(variable_assignments (variable_assignment name:(variable_name "x") "=" value:(word "1")) (variable_assignment name:(variable_name "y") "=" value:(string "\\"" (command_substitution "$(" (command (command_name (word "z"))) ")") "\\"")))',
    );
    expect(tree("E= arr=(1 2)")).toBe(
      '(variable_assignments (variable_assignment name:(variable_name "E") "=") (variable_assignment name:(variable_name "arr") "=" value:(array "(" (word "1") (word "2") ")")))',
    );
  });

  it("keeps redirections in the command, words after them as arguments (bash, unlike tree-sitter-bash)", () => {
    expect(tree("echo >&2 msg 2>/dev/null a>>b <in &>log 3<&- x<<<'s'")).toBe(
      '(command (command_name (word "echo")) (file_redirect ">&" (word "2")) (word "msg") ' +
        '(file_redirect (file_descriptor "2") ">" (word "/dev/null")) (word "a") (file_redirect ">>" (word "b")) ' +
        '(file_redirect "<" (word "in")) (file_redirect "&>" (word "log")) (file_redirect (file_descriptor "3") "<&" (word "-")) ' +
        '(word "x") (herestring_redirect "<<<" (raw_string "\'s\'")))',
    );
  });

  it("reads heredoc bodies at the end of the line, leaving the rest of the line to the list", () => {
    const text = "cat <<EOF | sh && echo ok\nhello $(id)\nEOF\nls";
    expect(tree(text)).toBe(
      '(list (pipeline (command (command_name (word "cat")) (heredoc_redirect "<<" (heredoc_start "EOF") ' +
        '(heredoc_body (command_substitution "$(" (command (command_name (word "id"))) ")")) (heredoc_end "EOF"))) ' +
        '"|" (command (command_name (word "sh")))) "&&" (command (command_name (word "echo")) (word "ok"))) ' +
        '(command (command_name (word "ls")))',
    );
    const { root } = parseShellScript(text);
    const cat = root.children[0]!.children[0]!.children[0]!;
    // the command ends at its delimiter word, not at the body
    expect(text.slice(cat.start, cat.end)).toBe("cat <<EOF");
  });

  it("strips tabs with <<- and expands nothing in a quoted heredoc", () => {
    expect(tree("cat <<-'E'\n\t$(not)\n\tE\n")).toBe(
      '(command (command_name (word "cat")) (heredoc_redirect "<<-" (heredoc_start "\'E\'") (heredoc_body "\\t$(not)\\n") (heredoc_end "E")))',
    );
  });

  it("reads two heredocs of one line in order", () => {
    const text = "paste <<A <<B\n1\nA\n2\nB\necho";
    expect(tree(text)).toBe(
      '(command (command_name (word "paste")) (heredoc_redirect "<<" (heredoc_start "A") (heredoc_body "1\\n") (heredoc_end "A")) ' +
        '(heredoc_redirect "<<" (heredoc_start "B") (heredoc_body "2\\n") (heredoc_end "B"))) (command (command_name (word "echo")))',
    );
  });
});

describe("shell parser: compound commands", () => {
  it("parses if/elif/else with the condition before `then`", () => {
    expect(tree("if [ -f x ]; then a; elif b; then c; else d; fi")).toBe(
      '(if_statement "if" (command (command_name (word "[")) (word "-f") (word "x") (word "]")) ";" "then" ' +
        '(command (command_name (word "a"))) ";" (elif_clause "elif" (command (command_name (word "b"))) ";" "then" (command (command_name (word "c"))) ";") ' +
        '(else_clause "else" (command (command_name (word "d"))) ";") "fi")',
    );
  });

  it("parses while/until, for-in, C-style for and select", () => {
    expect(tree("while read l; do echo $l; done < f")).toBe(
      '(redirected_statement body:(while_statement "while" (command (command_name (word "read")) (word "l")) ";" ' +
        '(do_group "do" (command (command_name (word "echo")) (simple_expansion "$l")) ";" "done")) redirect:(file_redirect "<" (word "f")))',
    );
    expect(tree("for i in a $(b); do :; done")).toBe(
      '(for_statement "for" (variable_name "i") "in" (word "a") (command_substitution "$(" (command (command_name (word "b"))) ")") ";" (do_group "do" (command (command_name (word ":"))) ";" "done"))',
    );
    expect(tree("for ((i=0; i<$(n); i++)); do x; done")).toBe(
      '(c_style_for_statement "for" "((" (command_substitution "$(" (command (command_name (word "n"))) ")") "))" ";" (do_group "do" (command (command_name (word "x"))) ";" "done"))',
    );
    expect(tree("until false\ndo\n  x\ndone")).toBe(
      '(while_statement "until" (command (command_name (word "false"))) (do_group "do" (command (command_name (word "x"))) "done"))',
    );
  });

  it("parses case items with alternatives, (pattern) and ;; ;& terminators", () => {
    expect(tree('case "$x" in\n  a|b) one;;\n  (*) two ;&\nesac')).toBe(
      '(case_statement "case" (string "\\"" (simple_expansion "$x") "\\"") "in" ' +
        '(case_item (word "a") "|" (word "b") ")" (command (command_name (word "one"))) ";;") ' +
        '(case_item "(" (word "*") ")" (command (command_name (word "two"))) ";&") "esac")',
    );
  });

  it("parses subshells, brace groups, (( )) and functions", () => {
    expect(tree("(cd x && make) || { echo no; exit 1; }")).toBe(
      '(list (subshell "(" (list (command (command_name (word "cd")) (word "x")) "&&" (command (command_name (word "make")))) ")") "||" ' +
        '(compound_statement "{" (command (command_name (word "echo")) (word "no")) ";" (command (command_name (word "exit")) (word "1")) ";" "}"))',
    );
    expect(tree("(( n = $(c) + 1 ))")).toBe(
      '(compound_statement "((" (command_substitution "$(" (command (command_name (word "c"))) ")") "))")',
    );
    expect(tree("f() { a; }; function g { b; }")).toBe(
      '(function_definition (word "f") "(" ")" (compound_statement "{" (command (command_name (word "a"))) ";" "}")) ";" ' +
        '(function_definition "function" (word "g") (compound_statement "{" (command (command_name (word "b"))) ";" "}"))',
    );
  });

  it("keeps && < ( inside [[ ]] as operands and reads a =~ regex with parentheses", () => {
    expect(tree("[[ -n $a && ( $b < c ) ]] && [[ $v =~ ^(x|y)$ ]]")).toBe(
      '(list (test_command "[[" (word "-n") (simple_expansion "$a") "&&" "(" (simple_expansion "$b") "<" (word "c") ")" "]]") "&&" ' +
        '(test_command "[[" (simple_expansion "$v") (word "=~") (regex "^(x|y)$") "]]"))',
    );
  });

  it("treats reserved words as words outside command position", () => {
    expect(tree("echo if then fi { }")).toBe(
      '(command (command_name (word "echo")) (word "if") (word "then") (word "fi") (word "{") (word "}"))',
    );
  });
});

describe("shell parser: errors", () => {
  it("reports unterminated quotes, substitutions and compound commands", () => {
    for (const bad of [
      "echo 'a",
      'echo "a',
      "echo $(a",
      "echo `a",
      "if a; then b",
      "for i in x; do",
      "case a in",
      "{ a;",
      "(a",
      "a &&",
      "a |",
    ]) {
      expect(errs(bad), bad).toBe(true);
    }
  });

  it("reports stray operators and keeps parsing after them", () => {
    const text = "a\n&& b\nfi\nc )";
    const { root, hasError } = parseShellScript(text);
    expect(hasError).toBe(true);
    const names = root.children
      .filter((n) => n.type === "command")
      .map((n) => text.slice(n.children[0]!.start, n.children[0]!.end));
    expect(names).toEqual(["a", "b", "c"]);
  });

  it("accepts what sh accepts", () => {
    for (const ok of [
      "",
      "\n\n",
      "# only a comment",
      "a;",
      "a &",
      "a\n",
      "{ a; }",
      "! a",
      "a || ! b",
      "echo ${a:-$(b)}",
    ]) {
      expect(errs(ok), ok).toBe(false);
    }
  });
});

/** Every node lies inside the text and its parent, children in order (heredoc parts after the line). */
function wellFormed(node: Node, length: number): boolean {
  if (!(0 <= node.start && node.start <= node.end && node.end <= length)) return false;
  let last = node.start;
  for (const c of node.children) {
    if (c.start < last && node.type !== "heredoc_redirect") return false;
    if (node.type !== "heredoc_redirect" && node.type !== "program" && c.end > node.end) return false;
    last = c.type === "heredoc_redirect" ? c.start : c.end;
    if (!wellFormed(c, length)) return false;
  }
  return true;
}

describe("shell parser: properties", () => {
  const pieces = fc.constantFrom(
    "a",
    "b",
    " ",
    "\t",
    "\n",
    "\\\n",
    "\\",
    "'",
    '"',
    "$",
    "$(",
    "${",
    "$((",
    "`",
    "(",
    ")",
    "{",
    "}",
    "[[",
    "]]",
    "&&",
    "||",
    "|",
    ";",
    ";;",
    "&",
    "<",
    ">",
    "<<",
    "<<-",
    "EOF",
    "2>&1",
    "#",
    "=",
    "x=",
    "if",
    "then",
    "fi",
    "case",
    "in",
    "esac",
    "for",
    "do",
    "done",
    "while",
    "!",
    "é",
    "😀",
  );

  it("never throws, ends, and builds well-formed trees for any input", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const { root } = parseShellScript(text);
        expect(wellFormed(root, text.length)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { root } = parseShellScript(text);
        expect(wellFormed(root, text.length)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("survives deep nesting", () => {
    for (const open of ["$(", "(", "{ ", '"$(', "if a; then ", "a && (", "x=$("]) {
      const text = open.repeat(5000);
      expect(parseShellScript(text).hasError).toBe(true);
    }
  });
});
