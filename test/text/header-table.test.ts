import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHeader } from '../../src/text/clean.js';

// Header lines in the formats of the region's news sites, each above a first paragraph of our own;
// the publication date the header reader must give (null: none is known from the header).
const T = 'Омская область и Павлодарская область подписали соглашение о сотрудничестве в сфере сельского хозяйства, заявил губернатор.';
const E = 'The Omsk region and the Pavlodar region signed a cooperation agreement on agriculture, the governor said on Monday.';
const HEADERS: [string, string | null][] = [
  [`Встреча губернаторов в Омске\n12 марта 2024, 14:35\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n12.03.2024 14:35\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n14:35, 12 марта 2024\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\nОпубликовано: 12 марта 2024 г.\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\nДата публикации: 12.03.2024\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n2024-03-12T14:35:00+06:00\n${T}`, '2024-03-12'],
  [`Regions meet in Omsk\nMar 12, 2024\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\n12 March 2024 | 14:35\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\nPublished: 12 March 2024\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\nMarch 12, 2024 at 2:35 PM\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\nUpdated: March 14, 2024\nPublished: March 12, 2024\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\nPublished March 12, 2024 Updated March 14, 2024\n${E}`, '2024-03-12'],
  [`Omby men Pavlodar\n12 наурыз 2024, 14:35\n${T}`, '2024-03-12'],
  [`Omsk va Pavlodar\n12 mart 2024, 14:35\n${T}`, '2024-03-12'],
  [`Omsk va Pavlodar\n12.03.2024 | 14:35\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\nВторник, 12 марта 2024\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n12 марта 2024 года, 14:35 | Политика\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\nАвтор: Иван Петров, 12 марта 2024\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\nИван Петров | 12.03.2024\n${T}`, '2024-03-12'],
  [`Regions meet in Omsk\nBy John Smith | March 12, 2024\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\nJohn Smith, 12 March 2024\n${E}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n\n12 марта 2024\n\n${T}`, '2024-03-12'],
  [`12 марта 2024\nВстреча губернаторов в Омске\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n${T}\n15 марта 2024 года стороны проведут форум.`, null],
  [`Встреча губернаторов в Омске\n12/03/2024\n${T}`, '2024-03-12'],
  [`Regions meet in Omsk\n2024/03/12\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\n12-03-2024 14:35\n${E}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n12 мар 2024, 14:35\n${T}`, '2024-03-12'],
  [`Regions meet in Omsk\n12 Mar. 2024\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\nTuesday, March 12, 2024\n${E}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\nСегодня, 10:15\n${T}`, null],
  [`Встреча губернаторов в Омске\n12 марта 2024 14:35 Просмотров: 1520\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n12.03.2024 в 14:35\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n12 марта 2024 г. 14:35\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n12 марта 2024 г., 14:35 (обновлено: 13 марта 2024 г.)\n${T}`, '2024-03-12'],
  [`Regions meet in Omsk\n2024-03-12 14:35\n${E}`, '2024-03-12'],
  [`Omsk va Pavlodar\n12-mart, 2024-yil\n${T}`, '2024-03-12'],
  [`Omsk va Pavlodar\n2024-yil 12-mart\n${T}`, '2024-03-12'],
  [`Омбы мен Павлодар\n2024 жылғы 12 наурыз\n${T}`, '2024-03-12'],
  [`Омбы мен Павлодар\n12.03.2024, 14:35\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\nДата: 12.03.2024\n${T}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\nОбновлено: 14.03.2024\nОпубликовано: 12.03.2024\n${T}`, '2024-03-12'],
  [`Regions meet in Omsk\nPosted on March 12, 2024 by admin\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\n12.03.2024 14:35 | Economy\n${E}`, '2024-03-12'],
  [`Regions meet in Omsk\n12 March 2024 14:35 GMT+6\n${E}`, '2024-03-12'],
  [`Встреча губернаторов в Омске\n12 марта, 14:35\n${T}`, null],
  [`Omsk va Pavlodar\n12 mart 2024 yil\n${T}`, '2024-03-12'],
  [`Омск ва Павлодар\n12 март 2024 йил\n${T}`, '2024-03-12'],
  [`Омск жана Павлодар\n12-март 2024-ж.\n${T}`, '2024-03-12'],
  // A site's bar with today's date is no byline; the article's stamp follows.
  [`Новости\nFlag Saturday, 25 May 2024\n14:00 03 November 2022\n\nRegions meet in Omsk\n${E}`, '2022-11-03'],
];

test('the header table: each line gives its publication date', () => {
  const wrong = HEADERS.filter(([text, want]) => readHeader(text).published !== want).map(([text]) =>
    text.split('\n').slice(0, 3).join(' / '),
  );
  assert.deepEqual(wrong, []);
  assert.ok(HEADERS.length >= 40);
});
