/**
 * Broken and hostile docs (fixtures/hostile/docs, plus pages too large to commit that are built
 * here): every page yields diagnostics, never a crash; names from the docs cannot escape into
 * paths or code; the user's files in --out survive; a failed run leaves the previous output whole.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MAX_TABLE_ROWS } from '../../src/parse/tables.js';
import { repoRoot } from '../support/shared-corpus.js';
import { modelDeclaration } from '../support/output.js';
import { checkedProgram } from '../support/strict-compiler.js';
import { listFiles, makeTempDir, readTree } from '../support/temp-dir.js';

const temp = makeTempDir('hostile');
const docs = path.join(temp.dir, 'docs');
const out = path.join(temp.dir, 'out');
let exitCode = -1;
let stdout = '';

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  source: { file: string; line: number; column: number };
}
let diagnostics: JsonDiagnostic[] = [];

/** Pages too large or too binary to keep in the repository. */
function writeGeneratedPages(): void {
  const resources = path.join(docs, 'resources');
  const rows = Array.from({ length: 60_000 }, (_, i) => `|p${i}|String|Row ${i}.|`).join('\n');
  writeFileSync(path.join(resources, 'huge.md'), `# huge resource type\n\n|Property|Type|Description|\n|-|-|-|\n${rows}\n`);
  const list = Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n');
  writeFileSync(path.join(resources, 'deep-list.md'), `# deepList resource type\n\n${list}\n`);
  writeFileSync(path.join(resources, 'deep-quote.md'), `# deepQuote resource type\n\n${'>'.repeat(5_000)} quoted\n`);
  writeFileSync(path.join(resources, 'binary.md'), Buffer.from(Array.from({ length: 8_192 }, (_, i) => (i * 7_919) % 256)));
  writeFileSync(path.join(resources, 'unclosed.md'), `# unclosed resource type\n\n${'['.repeat(10_000)}${'('.repeat(10_000)}${'<'.repeat(10_000)}\n`);
}

beforeAll(async () => {
  cpSync(path.join(repoRoot, 'fixtures', 'hostile', 'docs'), docs, { recursive: true });
  writeGeneratedPages();
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'user-notes.md'), 'mine\n');
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  exitCode = await main(['generate', '--docs', docs, '--out', out, '--format', 'json']);
  vi.restoreAllMocks();
  diagnostics = (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
}, 300_000);
afterAll(temp.remove);

function codesFor(file: string): string[] {
  return diagnostics.filter((d) => d.source.file === file).map((d) => d.code);
}

describe('hostile docs', () => {
  it('finish with exit 0 and a diagnostic for each broken page', () => {
    expect(exitCode).toBe(0);
    expect(codesFor('resources/empty.md')).toEqual(['resource-page-without-type']);
    expect(codesFor('resources/broken.md')).toEqual(['front-matter-invalid', 'table-row-short']);
    expect(codesFor('resources/cells.md')).toEqual(['table-row-short']);
    expect(codesFor('resources/brackets.md')).toEqual(['annotation-lenient-json', 'json-representation-invalid']);
    expect(codesFor('resources/huge.md')).toEqual(['table-too-long']);
    expect(codesFor('resources/deep-list.md')).toEqual(['nesting-too-deep']);
    expect(codesFor('resources/deep-quote.md')).toEqual(['nesting-too-deep']);
    expect(codesFor('resources/loop.md')).toEqual(['inheritance-cycle']);
    expect(codesFor('resources/escape.md')).toContain('unresolved-type');
    expect(codesFor('resources/escape.md')).toContain('type-name-invalid');
    // 'clash name' sorts before 'clash-name', so the second page loses the plain name.
    expect(codesFor('resources/clash-a.md')).toEqual(['name-clash', 'type-name-invalid']);
    expect(codesFor('resources/clash-b.md')).toEqual(['type-name-invalid']);
  });

  it('give every diagnostic a code, a position and one line of text', () => {
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(d.source.line).toBeGreaterThanOrEqual(1);
      expect(d.source.column).toBeGreaterThanOrEqual(1);
      expect(d.message).not.toMatch(/\n/);
    }
  });

  it('still generate the good parts of broken pages', () => {
    expect(modelDeclaration(out, 'Broken')).toContain('ok?: string | null;');
    expect(modelDeclaration(out, 'Fence')).toContain('ok?: string | null;');
    const huge = modelDeclaration(out, 'Huge');
    expect(huge).toContain('p0?: string | null;');
    expect(huge).toContain(`p${MAX_TABLE_ROWS - 1}?: string | null;`);
    expect(huge).not.toContain(`p${MAX_TABLE_ROWS}?:`);
  });

  it('write nothing outside --out and keep the user file in it', () => {
    expect(listFiles(temp.dir).filter((file) => !file.startsWith('docs/') && !file.startsWith('out/'))).toEqual([]);
    expect(readFileSync(path.join(out, 'user-notes.md'), 'utf8')).toBe('mine\n');
    for (const file of listFiles(out)) {
      expect(file).toMatch(/^(index\.ts|models\.ts|graphdoc-manifest\.json|\.gitattributes|user-notes\.md|schema\.json|(validators|operations|operation-validators|client|graph-validator)\.(js|d\.ts)|(runtime|validators)\/[A-Za-z0-9_$-]+\.(js|d\.ts))$/);
    }
  });

  it('quote property names and escape members and descriptions so the code means what the docs say', () => {
    const escape = modelDeclaration(out, 'Escape');
    expect(escape).toContain('"a b"?: string | null;');
    expect(escape).toContain('"x\\"y"?: string | null;');
    expect(escape).toContain(`"it's"?: string | null;`);
    expect(escape).toContain('__proto__?: string | null;');
    expect(escape).toContain('*\\/ export const injected = true; /*');
    expect(escape).toContain('missing?: unknown;');
    expect(escape).toContain('self?: Escape | null;');
    const weird = modelDeclaration(out, 'Weird');
    expect(weird.split('\n').map((line) => line.trim())).toEqual(['export type Weird =', `| "it's"`, '| "say \\"hi\\""', '| "back\\\\slash"', '| "</script>"', '| "__proto__"', '| "constructor";', '']);
  });

  it('compile under --strict with exactly the exports the docs define (nothing injected)', () => {
    const program = checkedProgram([path.join(out, 'index.ts')]);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
    expect(errors).toEqual([]);
    const checker = program.getTypeChecker();
    const index = program.getSourceFile(path.join(out, 'index.ts'))!;
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(index)!).map((symbol) => symbol.name);
    expect(exports).not.toContain('injected');
    expect(exports).toEqual(expect.arrayContaining(['Escape', 'Weird', 'WeirdValues', 'Loop', 'Knot', 'ClashName', 'GraphClashName']));
  });

  it('leave the previous output whole when writing fails', async () => {
    const before = readTree(out);
    // A changed page, and a new type whose file cannot be written: a folder stands at its path.
    const escapePage = path.join(docs, 'resources', 'escape.md');
    writeFileSync(escapePage, readFileSync(escapePage, 'utf8').replace('A keyword as a property name.', 'Changed.'));
    writeFileSync(path.join(docs, 'resources', 'zzblocked.md'), '# zzBlocked resource type\n\n|Property|Type|Description|\n|-|-|-|\n|a|String|b|\n');
    mkdirSync(path.join(out, 'validators', 'ZzBlocked.js', 'inside'), { recursive: true });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['generate', '--docs', docs, '--out', out, '--quiet']);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    const after = readTree(out);
    for (const [file, content] of before) expect(after.get(file), file).toBe(content);
    expect([...after.keys()].filter((file) => /\.tmp|\.old$/.test(file))).toEqual([]);
    expect(existsSync(path.join(out, 'validators', 'ZzBlocked.js', 'inside'))).toBe(true);
  });
});
