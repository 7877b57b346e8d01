// Type-checks the TypeScript blocks of a package's README against the built package, as a user who
// pastes one into a NodeNext project would: each block is its own ES module, strict, importing the
// package by its name. A block whose info string says `fragment` (```ts fragment) is skipped: it is
// meant to be read, not run.
//
//   checkReadmeSnippets(packageDir) → ["README.md line 49: TS2304 Cannot find name 'cursor'.", …]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import ts from "typescript";

export interface Snippet {
  /** The line of the README the block's code starts on (1-based). */
  line: number;
  code: string;
  fragment: boolean;
}

const FENCE = /^(`{3,}|~{3,})\s*([^\s`]*)(.*)$/;

/** The ```ts and ```typescript blocks of a Markdown text. */
export function typeScriptSnippets(markdown: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? "");
    if (!open) continue;
    const [, fence = "", language = "", rest = ""] = open;
    const end = lines.findIndex((line, j) => j > i && line.trimEnd() === fence);
    const close = end < 0 ? lines.length : end;
    if (language === "ts" || language === "typescript") {
      snippets.push({ line: i + 2, code: lines.slice(i + 1, close).join("\n"), fragment: /\bfragment\b/.test(rest) });
    }
    i = close;
  }
  return snippets;
}

/** How a user's TypeScript project compiles what it imports from a package: Node's ESM, strict, Node's and the DOM's types. */
export const USER_COMPILER_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: ["node"],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};

/**
 * The type errors of every checked block of `packageDir/README.md`, each naming the README line.
 * The blocks are written to `packageDir/.readme-snippets/` (so that the package resolves by its own
 * name, through its exports) and removed afterwards.
 */
export function checkReadmeSnippets(packageDir: string, readme = "README.md"): string[] {
  const readmePath = resolve(packageDir, readme);
  const snippets = typeScriptSnippets(readFileSync(readmePath, "utf8")).filter((s) => !s.fragment);
  if (snippets.length === 0) return [];
  const dir = resolve(packageDir, ".readme-snippets");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const files = new Map<string, Snippet>();
    for (const snippet of snippets) {
      const file = resolve(dir, `line-${snippet.line}.mts`);
      writeFileSync(file, snippet.code);
      files.set(file, snippet);
    }
    const program = ts.createProgram([...files.keys()], USER_COMPILER_OPTIONS);
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
      const snippet = diagnostic.file ? files.get(resolve(diagnostic.file.fileName)) : undefined;
      if (!diagnostic.file || !snippet || diagnostic.start === undefined) return `${relative(packageDir, readmePath)}: TS${diagnostic.code} ${text}`;
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return `${relative(packageDir, readmePath)} line ${snippet.line + line}: TS${diagnostic.code} ${text}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
