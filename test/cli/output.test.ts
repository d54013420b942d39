import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidArgumentError } from 'commander';
import { highlight, isoDate, positiveInt } from '../../src/cli/output.js';

test('snippets: bold on a terminal, brackets elsewhere', () => {
  assert.equal(highlight('a [[b]] c [[d]]', true), 'a \x1b[1mb\x1b[22m c \x1b[1md\x1b[22m');
  assert.equal(highlight('a [[b]] c', false), 'a [[b]] c');
});

test('option values are checked as usage errors', () => {
  assert.equal(positiveInt('20'), 20);
  for (const bad of ['0', '-1', '2.5', 'ten']) assert.throws(() => positiveInt(bad), InvalidArgumentError);
  assert.equal(isoDate('2025-02-28'), '2025-02-28');
  for (const bad of ['2025-2-28', '2025-13-01', '28.02.2025', '2025']) assert.throws(() => isoDate(bad), InvalidArgumentError);
});
