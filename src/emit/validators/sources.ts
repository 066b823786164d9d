import type { VariableStatementStructure } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../structure-kind.js';
import { literal } from './code.js';

/**
 * The docs pages a validator file cites in its errors, as constants (`SOURCE` for the type's
 * own page, `SOURCE_1`... for pages of inherited properties), so each is written once.
 */
export class SourceConstants {
  private readonly names = new Map<string, string>();

  constructor(ownPage: string) {
    this.names.set(ownPage, 'SOURCE');
  }

  name(page: string): string {
    let name = this.names.get(page);
    if (name === undefined) this.names.set(page, (name = `SOURCE_${this.names.size}`));
    return name;
  }

  statement(): VariableStatementStructure {
    return {
      kind: StructureKind.VariableStatement,
      leadingTrivia: '\n',
      declarationKind: VariableDeclarationKind.Const,
      declarations: [...this.names].map(([page, name]) => ({ name, initializer: literal(page) })),
    };
  }
}
