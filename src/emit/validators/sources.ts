import type { Name } from '../code/code.js';
import { _ } from '../code/code.js';
import type { ModuleWriter } from '../code/module-writer.js';

/**
 * The docs pages a validator module cites in its errors, as module constants (`SOURCE` for the
 * type's own page, `SOURCE2`… for pages of inherited properties), so each is written once; the
 * module writes only those its code cites.
 */
export class SourceConstants {
  private readonly names = new Map<string, Name>();

  constructor(private readonly module: ModuleWriter) {}

  name(page: string): Name {
    let name = this.names.get(page);
    if (name === undefined) {
      name = this.module.constant(this.module.fresh('SOURCE'), _`${page}`);
      this.names.set(page, name);
    }
    return name;
  }
}
