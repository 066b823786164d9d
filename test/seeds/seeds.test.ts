/**
 * Issue 13: the two pages the project was started from (`../shared/seeds/`), generated alone
 * as a user's docs folder would hold them (`docs/api/<their real names>`). They are create
 * pages written before any resource page: a property table, prose enums, an enum named by a
 * type cell that no page defines, and a `$ref` request block that the rest of its page
 * contradicts. What is expected is read from the pages themselves (their tables), so nothing
 * of them is copied into the repository. Skipped, with a message, where the seeds are absent.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../src/generate.js';
import type { SchemaModel, StructuredType } from '../../src/model/schema-model.js';
import { builtModel, importIndex, outputIndex } from '../support/output-index.js';
import { shared } from '../support/shared-corpus.js';
import { strictErrors } from '../support/strict-compiler.js';
import { makeTempDir } from '../support/temp-dir.js';

const SEEDS_DIR = path.join(shared, 'seeds');
const seedsPresent = existsSync(SEEDS_DIR);

interface Seed {
  file: string;
  /** The page's real name, as issue 13 gives it. */
  realName: string;
  type: string;
  tsName: string;
}

const SEEDS: Seed[] = [
  {
    file: '000_cee296c86a60aef1.txt',
    realName: 'intune-deviceconfig-manageddevicecertificatestate-create.md',
    type: 'microsoft.graph.managedDeviceCertificateState',
    tsName: 'ManagedDeviceCertificateState',
  },
  {
    file: '001_314c16340d4f865f.txt',
    realName: 'intune-deviceconfig-managedalldevicecertificatestate-create.md',
    type: 'microsoft.graph.managedAllDeviceCertificateState',
    tsName: 'ManagedAllDeviceCertificateState',
  },
];

/** A row of a seed's property table, read line by line from the markdown. */
interface DocumentedRow {
  name: string;
  typeCell: string;
  /** The `code` values after "Possible values are:", where the description lists any. */
  values?: string[];
}

function documentedRows(seed: Seed): DocumentedRow[] {
  const lines = readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8').split(/\r?\n/);
  const header = lines.findIndex((line) => /^\|\s*Property\s*\|\s*Type\s*\|/i.test(line));
  const rows: DocumentedRow[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [name = '', typeCell = '', description = ''] = line.split('|').slice(1).map((cell) => cell.trim());
    const listed = /Possible values are:([^.]*(?:\.[^\s.][^.]*)*)/.exec(description)?.[1];
    const values = listed ? [...listed.matchAll(/`([^`]+)`/g)].map((match) => match[1]!) : undefined;
    rows.push({ name, typeCell, ...(values ? { values } : {}) });
  }
  return rows;
}

if (!seedsPresent) console.log(`seed pages test skipped: ${SEEDS_DIR} is absent (the shared seed pages are not on this machine).`);

describe.skipIf(!seedsPresent)('the two seed pages alone (issue 13)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let outDir: string;
  let result: GenerateResult;
  let model: SchemaModel;
  let index: Record<string, unknown>;

  beforeAll(async () => {
    temp = makeTempDir('seeds');
    const api = path.join(temp.dir, 'docs', 'api');
    mkdirSync(api, { recursive: true });
    for (const seed of SEEDS) copyFileSync(path.join(SEEDS_DIR, seed.file), path.join(api, seed.realName));
    outDir = path.join(temp.dir, 'out');
    result = await generate({ docs: [path.join(temp.dir, 'docs')], out: outDir, cacheDir: false, threads: 1 });
    model = builtModel(result, 'generating the seeds');
    index = await importIndex(outDir);
  });

  afterAll(() => temp?.remove());

  const typeOf = (seed: Seed): StructuredType => {
    const found = model.types.find((type) => type.qualifiedName === seed.type);
    if (!found) throw new Error(`no type ${seed.type} in the model (types: ${model.types.map((t) => t.qualifiedName).join(', ')})`);
    return found;
  };

  describe.each(SEEDS)('$realName', (seed) => {
    it('is an interface with every documented property, in the table\'s order', () => {
      const type = typeOf(seed);
      expect([type.tsName, type.properties.map((p) => p.name)]).toEqual([seed.tsName, documentedRows(seed).map((row) => row.name)]);
    });

    it('types each property whose description lists values as a closed enum of exactly those members', () => {
      const type = typeOf(seed);
      const listed = documentedRows(seed).filter((row) => row.values);
      const actual = listed.map((row) => {
        const resolved = type.properties.find((p) => p.name === row.name)?.type;
        const members = resolved?.kind === 'enum' && !resolved.open ? model.enums.find((e) => e.qualifiedName === resolved.enum)?.members : undefined;
        return [row.name, members?.map((m) => m.name)];
      });
      expect(listed.length).toBeGreaterThan(0);
      expect(actual).toEqual(listed.map((row) => [row.name, row.values]));
    });

    it('names an enum as the type cell names it where the cell names one', () => {
      const named = documentedRows(seed).filter((row) => row.values && !/^enumeration$/i.test(row.typeCell));
      const names = named.map((row) => {
        const resolved = typeOf(seed).properties.find((p) => p.name === row.name)?.type;
        return resolved?.kind === 'enum' ? resolved.enum : resolved?.kind;
      });
      expect(names).toEqual(named.map((row) => `microsoft.graph.${row.typeCell}`));
    });

    it('its key, id ("Inherited from entity"), is never null', () => {
      const id = typeOf(seed).properties.find((p) => p.name === 'id');
      expect(id && { key: id.key, nullable: id.nullable }).toEqual({ key: true, nullable: false });
    });

    it('its POST takes the create body of the type and answers it with 201', () => {
      const posts = model.operations.filter((operation) => operation.source.file === `api/${seed.realName}`);
      expect(posts.map((operation) => [operation.method, operation.requestBody.kind, 'type' in operation.requestBody ? operation.requestBody.type : undefined, operation.responses])).toEqual([
        ['POST', 'create', seed.type, [{ status: 201, body: { kind: 'type', type: seed.type, collection: false } }]],
      ]);
    });

    it('its validator rejects a bogus member of each enum, and a null key, and accepts the documented members', () => {
      const check = index[`is${seed.tsName}`] as ((value: unknown) => boolean) | undefined;
      if (typeof check !== 'function') throw new Error(`the index exports no is${seed.tsName}`);
      const listed = documentedRows(seed).filter((row) => row.values);
      expect({
        bogus: listed.filter((row) => check({ [row.name]: 'bogus' })).map((row) => row.name),
        documented: listed.filter((row) => !row.values!.every((value) => check({ [row.name]: value }))).map((row) => row.name),
        nullKey: check({ id: null }),
        nullOther: check({ [listed[0]!.name]: null }),
      }).toEqual({ bogus: [], documented: [], nullKey: false, nullOther: true });
    });
  });

  it('a contradicted $ref block is reported, and nothing is an error', () => {
    const reported = result.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.code, d.source.file]);
    expect(reported).toEqual([['request-block-contradicted', `api/${SEEDS[0]!.realName}`]]);
  });

  it('the index exports both interfaces with every documented property, as a compiler sees them', () => {
    const file = outputIndex(outDir).declarations;
    const program = ts.createProgram([file], { noEmit: true, strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] });
    const checker = program.getTypeChecker();
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);
    const propertiesOf = (name: string) => {
      const symbol = exports.find((candidate) => candidate.name === name);
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return target ? checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target)).map((p) => p.name).filter((p) => p !== '@odata.type') : undefined;
    };
    expect(SEEDS.map((seed) => propertiesOf(seed.tsName))).toEqual(SEEDS.map((seed) => documentedRows(seed).map((row) => row.name)));
  });

  it('the output compiles under the strictest flags', () => {
    expect(strictErrors([outputIndex(outDir).declarations])).toEqual([]);
  });
});
