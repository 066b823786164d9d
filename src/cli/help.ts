import { VERSION } from '../version.js';

export const GENERAL_HELP = `graphdoc ${VERSION}: TypeScript types from Microsoft Graph-style API reference docs

Usage:
  graphdoc generate --docs <dir> [--docs <dir>...] --out <dir> [options]
  graphdoc generate [--config graphdoc.config.json]
  graphdoc check --docs <dir> [--docs <dir>...] [page...] [options]
  graphdoc baseline --docs <dir> [--docs <dir>...] [--baseline <file>]
  graphdoc init [--docs <dir>] [--out <dir>]
  graphdoc --help | --version

Run "graphdoc <command> --help" (generate, check, baseline, init) for the options.
`;

export const CHECK_HELP = `Usage: graphdoc check --docs <dir> [--docs <dir>...] [page...] [options]

Reads the docs as generate does (the same cache) and writes nothing. Checks the pages given
(every page where none) against the model of the whole docs:
  - each JSON example, request and response, through the generated validators of the type
    its annotation, its page or its operation names: one finding per wrong value, at the value;
    type names where values belong ("String", "Integer"...) as placeholder-value;
  - each request example's method and URL against the documented request paths, its root
    against Graph's (https://graph.microsoft.com/v1.0/ or /beta/), its body with
    validateRequestBody;
  - links to pages and anchors, and TODOs left in tables, front matter and prose;
and reports what generate reports of those pages. <!-- graphdoc-disable code... --> above a
block silences those codes there.

Options:
  --docs <dir>        a docs folder to read (repeat for several)
  --config <file>     read settings from a JSON file, as generate does (the options below in
                      camelCase, and "diagnostics": code → "error" | "warning" | "info" |
                      "off"); ./graphdoc.config.json is used without --docs
  --format <fmt>      text (default), json, github (Actions annotations) or sarif (2.1.0)
  --baseline <file>   leave out the findings this file holds (default:
                      graphdoc-baseline.json beside the config file, or here)
  --strict            warnings fail the check too
  --verbose           also print info findings (otherwise only counted)
  -q, --quiet         only the summary line
  --cache-dir <dir>   as for generate; --no-cache for none
  --threads <n>       worker threads for reading pages
  -h, --help          this text

Exit codes: 0 no error found (warnings allowed unless --strict), 1 an error remains (named on
stderr), 2 bad usage, a page not in the docs folders, or a baseline that cannot be read.
`;

export const BASELINE_HELP = `Usage: graphdoc baseline --docs <dir> [--docs <dir>...] [--baseline <file>]

Checks every page as graphdoc check does and writes its findings to the baseline file
(default graphdoc-baseline.json beside the config file, or here): check and generate then
report only findings it does not hold, and say how many known ones they left out. Commit it;
run it again to accept today's findings.
`;

export const INIT_HELP = `Usage: graphdoc init [--docs <dir>] [--out <dir>]

Sets up graphdoc in the project in the current folder: writes graphdoc.config.json (docs: the
--docs folder, or the first of api-reference/v1.0, api-reference/beta, docs/api-reference/v1.0,
docs that exists; out: --out, or src/graph) and adds a "generate" script running
"graphdoc generate" to package.json. Overwrites nothing: an existing graphdoc.config.json is an
error (exit 2), and an existing "generate" script is kept. Then: npm run generate.
`;

export const GENERATE_HELP = `Usage: graphdoc generate --docs <dir> [--docs <dir>...] --out <dir> [options]

Reads every *.md page below the docs folders (includes/ folders are skipped) and writes into
the output folder:
  index.ts              everything users call, re-exported (index.js + index.d.ts with --emit js)
  models.ts             an interface per type, a union and a member array per enum
                        (models.js + models.d.ts with --emit js)
  validators/<Type>.js  isType, validateType, assertType, with a .d.ts beside each;
                        validators.js re-exports them all, declared in one validators.d.ts
  operations.js         every documented request, and operations.d.ts: the typed map
                        GraphOperations
  operation-validators.js  validateRequestBody, isValidRequestBody (and .d.ts)
  client.js             createGraphClient: a typed client of GraphOperations (and .d.ts);
                        graph-validator.js: what its opt-in validation checks bodies with
  runtime/              the client, the validators' helpers and shared types
  schema.json           JSON Schema 2020-12 of every type and enum
  graphdoc-manifest.json  the files graphdoc owns, and the summary of the model that the
                        change report compares
The code is JavaScript with declarations beside it, so a project that imports the output type-
checks declarations only. Only files whose bytes change are written; files graphdoc did not
generate are never touched.

Options:
  --docs <dir>        a docs folder to read (repeat for several)
  --out <dir>         the output folder
  --config <file>     read settings from a JSON file: any option below, in camelCase
                      ("docs": [...], "out", "strict", "cacheDir", "failOnBreaking", ...),
                      paths relative to the file; flags given here win.
                      ./graphdoc.config.json is used when neither --docs nor --out is given
  --strict            exit 1 when any diagnostic shown is an error, naming them
  --format <fmt>      text (default); json: diagnostics and summary as JSON on stdout;
                      github: GitHub Actions annotations; sarif: a SARIF 2.1.0 log on stdout
  --baseline <file>   leave out the diagnostics this file holds (see graphdoc baseline)
  --verbose           also print info diagnostics (otherwise only counted)
  --check             write nothing; exit 1 listing the stale or missing files if the
                      output is out of date (for CI), 0 if it is up to date
  -w, --watch         generate, then regenerate whenever a *.md page below a docs folder
                      is added, changed or removed, until Ctrl+C or SIGTERM (exit 0);
                      each rerun names the pages that changed (not with --check)
  --cache-dir <dir>   where parsed pages and the last run's state are cached
                      (default: node_modules/.cache/graphdoc)
  --no-cache          neither read nor write the cache
  --threads <n>       worker threads for parsing (default: the machine's cores)
  --report <file>     write what changed since the previous output in --out (types,
                      properties, enum members, operations; breaking changes first) as
                      Markdown, for a pull request; written on every run, even with --check
  --fail-on-breaking  exit 1 when any change since the previous output is breaking (a
                      removed or narrowed type, property, enum member or operation, or a
                      newly required property); everything is still written first
  --emit <mode>       ts (default): the index and the types as TypeScript; js: as ES
                      modules (.js) with declarations (.d.ts), for packages without a
                      compile step. The code is JavaScript with declarations in both
  --package-name <name>
                      also write package.json (type module, exports for the index and
                      each module, sideEffects false, version 0.0.0) under this npm name
  -q, --quiet         no progress and no diagnostics, only the summary line
                      (and, with --watch, the pages that changed)
  -h, --help          this text

Unless --quiet, a short list of what changed since the previous output comes before the
summary line.

Progress goes to stderr: on a terminal, one line redrawn in place with a bar for the pages
parsed, cleared before the diagnostics and the summary; in a log (not a terminal), one plain
line per stage and one every 5 seconds during a long stage.

Exit codes: 0 done (warnings allowed), 1 errors found under --strict, stale output under
--check, or breaking changes under --fail-on-breaking, 2 bad usage, a docs folder that
cannot be read, output that cannot be written (the previous output is left whole), or a
report that cannot be written.
`;
