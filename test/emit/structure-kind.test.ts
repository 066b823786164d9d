/** The emitters' copies of ts-morph's enum values must be ts-morph's own: printing reads them. */
import * as tsMorph from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { StructureKind, VariableDeclarationKind } from '../../src/emit/structure-kind.js';

describe('structure kinds', () => {
  it('equal the installed ts-morph values, name for name', () => {
    for (const [name, value] of Object.entries(StructureKind)) expect(value, name).toBe(tsMorph.StructureKind[name as keyof typeof StructureKind]);
    for (const [name, value] of Object.entries(VariableDeclarationKind)) expect(value, name).toBe(tsMorph.VariableDeclarationKind[name as keyof typeof VariableDeclarationKind]);
  });
});
