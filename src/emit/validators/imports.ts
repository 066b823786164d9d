import type { ImportDeclarationStructure } from 'ts-morph';
import { StructureKind } from '../structure-kind.js';
import { compareText } from '../../diagnostics/diagnostic.js';
import { RUNTIME_MODULE } from './names.js';

/** What one validator file imports: runtime helpers, other validators' functions, types. */
export class ImportSet {
  private readonly runtime = new Set<string>();
  private readonly runtimeTypes = new Set<string>();
  private readonly validators = new Map<string, Set<string>>();
  private readonly types = new Map<string, string>();

  constructor(private readonly ownTsName: string) {}

  helper(...names: string[]): void {
    for (const name of names) this.runtime.add(name);
  }

  helperType(...names: string[]): void {
    for (const name of names) this.runtimeTypes.add(name);
  }

  /** A function of another validator file (none for the file's own). */
  validator(tsName: string, name: string): void {
    if (tsName === this.ownTsName) return;
    let names = this.validators.get(tsName);
    if (!names) this.validators.set(tsName, (names = new Set()));
    names.add(name);
  }

  /** A generated interface or enum type, by TypeScript name, from `module`. */
  type(tsName: string, module: string): void {
    this.types.set(tsName, module);
  }

  declarations(): ImportDeclarationStructure[] {
    const declarations: ImportDeclarationStructure[] = [];
    if (this.runtime.size > 0) declarations.push(named([...this.runtime], RUNTIME_MODULE, false));
    if (this.runtimeTypes.size > 0) declarations.push(named([...this.runtimeTypes], RUNTIME_MODULE, true));
    for (const [tsName, module] of [...this.types].sort(([a], [b]) => compareText(a, b))) declarations.push(named([tsName], module, true));
    for (const [tsName, names] of [...this.validators].sort(([a], [b]) => compareText(a, b))) declarations.push(named([...names], `./${tsName}.js`, false));
    return declarations;
  }
}

function named(names: string[], moduleSpecifier: string, isTypeOnly: boolean): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly, namedImports: names.sort(compareText), moduleSpecifier };
}
