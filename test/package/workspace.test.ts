/**
 * The generated output as a workspace package (issue 7): a consumer compiles under
 * `tsc --strict` with moduleResolution bundler, node16 and nodenext, against the TypeScript
 * sources (default) and against `--emit js`'s declarations, and under `--emit js` runs on plain
 * node.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.js';
import { buildWorkspace, compileConsumer, CONSUMER_OUTPUT, PACKAGE_NAME, RESOLUTIONS, run, type Resolution, type Workspace } from './workspace.js';

const resolutions = Object.keys(RESOLUTIONS) as Resolution[];
/** A string only the UsageRecord validator holds: Widget's validator never reaches it. */
const UNRELATED = 'microsoft.graph.contosoRecords.usageRecord';

/** `code` bundled and minified by esbuild from the consumer's folder, as an app would bundle it. */
async function bundle(workspace: Workspace, code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: workspace.consumerDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe.each(['ts', 'js'] as const)('--emit %s with --package-name, in an npm workspace', (emit) => {
  const temp = makeTempDir(`workspace-${emit}`);
  let workspace: Workspace;
  beforeAll(async () => {
    workspace = await buildWorkspace(temp.dir, emit);
  });
  afterAll(temp.remove);

  it('is linked by npm as the workspace package it names', () => {
    const linked = path.join(workspace.root, 'node_modules', ...PACKAGE_NAME.split('/'));
    expect(realpathSync(linked)).toBe(realpathSync(workspace.packageDir));
    const manifest = JSON.parse(readFileSync(path.join(workspace.packageDir, 'package.json'), 'utf8')) as { name: string; type: string; sideEffects: boolean };
    expect(manifest).toMatchObject({ name: PACKAGE_NAME, type: 'module', sideEffects: false });
  });

  it.each(resolutions)('compiles the consumer under tsc --strict, moduleResolution %s', async (resolution) => {
    expect(await compileConsumer(workspace, resolution)).toBe('');
    expect(existsSync(path.join(workspace.consumerDir, `dist-${resolution}`, 'index.js'))).toBe(true);
  });

  it('bundles one imported validator (from the index or its module) as a small part of the whole, without unrelated ones', async () => {
    const whole = await bundle(workspace, `export * from '${PACKAGE_NAME}';`);
    expect(whole).toContain(UNRELATED);
    for (const from of [PACKAGE_NAME, `${PACKAGE_NAME}/validators/Widget`]) {
      const one = await bundle(workspace, `export { isWidget } from '${from}';`);
      expect(one, from).toContain('microsoft.graph.widget');
      expect(one, from).not.toContain(UNRELATED);
      expect(one.length / whole.length, from).toBeLessThan(0.25);
    }
  });

  it('bundles the client with one operation\'s types and no validator; validation, once used, brings them', async () => {
    const plain = await bundle(
      workspace,
      `import { createGraphClient, type GraphOperations } from '${PACKAGE_NAME}';
type ListWidgets = GraphOperations['/widgets']['GET'];
export const list = (): Promise<unknown> => createGraphClient().GET('/widgets', { params: { query: { $top: 1 } } satisfies ListWidgets['parameters'] });`,
    );
    expect(plain).toContain('graph.microsoft.com/v1.0');
    // Strings only a validator, the operations list or the request-body checks hold.
    for (const held of ['microsoft.graph.widget', UNRELATED, 'create_widget', 'api/widget-post.md']) expect(plain, held).not.toContain(held);
    const validated = await bundle(workspace, `import { createGraphClient, graphValidator } from '${PACKAGE_NAME}';\nexport const client = createGraphClient({ validate: 'both', validator: graphValidator });`);
    for (const held of ['microsoft.graph.widget', 'create_widget']) expect(validated, held).toContain(held);
  });

  it('bundles an isX with the checks of its derived types and none of the validations, which only validateX needs', async () => {
    const check = await bundle(workspace, `export { isWidgetBase } from '${PACKAGE_NAME}';`);
    // Widget derives from widgetBase: its color check comes along, for an @odata.type naming it.
    expect(check).toContain('"blue"');
    // What a validation says it expected ("WidgetColor (red | green | blue) or null") is in no check.
    expect(check).not.toContain(' or null');
    const validation = await bundle(workspace, `export { validateWidgetBase } from '${PACKAGE_NAME}';`);
    expect(validation).toContain('WidgetColor (red | green | blue) or null');
  });

  // In ts mode the consumer's compiler checks the generated sources with the consumer's options.
  it('compiles the consumer with checks beyond --strict too', async () => {
    expect(await compileConsumer(workspace, 'stricter')).toBe('');
  });

  if (emit === 'js') {
    it.each(resolutions)('runs the consumer compiled for %s under plain node', async (resolution) => {
      const compiled = path.join(workspace.consumerDir, `dist-${resolution}`, 'index.js');
      if (!existsSync(compiled)) await compileConsumer(workspace, resolution);
      const { stdout } = await run(process.execPath, [compiled], { cwd: workspace.consumerDir });
      expect(JSON.parse(stdout)).toEqual(CONSUMER_OUTPUT);
    });
  }
});
