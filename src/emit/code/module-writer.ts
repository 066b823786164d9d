import { compareText } from '../../diagnostics/diagnostic.js';
import { Code, Name, _, joinCode, markPass } from './code.js';
import { LINE_WIDTH } from './declarations.js';
import { CodeWriter } from './writer.js';

interface Imported {
  name: Name;
  typeOnly: boolean;
}

interface Constant {
  name: Name;
  initializer: Code;
  exported: boolean;
}

/**
 * One generated module: its names, its imports, its module-level constants and its body. It
 * renders only the imports and constants that the body uses (directly or through another
 * constant), so an emitter asks for a name where it needs one and never tidies up after itself.
 */
export class ModuleWriter {
  readonly body = new CodeWriter();
  private readonly names = new Map<string, Name>();
  private readonly imports = new Map<string, Map<string, Imported>>();
  /** `import * as name from "module"`, by module. */
  private readonly namespaces = new Map<string, Name>();
  private readonly constants: Constant[] = [];

  /** `header` is the comment every generated file starts with. */
  constructor(private readonly header: string) {}

  /** A name this module declares; two declarations of one name are a bug in the emitter. */
  declare(text: string): Name {
    if (this.names.has(text)) throw new Error(`the generated module declares ${text} twice`);
    const name = new Name(text);
    this.names.set(text, name);
    return name;
  }

  /** `prefix`, or `prefix2`, `prefix3`… the first that is free. */
  fresh(prefix: string): Name {
    let text = prefix;
    for (let n = 2; this.names.has(text); n++) text = `${prefix}${n}`;
    return this.declare(text);
  }

  /** `name` from `module` (`import { name } from "module"`); the same name again is the same import. */
  import(module: string, text: string, typeOnly = false): Name {
    let names = this.imports.get(module);
    const known = names?.get(text);
    if (known) {
      known.typeOnly &&= typeOnly;
      return known.name;
    }
    const name = this.declare(text);
    if (!names) this.imports.set(module, (names = new Map()));
    names.set(text, { name, typeOnly });
    return name;
  }

  importType(module: string, text: string): Name {
    return this.import(module, text, true);
  }

  /** All of `module` as one object (`import * as text from "module"`); asked again, the same name. */
  importNamespace(module: string, text: string): Name {
    let name = this.namespaces.get(module);
    if (!name) this.namespaces.set(module, (name = this.declare(text)));
    return name;
  }

  /** A module-level `const`, written before the body where anything uses it. */
  constant(name: Name, initializer: Code, exported = false): Name {
    this.constants.push({ name, initializer, exported });
    return name;
  }

  toString(): string {
    const pass = markPass();
    this.body.markNames(pass);
    for (const constant of this.constants) if (constant.exported) constant.name.mark = pass;
    // Constants may use each other, declared in any order: mark until no constant is newly used.
    const marked = new Set<Constant>();
    for (let grew = true; grew; ) {
      grew = false;
      for (const constant of this.constants) {
        if (constant.name.mark !== pass || marked.has(constant)) continue;
        marked.add(constant);
        constant.initializer.markNames(pass);
        grew = true;
      }
    }
    const used = (name: Name): boolean => name.mark === pass;
    const sections = [this.header.trimEnd(), importLines(this.imports, this.namespaces, used), constantLines(this.constants, used), this.body.toString().trimEnd()];
    return sections.filter((section) => section !== '').join('\n\n') + '\n';
  }
}

function importLines(imports: ReadonlyMap<string, ReadonlyMap<string, Imported>>, namespaces: ReadonlyMap<string, Name>, used: (name: Name) => boolean): string {
  const lines: string[] = [];
  for (const module of [...new Set([...imports.keys(), ...namespaces.keys()])].sort(compareText)) {
    const namespace = namespaces.get(module);
    if (namespace && used(namespace)) lines.push(_`import * as ${namespace} from ${module};`.toString());
    const names = [...(imports.get(module)?.values() ?? [])].filter((imported) => used(imported.name)).sort((a, b) => compareText(a.name.text, b.name.text));
    if (names.length === 0) continue;
    const typeOnly = names.every((imported) => imported.typeOnly);
    const list = joinCode(
      names.map((imported) => (imported.typeOnly && !typeOnly ? _`type ${imported.name}` : _`${imported.name}`)),
      _`, `,
    );
    const line = _`import ${typeOnly ? _`type ` : _``}{ ${list} } from ${module};`.toString();
    if (line.length <= LINE_WIDTH) lines.push(line);
    else lines.push(`import ${typeOnly ? 'type ' : ''}{`, ...names.map((imported) => `  ${imported.typeOnly && !typeOnly ? 'type ' : ''}${imported.name.text},`), _`} from ${module};`.toString());
  }
  return lines.join('\n');
}

function constantLines(constants: readonly Constant[], used: (name: Name) => boolean): string {
  return constants
    .filter((constant) => used(constant.name))
    .map((constant) => _`${constant.exported ? _`export ` : _``}const ${constant.name} = ${constant.initializer};`.toString())
    .join('\n');
}
