import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean, headerDate, parseDate, readHeader, toRaw } from '../../src/text/clean.js';

const paragraphs = (raw: string) => clean(raw).text.split('\n\n');

/** Every character copied into the cleaned text maps back to the same character in raw. */
function assertRoundTrip(raw: string): void {
  const { text, offsets } = clean(raw);
  for (const seg of offsets) {
    const copied = text.slice(seg.start, seg.start + seg.length);
    const source = raw.slice(seg.rawStart, seg.rawStart + seg.length);
    assert.equal(copied, source.replace(/[\s\u00a0]/g, ' '), `segment at ${seg.start}`);
  }
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const at = text.indexOf(word);
    // The raw span of a word may hold the invisible characters cleaning dropped (soft hyphens).
    assert.equal(raw.slice(toRaw(offsets, at), toRaw(offsets, at + word.length)).replace(/[\u00ad\u200b]/g, ''), word);
  }
}

test('the header date line goes; a place tag after it goes too, the headline stays first', () => {
  const raw = ' date 2025-03-14 10:20 Барнаул\nКрай и область обсудили поставки семян\n\nДелегации встретились в среду.';
  assert.deepEqual(paragraphs(raw), ['Край и область обсудили поставки семян', 'Делегации встретились в среду.']);
  assertRoundTrip(raw);
});

test('a headline on the date line itself is kept as the first paragraph', () => {
  const raw = ' date 2025-06-11 Омская и Акмолинская области обсудили стажировки\nГости посетили вузы.';
  assert.deepEqual(paragraphs(raw), ['Омская и Акмолинская области обсудили стажировки', 'Гости посетили вузы.']);
  assertRoundTrip(raw);
});

test('a time stamp line with its update note goes', () => {
  const raw =
    '08:45 02.04.2025 (обновлено: 09:10 02.04.2025)\nНовосибирск и Бишкек обсудили авиарейсы\nStamps in English too:\n10:32 28.05.2025 (updated: 11:05 28.05.2025)';
  assert.deepEqual(paragraphs(raw), ['Новосибирск и Бишкек обсудили авиарейсы', 'Stamps in English too:']);
});

test('a photo credit glued to the next sentence goes, the sentence stays', () => {
  const raw =
    '© Пресс-служба правительства краяДелегации двух регионов обсудили поставки зерна\nPhoto: regional emergency serviceFirefighters from both regions during the exercise';
  assert.deepEqual(paragraphs(raw), [
    'Делегации двух регионов обсудили поставки зерна',
    'Firefighters from both regions during the exercise',
  ]);
  assertRoundTrip(raw);
});

test('a credit glued after an abbreviation splits at the capitalised word', () => {
  assert.deepEqual(paragraphs('Фото: пресс-служба правительства НСОГубернатор области и посол на встрече'), [
    'Губернатор области и посол на встрече',
  ]);
});

test('a credit alone, or one whose tail is only a name fragment, goes whole', () => {
  assert.equal(clean('© Пресс-служба губернатора области').text, '');
  assert.equal(clean('Фото: © Минпромторг края').text, '');
  assert.equal(clean('© Агентство / Пресс-служба Кабмина РУз').text, '');
  assert.equal(clean('Photo: press service of the regional hokimiyat').text, '');
});

test('a credit glued to the end of a sentence goes, the sentence stays', () => {
  const raw = 'Губернатор принял делегацию провинции.© Правительство области';
  assert.equal(clean(raw).text, 'Губернатор принял делегацию провинции.');
  assertRoundTrip(raw);
});

test('share-button lines go in every usual wording; text that starts with "Share" stays', () => {
  const raw = [
    'Поделиться: ВКонтакте Одноклассники Telegram',
    'Можно поделиться через: ВКонтакте Telegram WhatsApp',
    'Поделиться в соцсетях',
    'Share: VK | Telegram | OK',
    'Share this: Facebook | X | Telegram | Email',
    'Share this news:',
    'Поделиться',
    'Подписывайтесь на наш канал в Telegram',
    'Share of grain in exports rose to 40%.',
  ].join('\n');
  assert.deepEqual(paragraphs(raw), ['Share of grain in exports rose to 40%.']);
});

test('related-news tails go, inline or as a list of headlines; "Напомним" is real text', () => {
  const raw = [
    'Стороны договорились о новой встрече.',
    '',
    'Напомним, соглашение регионы подписали в 2019 году.',
    '',
    'Читайте также: В городе открыли новый мост',
    'Read also: Port handles record volumes',
    'Читайте также:',
    'В области завершили сев',
    'Аграрии получили новую технику',
    'Related:',
    '- Two regions discuss shipbuilding',
    'Ещё по теме:',
    'Соседи увеличат транзит',
  ].join('\n');
  assert.deepEqual(paragraphs(raw), ['Стороны договорились о новой встрече.', 'Напомним, соглашение регионы подписали в 2019 году.']);
});

test('a related-news list ends at a blank line or at a real sentence', () => {
  const raw = 'Читайте также:\nВ области завершили сев\nДелегация вернулась домой, переговоры продолжатся осенью.';
  assert.deepEqual(paragraphs(raw), ['Делегация вернулась домой, переговоры продолжатся осенью.']);
});

test('a lead paragraph repeated twice is kept once', () => {
  const lead = 'Делегация области посетила соседний регион и провела переговоры о поставках.';
  const raw = `Заголовок новости о визите\n\n${lead}\n\n${lead}\n\nДругой абзац текста.`;
  assert.deepEqual(paragraphs(raw), ['Заголовок новости о визите', lead, 'Другой абзац текста.']);
  assertRoundTrip(raw);
});

test('whitespace is normalised: one paragraph per line, blank line between, spaces collapsed', () => {
  const raw = '  Первый\u00a0абзац\tс   пробелами  \r\n\r\n\r\nВто\u00adрой абзац\u200b.\r\nТретий абзац';
  assert.equal(clean(raw).text, 'Первый абзац с пробелами\n\nВторой абзац.\n\nТретий абзац');
  assertRoundTrip(raw);
});

test('toRaw maps every cleaned offset into raw, separators to the end of what precedes them', () => {
  const raw = ' date 2025-01-02 10:00\nГлава  области\n\n\nПодписан  меморандум';
  const { text, offsets } = clean(raw);
  assert.equal(text, 'Глава области\n\nПодписан меморандум');
  const at = text.indexOf('меморандум');
  assert.equal(raw.slice(toRaw(offsets, at), toRaw(offsets, at + 'меморандум'.length)), 'меморандум');
  assert.equal(toRaw(offsets, text.indexOf('\n\n')), raw.indexOf('области') + 'области'.length);
  assert.equal(toRaw(offsets, text.length), raw.length);
  assertRoundTrip(raw);
});

test('readHeader: the date line gives the date; its tag is not the title, the next line is', () => {
  assert.deepEqual(readHeader(' date 2025-10-14 11:20 Омск\nОбласти подписали дорожную карту\n\nТекст.'), {
    published: '2025-10-14',
    title: 'Области подписали дорожную карту',
  });
  assert.deepEqual(readHeader(' date 2025-09-03 18:30 обновлено\n\nВизит перенесен на октябрь'), {
    published: '2025-09-03',
    title: 'Визит перенесен на октябрь',
  });
});

test('readHeader: a headline on the date line is the title', () => {
  assert.deepEqual(readHeader(' date 2025-06-11 Омская и Акмолинская области обсудили стажировки\nТекст.'), {
    published: '2025-06-11',
    title: 'Омская и Акмолинская области обсудили стажировки',
  });
});

test('readHeader: a time stamp gives the date, the line after it the title', () => {
  assert.deepEqual(readHeader('08:45 02.04.2025 (обновлено: 09:10 02.04.2025)\nНовосибирск и Бишкек обсудили авиарейсы\nТекст.'), {
    published: '2025-04-02',
    title: 'Новосибирск и Бишкек обсудили авиарейсы',
  });
});

test('readHeader: a line holding only a date, with times, labels or separators, gives the date', () => {
  assert.deepEqual(readHeader('Главная | Регионы | Экономика\n09:15, 21 мая 2025\nТюмень и Курган обсудили поставки молока\nТекст.'), {
    published: '2025-05-21',
    title: 'Тюмень и Курган обсудили поставки молока',
  });
  assert.equal(
    readHeader('Заголовок новости здесь\nОпубликовано: 07.11.2025 в 16:20\nТекст.').published,
    '2025-11-07',
    '«в» before a time',
  );
  assert.equal(
    readHeader('Заголовок новости здесь\nОпубликовано: 07.11.2025 в Омске\nТекст.').published,
    null,
    'a place is more than a date',
  );
  assert.equal(readHeader('Заголовок новости здесь\nОпубликовано: 07.11.2025 16:20\nТекст.').published, '2025-11-07');
  assert.equal(readHeader('Regions sign a grain deal\nPublished: November 7, 2025 | 10:05 GMT\nText.').published, '2025-11-07');
  assert.equal(readHeader('Среда, 5 марта 2025 г.\nВстреча в Казани\nТекст.').published, '2025-03-05');
  assert.equal(
    readHeader('Стороны встретились 5 марта 2025 года в Казани.\nТекст.').published,
    null,
    'a sentence with a date is no header',
  );
});

test('headerDate: only a date and what may stand beside it', () => {
  assert.equal(headerDate('17:40 18.12.2025 (обновлено: 17:56 18.12.2025)'), '2025-12-18');
  assert.equal(headerDate('2025-12-18T17:40:00+05:00'), '2025-12-18');
  assert.equal(headerDate('18 декабря 2025, 17:40 МСК'), '2025-12-18');
  assert.equal(headerDate('18 декабря 2025 года состоится форум'), null);
  assert.equal(headerDate('Курган, 18 декабря'), null, 'no year');
});

test('readHeader: a dateline gives the date only when it has the year', () => {
  assert.equal(readHeader('OMSK, March 3, 2025 (Siberia Wire) - Two regions agreed.').published, '2025-03-03');
  assert.equal(readHeader('Заголовок\n\nМИНСК, 3 июня 2025 — Агентство. Стороны подписали.').published, '2025-06-03');
  assert.equal(readHeader('Заголовок\nТомск. 08.07.2025. Губернатор провел встречу.').published, '2025-07-08');
  assert.equal(readHeader('Заголовок\n\nАСТАНА, 19 фев — Агентство. Стороны подписали.').published, null);
  assert.equal(readHeader('KURGAN, May 12 (Tobol News) - Rescue services will train.').published, null);
});

test('readHeader: no header, no date; a first line that is a sentence is no title', () => {
  assert.deepEqual(readHeader('Кузбасс и Улытау договорились о подготовке горняков\n\nДелегация посетила область.'), {
    published: null,
    title: 'Кузбасс и Улытау договорились о подготовке горняков',
  });
  assert.deepEqual(readHeader('Аким провел встречу с губернатором в рамках форума.\n\nТекст.'), { published: null, title: null });
});

test('parseDate reads the usual written forms as written, with no time-zone shift', () => {
  assert.equal(parseDate('2025-10-15T01:00:00+05:00'), '2025-10-15');
  assert.equal(parseDate('Tue, 14 Oct 2025 23:30:00 +0500'), '2025-10-14');
  assert.equal(parseDate('14.10.2025'), '2025-10-14');
  assert.equal(parseDate('14 октября 2025 г.'), '2025-10-14');
  assert.equal(parseDate('October 14, 2025'), '2025-10-14');
  assert.equal(parseDate('14 октября'), null);
  assert.equal(parseDate('32.13.2025'), null);
  assert.equal(parseDate('soon'), null);
});

test('headerDate: age marks, view and comment counts and a weekday after the date are no more than a date', () => {
  assert.equal(headerDate('18:10 29.06.2024 16+'), '2024-06-29');
  assert.equal(headerDate('- 13-11-2025 09:10'), '2025-11-13');
  assert.equal(headerDate('22 октября 2011 Нет комментариев'), '2011-10-22');
  assert.equal(headerDate('5 March 2024, Tuesday'), '2024-03-05');
  assert.equal(headerDate('14/10/2025 | 1520'), '2025-10-14');
  assert.equal(headerDate('22 октября 2011 Новости региона'), null, 'words other than a count');
  assert.equal(headerDate('2025'), null);
});

test('headerDate: month names and word order of the language modules', () => {
  assert.equal(headerDate('2025 жылғы 14 қазан'), '2025-10-14');
  assert.equal(headerDate('2025-yil 14-oktabr'), '2025-10-14');
  assert.equal(headerDate('2025-жылдын 3-мартында'), '2025-03-03');
  assert.equal(headerDate('14 кастрычніка 2025'), '2025-10-14');
  assert.equal(headerDate('2 лютага 2024, 12:30'), '2024-02-02');
  assert.equal(headerDate('14 октябри 2025'), '2025-10-14');
  assert.equal(headerDate('14 oktyabr 2025'), '2025-10-14');
  assert.equal(headerDate('14 шілде 2025 ж.'), '2025-07-14', 'the Kazakh and Kyrgyz year word, abbreviated');
  assert.equal(headerDate('14 шілде 2025 т.'), null, 'an unknown abbreviation after the year');
});

test('readHeader: a date and time with a short byline is a stamp; a date in a sentence is not', () => {
  assert.equal(readHeader('Заголовок новости о встрече\n12.03.2024, 09:40 215 Иван Петров\nТекст статьи.').published, '2024-03-12');
  assert.equal(readHeader('Заголовок новости\nВстреча началась 12.03.2024 в 09:40 в здании правительства.\nТекст.').published, null);
});

test('readHeader: the header ends at the first paragraph; a date stamp glued into it still counts', () => {
  const banners = Array.from({ length: 10 }, (_, i) => `Баннер ${i + 1}`).join('\n');
  assert.equal(readHeader(`${banners}\nЗаголовок новости\n09:05 17.04.2025 12+\nТекст.`).published, '2025-04-17');
  const glued =
    'Города стали побратимами17.04.2025 09:05Новости - 17 апреля. Стороны подписали соглашение о побратимстве и обсудили обмен делегациями.';
  assert.equal(readHeader(glued).published, '2025-04-17');
});

test('readHeader: date lines after the article are a list of other news unless there is only one', () => {
  const body = 'Стороны обсудили развитие торговли, поставки продовольствия и обмен студентами. '.repeat(4);
  assert.equal(
    readHeader(`${body}\nПодпись источника\n05.07.2025 - 17:50\nДругая новость\n30.06.2025 - 12:16\n24.06.2025 - 10:04`).published,
    null,
  );
  assert.equal(readHeader(`${body}\nПодпись источника\n05.07.2025`).published, '2025-07-05');
});

test('headerDate: the labels of the field, an update label alone included; relative words are no date', () => {
  assert.equal(headerDate('Обновлено: 14.10.2025 10:00'), '2025-10-14');
  assert.equal(headerDate('Жарияланды: 14.10.2025'), '2025-10-14');
  assert.equal(headerDate('Апублікавана: 14 кастрычніка 2025'), '2025-10-14');
  assert.equal(headerDate('Сегодня, 14:30'), null);
  assert.equal(headerDate('Вчера, 09:15'), null);
});

test('headerDate: an update with its own date, a byline, a rubric after a bar, AM/PM and year-first dates', () => {
  assert.equal(headerDate('Опубликовано 14.10.2025 в 10:30 | Обновлено 14.10.2025 в 12:00'), '2025-10-14');
  assert.equal(headerDate('Published on 14 October 2025 by Anna Smith'), '2025-10-14');
  assert.equal(headerDate('14.10.2025 | Экономика'), '2025-10-14');
  assert.equal(headerDate('Oct 14, 2025 10:30 AM'), '2025-10-14');
  assert.equal(headerDate('2025/10/14 09:00'), '2025-10-14');
  assert.equal(headerDate('2025.10.14'), '2025-10-14');
  assert.equal(headerDate('2025 ж. 14 қазан, 10:30'), '2025-10-14');
  assert.equal(headerDate('2023-10-20 09:12:33 Source: Agency'), '2023-10-20');
  assert.equal(headerDate('Просмотров: 1520 | 14.10.2025'), null, 'a count before the date is more than a date');
  assert.equal(headerDate('14.10.2025 | Губернатор провёл встречу с делегацией'), null, 'a headline is more than a rubric');
  assert.equal(headerDate('14 October 2025 by the river the delegation met'), null);
});
