/**
 * Conformance against the real Microsoft Graph v1.0 docs and metadata in `../shared/`:
 * generate from the docs, type-check the output, then measure how close the compiled types
 * come to the service's metadata ($metadata CSDL) for every metadata type that has a
 * resource page. Skipped, with a message, where `../shared/graph-docs/v1.0` is absent.
 * The full listing goes to `<repo>/.tmp/conformance-report.md`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot, skipMessage, v1DocsDir, v1MetadataFile, v1Present } from '../support/shared-corpus.js';
import { compare } from './compare.js';
import { readCompiledTypes } from './compiled-types.js';
import { readCsdlFile } from './csdl.js';
import { readModel } from '../support/model-file.js';
import { DocsModelIndex } from './docs-model.js';
import { failedFloors, formatReport, type Floors } from './report.js';
import { readResourcePages, typesWithResourcePage } from './resource-pages.js';

/** Minimum percentages; the test fails below any of them. */
const FLOOR_TYPES_GENERATED = 99;
const FLOOR_PROPERTIES_PRESENT = 96;
const FLOOR_TYPED_RIGHT = 99;
const FLOOR_ENUM_MEMBERS_EXACT = 85;

/** Items shown per mismatch group on the console; the report file has them all. */
const CONSOLE_CAP = 30;
const TIMEOUT_MS = 600_000;

const FLOORS: Floors = {
  typesGenerated: FLOOR_TYPES_GENERATED,
  propertiesPresent: FLOOR_PROPERTIES_PRESENT,
  typedRight: FLOOR_TYPED_RIGHT,
  enumMembersExact: FLOOR_ENUM_MEMBERS_EXACT,
};

const docsDir = v1DocsDir;
const metadataFile = v1MetadataFile;
const tmpDir = path.join(repoRoot, '.tmp');
const reportFile = path.join(tmpDir, 'conformance-report.md');

if (!v1Present) console.log(skipMessage('v1.0 conformance'));

describe.skipIf(!v1Present)('v1.0 conformance (../shared/graph-docs)', () => {
  it(
    'generates types that type-check and match the v1.0 metadata',
    () => {
      const run = inject('v1Run');
      expect(run, 'the global setup generated v1.0').not.toBeNull();
      const outDir = run!.outDir;
      const started = Date.now();
      const compiled = readCompiledTypes(outDir);
      const checkMs = Date.now() - started;
      if (compiled.diagnostics.length > 0) {
        console.log(
          [`TypeScript: ${compiled.diagnostics.length} diagnostics in ${outDir}, first 20:`, ...compiled.diagnostics.slice(0, 20)].join('\n'),
        );
      }
      expect(compiled.diagnostics.length, 'TypeScript diagnostics in the generated output').toBe(0);

      const model = new DocsModelIndex(readModel(outDir));
      const csdl = readCsdlFile(metadataFile);
      const scope = typesWithResourcePage(csdl, readResourcePages(path.join(docsDir, 'resources')));
      const comparison = compare({
        csdl,
        scope: scope.map((entry) => entry.qualifiedName),
        model,
        interfaces: compiled.interfaces,
        otherExports: compiled.otherExports,
      });

      const preamble = [
        `Scope: ${scope.length} of ${csdl.types.size} metadata structured types have a resource page ` +
          `(${scope.filter((entry) => entry.via === 'annotation').length} by @odata.type annotation, ` +
          `${scope.filter((entry) => entry.via === 'fileName').length} by file name).`,
        `Generator: ${run!.diagnostics} diagnostics (${Object.entries(run!.diagnosticsByCode).sort().map(([code, n]) => `${code} ${n}`).join(', ')}); generate ${run!.milliseconds} ms, type-check ${checkMs} ms.`,
      ];
      mkdirSync(tmpDir, { recursive: true });
      writeFileSync(reportFile, formatReport(comparison, { floors: FLOORS, preamble }));
      console.log(`${formatReport(comparison, { floors: FLOORS, preamble, cap: CONSOLE_CAP })}\nFull listing: ${reportFile}`);

      expect(failedFloors(comparison.figures, FLOORS), 'figures below their floors').toEqual([]);
    },
    TIMEOUT_MS,
  );
});
