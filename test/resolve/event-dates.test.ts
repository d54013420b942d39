import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

const story = (...lines: string[]) => lines.join('\n');
const meetingDate = (text: string, published: string | null) =>
  factsOf(story('Встреча руководителей регионов', '', text), 'ru', published).events.find((e) => e.type === 'meeting')?.date;

test('an event the story tells without a date happened when it was published', () => {
  const text = 'Губернатор Омской области и аким Павлодарской области провели переговоры в Омске.';
  assert.equal(meetingDate(text, '2025-04-10'), '2025-04-10');
  assert.equal(meetingDate(text, null), null);
});

test('a day without a year that would follow publication is last year’s', () => {
  const text = 'Губернатор Омской области и аким Павлодарской области 20 декабря провели переговоры в Омске.';
  assert.equal(meetingDate(text, '2025-01-14'), '2024-12-20');
  assert.equal(meetingDate(text, '2025-12-22'), '2025-12-20');
});

test('the day a coarser date holds is the event’s', () => {
  const f = factsOf(
    story('Regions meet', '', 'Earlier this month (April 4th), the Governor of Omsk region met the akim of Pavlodar region in Omsk.'),
    'en',
    '2025-04-10',
  );
  assert.equal(f.events.find((e) => e.type === 'meeting')?.date, '2025-04-04');
});
