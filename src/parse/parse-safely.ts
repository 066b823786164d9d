import { emptyFacts } from './empty-facts.js';
import type { PageFacts } from './page-facts.js';
import { parsePage } from './page.js';

export interface ParseJob {
  file: string;
  text: string;
}

/** parsePage, with a parser failure on one odd page reported as that page's diagnostic. */
export function parseSafely(file: string, text: string): PageFacts {
  try {
    return parsePage(file, text);
  } catch (error) {
    return emptyFacts(file, 'page-unparseable', `page could not be parsed: ${(error as Error).message}`);
  }
}
