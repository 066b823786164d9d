/**
 * An npm workspace as a team would have one: the generated package (`@example/widgets`, the
 * fixtures' output) beside a consumer package that imports a type, validators and the
 * operations map. Linked by npm itself, offline: neither package has outside dependencies.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { generate } from '../../src/generate.js';
import type { EmitMode } from '../../src/package/package-output.js';
import { repoRoot } from '../support/shared-corpus.js';
import { STRICTEST_CHECKS } from '../support/strict-compiler.js';

export const run = promisify(execFile);
export const PACKAGE_NAME = '@example/widgets';
export const TSC = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
export const RESOLUTIONS = { bundler: 'esnext', node16: 'node16', nodenext: 'nodenext' } as const;
export type Resolution = keyof typeof RESOLUTIONS;
/** Checks beyond `strict` that many projects turn on (Vite's templates among them). */
const STRICTER = { ...STRICTEST_CHECKS, verbatimModuleSyntax: true };

export interface Workspace {
  root: string;
  /** The generated package: graphdoc's --out. */
  packageDir: string;
  consumerDir: string;
}

/** The consumer: uses each kind of export, and fails to compile if any of them is `any`. */
const CONSUMER = `import { createGraphClient, isValidRequestBody, isWidget, operations, validateWidget, type GraphOperations, type Widget } from '${PACKAGE_NAME}';
import { isWidgetColor } from '${PACKAGE_NAME}/validators/WidgetColor';

// No @types/node: the package must type-check on its own.
declare const console: { log(message: string): void };

const good: Widget = { id: 'w1', displayName: 'Lamp', color: 'red', tags: ['desk'] };
// @ts-expect-error: not a WidgetColor (this line fails to compile if the types were lost)
const wrong: Widget = { color: 'purple' };
const bad: unknown = { id: 'w2', color: 'purple' };
const created: GraphOperations['/widgets']['POST']['requestBody'] = { activationCode: 'A-1', displayName: 'Lamp', size: 'small' };
// Without the DOM library or @types/node the client's types still compile (its Fetch types fall back).
const client = createGraphClient({ baseUrl: 'https://graph.example/v1.0' });

console.log(
  JSON.stringify({
    good: isWidget(good),
    bad: isWidget(bad),
    errors: validateWidget(bad).map((error) => error.path),
    color: good.color != null && isWidgetColor(good.color),
    wrong: isWidget(wrong),
    create: operations.find((operation) => operation.path === '/widgets' && operation.method === 'POST')?.id,
    createBody: isValidRequestBody('create_widget', created),
    client: typeof client.POST,
  }),
);
`;

/** What the compiled consumer prints: the validators ran on the generated code. */
export const CONSUMER_OUTPUT = {
  good: true,
  bad: false,
  errors: ['/color'],
  color: true,
  wrong: false,
  create: 'create_widget',
  createBody: true,
  client: 'function',
};

/** Generates the fixtures as the package, writes the consumer and links both with npm. */
export async function buildWorkspace(root: string, emit: EmitMode): Promise<Workspace> {
  const packageDir = path.join(root, 'packages', 'widgets');
  const consumerDir = path.join(root, 'packages', 'consumer');
  await generate({ docs: [path.join(repoRoot, 'fixtures', 'docs')], out: packageDir, emit, packageName: PACKAGE_NAME, cacheDir: false });

  writeJson(path.join(root, 'package.json'), { name: 'workspace', private: true, workspaces: ['packages/*'] });
  mkdirSync(consumerDir, { recursive: true });
  writeJson(path.join(consumerDir, 'package.json'), { name: 'consumer', private: true, type: 'module', dependencies: { [PACKAGE_NAME]: '*' } });
  writeFileSync(path.join(consumerDir, 'index.ts'), CONSUMER);
  const configs = [...Object.entries(RESOLUTIONS).map(([resolution, module]) => ({ name: resolution, resolution, module, extra: {} })), { name: 'stricter', resolution: 'bundler', module: 'esnext', extra: STRICTER }];
  for (const { name, resolution, module, extra } of configs) {
    writeJson(path.join(consumerDir, `tsconfig.${name}.json`), {
      compilerOptions: {
        strict: true,
        ...extra,
        target: 'es2022',
        lib: ['es2022'],
        module,
        moduleResolution: resolution,
        // The package's declarations are checked too, not skipped.
        skipLibCheck: false,
        types: [],
        outDir: `dist-${name}`,
      },
      files: ['index.ts'],
    });
  }
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: root });
  return { root, packageDir, consumerDir };
}

/** Compiles the consumer under one moduleResolution (or `stricter`); returns tsc's output, empty when it passes. */
export async function compileConsumer(workspace: Workspace, config: Resolution | 'stricter'): Promise<string> {
  try {
    await run(process.execPath, [TSC, '-p', `tsconfig.${config}.json`], { cwd: workspace.consumerDir });
    return '';
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return `${failed.stdout ?? ''}${failed.stderr ?? ''}` || failed.message;
  }
}

function writeJson(file: string, data: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
}
