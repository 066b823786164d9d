/** Imports the validators of a generated output folder on demand, one module per type. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { validatorsOf, type GeneratedModule } from './generated-module.js';

export type Validators = ReturnType<typeof validatorsOf>;

export class OutputValidators {
  private readonly loaded = new Map<string, Validators | undefined>();

  constructor(private readonly outDir: string) {}

  /** The validators of a TypeScript name; undefined where the output has no such module. */
  async of(tsName: string): Promise<Validators | undefined> {
    if (!this.loaded.has(tsName)) {
      const file = path.join(this.outDir, 'validators', `${tsName}.js`);
      const module = existsSync(file) ? ((await import(pathToFileURL(file).href)) as GeneratedModule) : undefined;
      this.loaded.set(tsName, module ? validatorsOf(module, tsName) : undefined);
    }
    return this.loaded.get(tsName);
  }
}
