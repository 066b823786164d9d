import { VERSION } from '../version.js';

export const GENERAL_HELP = `graphdoc ${VERSION}: TypeScript types from Microsoft Graph-style API reference docs

Usage:
  graphdoc generate --docs <dir> [--docs <dir>...] --out <dir> [options]
  graphdoc generate [--config graphdoc.config.json]
  graphdoc --help | --version

Run "graphdoc generate --help" for the options.
`;

export const GENERATE_HELP = `Usage: graphdoc generate --docs <dir> [--docs <dir>...] --out <dir> [options]

Reads every *.md page below the docs folders (includes/ folders are skipped) and writes
TypeScript into the output folder: models/<Type>.ts for each type and enum, index.ts that
re-exports them, and graphdoc-manifest.json (the files graphdoc owns and the model behind
them). Only files whose bytes change are written; files graphdoc did not generate are never
touched.

Options:
  --docs <dir>        a docs folder to read (repeat for several)
  --out <dir>         the output folder
  --config <file>     read docs, out, strict, emit and packageName from a JSON file
                      (paths relative to it);
                      ./graphdoc.config.json is used when neither --docs nor --out is given
  --strict            exit 1 when any diagnostic is an error
  --format <fmt>      text (default) or json: diagnostics and summary as JSON on stdout
  --verbose           also print info diagnostics (otherwise only counted)
  --check             write nothing; exit 1 listing the stale or missing files if the
                      output is out of date (for CI), 0 if it is up to date
  --cache-dir <dir>   where parsed pages and formatted files are cached
                      (default: node_modules/.cache/graphdoc)
  --no-cache          neither read nor write the cache
  --threads <n>       worker threads for parsing (default: the machine's cores)
  --emit <mode>       ts (default): TypeScript sources; js: ES modules (.js) with
                      declarations (.d.ts), for packages without a compile step
  --package-name <name>
                      also write package.json (type module, exports for the index and
                      each module, sideEffects false, version 0.0.0) under this npm name
  -q, --quiet         no progress and no diagnostics, only the summary line
  -h, --help          this text

Exit codes: 0 done (warnings allowed), 1 errors found under --strict or stale output under
--check, 2 bad usage, a docs
folder that cannot be read, or output that cannot be written (the previous output is left
whole).
`;
