/**
 * Enums named by a type cell and listed only in a description (`certificateRevocationStatus`
 * in seed 001 of issue 13), through parsePage and buildModel on small pages.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import type { SchemaModel } from '../../src/model/schema-model.js';
import { parsePage } from '../../src/parse/page.js';
import { apiPage } from '../support/api-page.js';

/** One create page per `type: rows`, each type known only from its page. */
function modelOf(types: Record<string, string[]>, resources: Record<string, string> = {}): SchemaModel {
  const pages = Object.entries(types).map(([name, rows]) =>
    parsePage(`api/${name.toLowerCase()}-post.md`, apiPage({ body: [`In the request body, supply a JSON representation for the ${name} object.`], rows })),
  );
  for (const [file, text] of Object.entries(resources)) pages.push(parsePage(file, text));
  return buildModel(pages);
}

const GRADE = 'grade|sprocketGrade|Steel grade. Possible values are: `standard`, `hardened`, `surgical`.';

function enumOf(model: SchemaModel, typeName: string, property: string): { name: string; members: string[]; derivedName: boolean } | undefined {
  const resolved = model.types.find((t) => t.name === typeName)?.properties.find((p) => p.name === property)?.type;
  const found = resolved?.kind === 'enum' ? model.enums.find((e) => e.qualifiedName === resolved.enum) : undefined;
  return found && { name: found.name, members: found.members.map((m) => m.name), derivedName: found.derivedName };
}

describe('an enum from a description', () => {
  it('is named as the cell names it, closed, with the listed members', () => {
    const model = modelOf({ sprocket: [GRADE] });
    expect(enumOf(model, 'sprocket', 'grade')).toEqual({ name: 'sprocketGrade', members: ['standard', 'hardened', 'surgical'], derivedName: false });
    expect(model.types[0]!.properties[0]!.type).toEqual({ kind: 'enum', enum: 'microsoft.graph.sprocketGrade' });
  });

  it('is shared by every property that names it, and reported once, as info', () => {
    const model = modelOf({ sprocket: [GRADE], cog: [GRADE, 'finish|sprocketGrade|As for sprockets.'] });
    expect(model.enums.map((e) => e.name)).toEqual(['sprocketGrade']);
    expect(['sprocket.grade', 'cog.grade', 'cog.finish'].map((id) => enumOf(model, ...(id.split('.') as [string, string]))?.name)).toEqual([
      'sprocketGrade',
      'sprocketGrade',
      'sprocketGrade',
    ]);
    expect(model.diagnostics.filter((d) => d.code === 'enum-from-description').map((d) => d.severity)).toEqual(['info']);
  });

  it('joins the members where two descriptions list different ones, and says so', () => {
    const model = modelOf({ cog: [GRADE], sprocket: ['grade|sprocketGrade|Possible values are: `standard`, `mild`.'] });
    expect([enumOf(model, 'sprocket', 'grade')?.members, model.diagnostics.filter((d) => d.code === 'enum-members-differ').length]).toEqual([
      ['standard', 'hardened', 'surgical', 'mild'],
      1,
    ]);
  });

  it('names the enum an unnamed Enumeration with the same members takes', () => {
    const model = modelOf({ sprocket: [GRADE], cog: ['steel|Enumeration|Possible values are: `surgical`, `standard`, `hardened`.'] });
    expect(enumOf(model, 'cog', 'steel')?.name).toBe('sprocketGrade');
  });

  it('is not built where a page documents the name, nor where the description lists no values', () => {
    const enumPage = ['---', 'doc_type: enumPageType', '---', '# sprocketGrade enum type', '', '|Member|Description|', '|:---|:---|', '|mild|Mild steel.|'].join('\n');
    const documented = modelOf({ sprocket: [GRADE] }, { 'resources/sprocketgrade.md': enumPage });
    const undocumented = modelOf({ sprocket: ['grade|sprocketGrade|Steel grade.'] });
    expect([
      enumOf(documented, 'sprocket', 'grade')?.members,
      documented.diagnostics.some((d) => d.code === 'enum-from-description'),
      undocumented.enums,
      undocumented.diagnostics.map((d) => d.code).filter((code) => code !== 'operation-partly-typed'),
    ]).toEqual([['mild'], false, [], ['unresolved-type']]);
  });
});

describe('keys across pages', () => {
  it('a create page that says "Key of the entity." makes the resource page\'s id a key, never null', () => {
    const resource = ['---', 'doc_type: resourcePageType', '---', '# sprocket resource type', '', '## Properties', '', '|Property|Type|Description|', '|:---|:---|:---|', '|id|String|The identifier.|'].join('\n');
    const model = modelOf({ sprocket: ['id|String|Key of the entity.'] }, { 'resources/sprocket.md': resource });
    const id = model.types.find((t) => t.name === 'sprocket')?.properties.find((p) => p.name === 'id');
    expect(id && { key: id.key, nullable: id.nullable, description: id.description }).toEqual({ key: true, nullable: false, description: 'The identifier.' });
  });
});
