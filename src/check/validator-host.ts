import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmitMemoFile } from '../cache/emit-memo.js';
import { readTextIfExists } from '../files/read-text.js';
import { generatorFingerprint } from '../cache/fingerprint.js';
import { fileHash } from '../emit/emit-memo.js';
import type { EmittedFile } from '../emit/emit-model.js';
import type { SchemaModel } from '../model/schema-model.js';

/** One error a generated validator reports (the runtime's `ValidationError`). */
export interface ValidatorError {
  path: string;
  expected: string;
  found: string;
  source: string;
}

type Validate = (value: unknown) => ValidatorError[];
type ValidateRequestBody = (operationId: string, body: unknown) => ValidatorError[];

/** The output files the checks run: every validator module, the runtime they import, and `validateRequestBody`. */
function isValidatorCode(file: EmittedFile): boolean {
  return (file.path.startsWith('validators/') && file.path.endsWith('.js')) || file.path === 'runtime/validation.js' || file.path === 'operation-validators.js';
}

const HASHES = 'hashes.json';
/** The key of the last run's model and the folder its validators are in. */
const LAST = 'validators.json';

/**
 * What the validators are made of: graphdoc's code and the model, less what no validator holds:
 * descriptions, summaries and positions (a validator names its source page, not a line).
 */
function validatorsKey(model: SchemaModel): string {
  const text = JSON.stringify({ types: model.types, enums: model.enums, operations: model.operations }, (key, value: unknown) =>
    key === 'description' || key === 'summary' ? undefined : key === 'source' && typeof value === 'object' && value !== null ? (value as { file?: string }).file : value,
  );
  return createHash('sha256').update(generatorFingerprint()).update('\0').update(text).digest('hex');
}

/**
 * The generated validators of a model, run in this process. `emitValidatorCode` gives them as
 * text; the validator modules, the runtime and `operation-validators.js` are written into a
 * folder named by a hash of their contents (in the cache, or a temporary one without a cache)
 * and imported from there. A folder is written once: a later run whose validators are the same
 * (an edit to an example or to prose) imports the folder as it is, and one whose validators
 * changed copies the unchanged files from the last folder and writes the others. The emit memo
 * (as `generate` keeps it) spares making the text of a validator whose inputs are unchanged. A
 * module is imported on first use, with what it imports: checking one page loads the
 * validators its examples need, not all of them.
 */
export class ValidatorHost {
  private readonly validators = new Map<string, Promise<Validate | undefined>>();
  private readonly requestBodies = new Map<string, Promise<ValidateRequestBody>>();

  private constructor(
    private readonly dir: string,
    private readonly temporary: boolean,
    private readonly model: SchemaModel,
  ) {}

  static async prepare(model: SchemaModel, cacheDir: string | undefined): Promise<ValidatorHost> {
    // A model that differs from the last run's only in prose and positions (a description
    // edited, lines moved) has the same validators: that run's folder is taken without emitting.
    const key = cacheDir ? validatorsKey(model) : undefined;
    const recorded = cacheDir ? readTextIfExists(join(cacheDir, 'check', LAST)) : undefined;
    const last = recorded ? (JSON.parse(recorded) as { key?: string; folder?: string }) : undefined;
    if (cacheDir && last?.key === key && last?.folder && existsSync(join(cacheDir, 'check', 'validators', last.folder, HASHES))) {
      return new ValidatorHost(join(cacheDir, 'check', 'validators', last.folder), false, model);
    }
    const { emitValidatorCode } = await import('../emit/emit-model.js');
    const memo = cacheDir ? new EmitMemoFile(join(cacheDir, 'check', 'emitted.json'), generatorFingerprint()) : undefined;
    const files = emitValidatorCode(model, memo).filter(isValidatorCode);
    await memo?.save().catch(() => {});
    if (!cacheDir) {
      const dir = mkdtempSync(join(tmpdir(), 'graphdoc-check-'));
      writeFolder(dir, files, undefined);
      return new ValidatorHost(dir, true, model);
    }
    const hashes = Object.fromEntries(files.map((file) => [file.path, fileHash(file)]));
    const name = createHash('sha256').update(JSON.stringify(hashes)).digest('hex').slice(0, 20);
    const parent = join(cacheDir, 'check', 'validators');
    const dir = join(parent, name);
    if (!existsSync(join(dir, HASHES))) {
      const others = existsSync(parent) ? readdirSync(parent).filter((entry) => entry !== name && !entry.includes('.')) : [];
      const previous = others.map((entry) => join(parent, entry)).find((folder) => existsSync(join(folder, HASHES)));
      // Written aside and renamed into place, so that a folder that exists is whole.
      const staging = `${dir}.${process.pid}`;
      rmSync(staging, { recursive: true, force: true });
      writeFolder(staging, files, previous);
      writeFileSync(join(staging, HASHES), JSON.stringify(hashes));
      try {
        renameSync(staging, dir);
      } catch {
        rmSync(staging, { recursive: true, force: true });
      }
      for (const other of others) rmSync(join(parent, other), { recursive: true, force: true });
    }
    writeFileSync(join(cacheDir, 'check', LAST), JSON.stringify({ key, folder: name }));
    return new ValidatorHost(dir, false, model);
  }

  /** `validate<TsName>` of the output; undefined where the model has no such validator. */
  validator(tsName: string): Promise<Validate | undefined> {
    let found = this.validators.get(tsName);
    if (!found) {
      const file = join(this.dir, 'validators', `${tsName}.js`);
      found = existsSync(file) ? import(pathToFileURL(file).href).then((module: Record<string, unknown>) => module[`validate${tsName}`] as Validate | undefined) : Promise.resolve(undefined);
      this.validators.set(tsName, found);
    }
    return found;
  }

  /** The output's `validateRequestBody`, for `operationId`. */
  validateRequestBody(operationId: string, body: unknown): Promise<ValidatorError[]> {
    let found = this.requestBodies.get(operationId);
    if (!found) this.requestBodies.set(operationId, (found = this.requestBodyModule(operationId)));
    return found.then((validate) => validate(operationId, body));
  }

  /**
   * `validateRequestBody` written for one operation alone, as the output's module is written for
   * all of them: importing the output's loads every validator it uses (330 modules on v1.0, some
   * 0.45 s), one operation's loads what its body needs. It goes beside the output's module,
   * under a name from the operation's id, once per folder (the folder is the model's).
   */
  private async requestBodyModule(operationId: string): Promise<ValidateRequestBody> {
    const operation = this.model.operations.find((candidate) => candidate.id === operationId);
    let file = join(this.dir, 'operation-validators.js');
    if (operation) {
      file = join(this.dir, `operation-validators.${createHash('sha256').update(operationId).digest('hex').slice(0, 20)}.js`);
      if (!existsSync(file)) {
        const [{ operationValidatorsCode }, { TypeHierarchy }] = await Promise.all([import('../emit/operations/emit-operation-validators.js'), import('../emit/type-hierarchy.js')]);
        const staging = `${file}.${process.pid}.tmp`;
        writeFileSync(staging, operationValidatorsCode([operation], new TypeHierarchy(this.model), ''));
        renameSync(staging, file);
      }
    }
    const module = (await import(pathToFileURL(file).href)) as { validateRequestBody: ValidateRequestBody };
    return module.validateRequestBody;
  }

  /** Removes a temporary folder; the modules already imported stay loaded. */
  dispose(): void {
    if (this.temporary) rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The files, each copied from `previous` where it holds the same bytes, else written; and a package.json saying they are ES modules. */
function writeFolder(dir: string, files: readonly EmittedFile[], previous: string | undefined): void {
  const known = previous ? (JSON.parse(readFileSync(join(previous, HASHES), 'utf8')) as Record<string, string>) : {};
  mkdirSync(join(dir, 'validators'), { recursive: true });
  mkdirSync(join(dir, 'runtime'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const file of files) {
    const target = join(dir, file.path);
    if (previous && known[file.path] === fileHash(file)) copyFileSync(join(previous, file.path), target);
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
  }
}
