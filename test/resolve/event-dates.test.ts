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

test('«в тот же день», "the same day" is the day the sentence before told', () => {
  const f = factsOf(
    story(
      'Omsk and Pavlodar',
      '',
      'The Omsk delegation arrived in Pavlodar on Monday.',
      'The same day, the Governor of Omsk region held talks with the akim of Pavlodar region.',
    ),
    'en',
    '2025-04-10',
  );
  assert.equal(f.events.find((e) => e.type === 'meeting')?.date, '2025-04-07');
});

test('an event its sentence does not date takes a recent day the next sentence tells, not an old one', () => {
  const recent = story(
    'Омская и Павлодарская области',
    '',
    'Губернатор Омской области и аким Павлодарской области подписали дорожную карту.',
    'Церемония состоялась 8 апреля в Омске.',
  );
  assert.equal(factsOf(recent, 'ru', '2025-04-10').events.find((e) => e.type === 'signing')?.date, '2025-04-08');
  const old = recent.replace('8 апреля', '8 января');
  assert.equal(factsOf(old, 'ru', '2025-04-10').events.find((e) => e.type === 'signing')?.date, '2025-04-10');
});

test('a dateline closed by a full stop dates the story, not its event', () => {
  const text = story(
    'Омская и Павлодарская области',
    '',
    'ОМСК, 10 апреля. Губернатор Омской области и аким Павлодарской области подписали дорожную карту.',
    'Церемония состоялась 8 апреля.',
  );
  assert.equal(factsOf(text, 'ru', '2025-04-10').events.find((e) => e.type === 'signing')?.date, '2025-04-08');
});

test('a story without a publication date dates its events by the latest year it tells of', () => {
  const text = story(
    'Омская и Павлодарская области',
    '',
    'Губернатор Омской области и аким Павлодарской области провели переговоры.',
    'В 2019 году области подписали соглашение, а в 2023 году открыли торговый дом.',
  );
  assert.equal(factsOf(text, 'ru', null).events.find((e) => e.type === 'meeting')?.date, '2023');
});
