/**
 * readPossibleValues on descriptions as the docs write them. Each description is parsed as
 * the description cell of a property table row, so the nodes are what parsePage passes in.
 */
import type { TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { readPossibleValues } from '../../src/parse/possible-values.js';

function descriptionCell(description: string): TableCell {
  const tree = parseMarkdown(['| Property | Type | Description |', '|:--|:--|:--|', `| mode | String | ${description} |`, ''].join('\n'));
  const table = tree.children[0];
  if (table?.type !== 'table') throw new Error('no table parsed');
  const cell = table.children[1]?.children[2];
  if (!cell) throw new Error('no description cell parsed');
  return cell;
}

function valuesOf(description: string): string[] | undefined {
  return readPossibleValues(descriptionCell(description).children);
}

describe('readPossibleValues: lead-ins', () => {
  it.each<[string, string, string[]]>([
    ['Possible values are:', 'How to connect. Possible values are: `usb`, `bluetooth`, `infrared`.', ['usb', 'bluetooth', 'infrared']],
    ['The possible values are', 'How to reach the owner. The possible values are `email`, `phone`, `none`.', ['email', 'phone', 'none']],
    ['Possible values:', 'The state. Possible values: `on`, `off`.', ['on', 'off']],
    ['Supported values are', 'How the gadget connects. Supported values are `usb`, `bluetooth`.', ['usb', 'bluetooth']],
    ['Allowed values:', 'The level. Allowed values: `low`, `high`.', ['low', 'high']],
    ['Must be one of', 'The kind of part. Must be one of `bolt`, `nut`, `washer`.', ['bolt', 'nut', 'washer']],
    ['One of:', 'What the part is made of. One of: `steel`, `brass`, `plastic`.', ['steel', 'brass', 'plastic']],
    ['Valid values are', 'The sales region. Valid values are `emea`, `amer`, `apac`.', ['emea', 'amer', 'apac']],
  ])('%s', (_leadIn, description, expected) => {
    expect(valuesOf(description)).toStrictEqual(expected);
  });

  it('is case-insensitive: "POSSIBLE VALUES ARE:"', () => {
    expect(valuesOf('POSSIBLE VALUES ARE: `a`, `b`.')).toStrictEqual(['a', 'b']);
  });
});

describe('readPossibleValues: list forms', () => {
  it('code spans, in the order written', () => {
    expect(valuesOf('Possible values are: `large`, `small`, `medium`.')).toStrictEqual(['large', 'small', 'medium']);
  });

  it('code spans separated by "or"', () => {
    expect(valuesOf('Possible values are `enabled` or `disabled`.')).toStrictEqual(['enabled', 'disabled']);
  });

  it('plain comma-separated words', () => {
    expect(valuesOf('Possible values are: email, phone, none.')).toStrictEqual(['email', 'phone', 'none']);
  });

  it('plain words ending in "and"', () => {
    expect(valuesOf('The sales region the owner belongs to. Valid values are emea, amer and apac.')).toStrictEqual([
      'emea',
      'amer',
      'apac',
    ]);
  });

  it('bold values', () => {
    expect(valuesOf('Possible values are: **daily**, **weekly**, **monthly**.')).toStrictEqual(['daily', 'weekly', 'monthly']);
  });

  it('a value with a dot inside a code span does not end the sentence', () => {
    expect(valuesOf('The API version. Possible values are: `v1.0`, `beta`.')).toStrictEqual(['v1.0', 'beta']);
  });

  it('duplicates are listed once', () => {
    expect(valuesOf('Possible values are: `a`, `b`, `a`.')).toStrictEqual(['a', 'b']);
  });

  it('keeps unknownFutureValue', () => {
    expect(valuesOf('Possible values are: `none`, `some`, `unknownFutureValue`.')).toStrictEqual(['none', 'some', 'unknownFutureValue']);
  });
});

describe('readPossibleValues: what is not a member', () => {
  it('`null` is excluded', () => {
    expect(valuesOf('Possible values are: `red`, `green`, `null`.')).toStrictEqual(['red', 'green']);
  });

  it('plain-word null is excluded', () => {
    expect(valuesOf('Possible values are: red, green, null.')).toStrictEqual(['red', 'green']);
  });

  it('values stop at the end of the sentence', () => {
    expect(valuesOf('Possible values are: `a`, `b`. The default is `c`.')).toStrictEqual(['a', 'b']);
  });

  it('values stop at a semicolon', () => {
    expect(valuesOf('Possible values are: `a`, `b`; see also `c`.')).toStrictEqual(['a', 'b']);
  });

  it('code spans before the lead-in are not members', () => {
    expect(valuesOf('Set `isEnabled` first. Possible values are: `x`, `y`.')).toStrictEqual(['x', 'y']);
  });
});

describe('readPossibleValues: no list', () => {
  it('a description with no lead-in gives undefined', () => {
    expect(valuesOf('The name of the widget, for example `Desk lamp`.')).toBeUndefined();
  });

  it('a description with code spans but no lead-in gives undefined', () => {
    expect(valuesOf('`true` if the widget can be ordered; otherwise, `false`.')).toBeUndefined();
  });

  it('an empty description gives undefined', () => {
    expect(readPossibleValues([])).toBeUndefined();
  });

  it('trap: "Valid values 0 to 24" is a numeric range, not an enum', () => {
    expect(valuesOf('The hour the report runs. Valid values 0 to 24.')).toBeUndefined();
  });

  it('trap: "Valid values are between 1 and 100" is a numeric range, not an enum', () => {
    expect(valuesOf('How many items to return. Valid values are between 1 and 100.')).toBeUndefined();
  });

  it('trap: "one of" in prose is not a lead-in', () => {
    expect(valuesOf('The ID of one of the widgets the owner maintains.')).toBeUndefined();
  });
});
