import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, findPeriods, resolveWeekday, shiftDays, type DateMention } from '../../src/extract/dates.js';

// A Wednesday: the weekdays below resolve against it.
const PUB = '2025-10-15';

/** All date mentions of a sentence, after checking that every span's text is the slice it points at. */
function found(text: string, lang: string, published: string | null = PUB): DateMention[] {
  const ds = findDates(text, lang, published);
  for (const d of ds) assert.equal(text.slice(d.start, d.end), d.text, `offsets of ${d.text}`);
  return ds;
}

/** The one date mention of a sentence as [kind, value, until?, text]. */
function only(text: string, lang: string, published: string | null = PUB) {
  const ds = found(text, lang, published);
  assert.equal(ds.length, 1, `one date in: ${text} → ${JSON.stringify(ds)}`);
  const d = ds[0]!;
  return d.until !== undefined ? [d.kind, d.value, d.until, d.text] : [d.kind, d.value, d.text];
}

function periods(text: string, lang: string, published: string | null = PUB): string[] {
  const ps = findPeriods(text, lang, published);
  for (const p of ps) assert.equal(text.slice(p.start, p.end), p.text);
  return ps.map((p) => p.value);
}

test('shiftDays moves across months and years', () => {
  assert.equal(shiftDays('2025-03-01', -1), '2025-02-28');
  assert.equal(shiftDays('2024-03-01', -1), '2024-02-29');
  assert.equal(shiftDays('2025-12-31', 1), '2026-01-01');
  assert.equal(shiftDays('2025-10-15', -7), '2025-10-08');
});

test('resolveWeekday takes the last such day strictly before publication, or the next one after', () => {
  assert.equal(resolveWeekday(PUB, 3), '2025-10-08');
  assert.equal(resolveWeekday(PUB, 3, -1, true), '2025-10-15');
  assert.equal(resolveWeekday(PUB, 1), '2025-10-13');
  assert.equal(resolveWeekday(PUB, 2), '2025-10-14');
  assert.equal(resolveWeekday(PUB, 7), '2025-10-12');
  assert.equal(resolveWeekday(PUB, 5, 1), '2025-10-17');
  assert.equal(resolveWeekday(PUB, 3, 1), '2025-10-22');
});

test('full dates in Russian and English', () => {
  assert.deepEqual(only('Соглашение подписали 14 марта 2025 года в Астане.', 'ru'), ['date', '2025-03-14', '14 марта 2025 года']);
  assert.deepEqual(only('Документ датирован 03.11.2024.', 'ru'), ['date', '2024-11-03', '03.11.2024']);
  assert.deepEqual(only('Запись обновлена 2025-08-09 утром.', 'ru'), ['date', '2025-08-09', '2025-08-09']);
  assert.deepEqual(only('The talks took place on May 22, 2024 in Osh.', 'en'), ['date', '2024-05-22', 'on May 22, 2024']);
  assert.deepEqual(only('The memorandum was signed on 3 July 2025.', 'en'), ['date', '2025-07-03', 'on 3 July 2025']);
  assert.deepEqual(found('Нереальная дата 31.02.2025 не в счет.', 'ru'), []);
  assert.deepEqual(only('Улан-Удэ, 4 фев — агентство сообщает о визите.', 'ru'), ['date', '2025-02-04', '4 фев']);
});

test('a day and month without a year take the publication year', () => {
  assert.deepEqual(only('Форум откроется 2 декабря.', 'ru'), ['date', '2025-12-02', '2 декабря']);
  assert.deepEqual(only('The delegation arrived on September 30.', 'en'), ['date', '2025-09-30', 'on September 30']);
  assert.deepEqual(only('Форум откроется 2 декабря.', 'ru', null), ['date', null, '2 декабря']);
});

test('day ranges and bounds', () => {
  assert.deepEqual(only('Ярмарка пройдет с 7 по 9 ноября.', 'ru'), ['range', '2025-11-07', '2025-11-09', 'с 7 по 9 ноября']);
  assert.deepEqual(only('Выставка работает 21–24 апреля 2026 года.', 'ru'), [
    'range',
    '2026-04-21',
    '2026-04-24',
    '21–24 апреля 2026 года',
  ]);
  assert.deepEqual(only('Заявки принимают до 5 декабря.', 'ru'), ['range', null, '2025-12-05', 'до 5 декабря']);
  assert.deepEqual(only('The fair runs October 20-22.', 'en'), ['range', '2025-10-20', '2025-10-22', 'October 20-22']);
});

test('months', () => {
  assert.deepEqual(only('Визит запланирован в ноябре.', 'ru'), ['month', '2025-11', 'в ноябре']);
  assert.deepEqual(only('Переговоры начались в марте прошлого года.', 'ru'), ['month', '2024-03', 'в марте прошлого года']);
  assert.deepEqual(only('Открытие перенесли на февраль 2026 года.', 'ru'), ['month', '2026-02', 'на февраль 2026 года']);
  assert.deepEqual(only('Дни культуры пройдут в июле этого года.', 'ru'), ['month', '2025-07', 'в июле этого года']);
  assert.deepEqual(only('Работы завершат до декабря.', 'ru'), ['range', null, '2025-12', 'до декабря']);
  assert.deepEqual(only('A trade mission is due in April.', 'en'), ['month', '2025-04', 'in April']);
  assert.deepEqual(only('Output peaked in December 2024.', 'en'), ['month', '2024-12', 'in December 2024']);
  assert.deepEqual(only('The council meets next March.', 'en'), ['month', '2026-03', 'next March']);
  assert.deepEqual(only('They last met last November.', 'en'), ['month', '2024-11', 'last November']);
  assert.deepEqual(only('An expo opens this December.', 'en'), ['month', '2025-12', 'this December']);
  assert.deepEqual(found('The new hub may open soon.', 'en'), []);
});

test('month ranges', () => {
  assert.deepEqual(only('В феврале–июне 2025 года экспорт рос.', 'ru'), ['range', '2025-02', '2025-06', 'В феврале–июне 2025 года']);
  assert.deepEqual(only('За январь — октябрь оборот увеличился.', 'ru'), ['range', '2025-01', '2025-10', 'За январь — октябрь']);
  assert.deepEqual(only('С марта по август туда съездили тысячи туристов.', 'ru'), ['range', '2025-03', '2025-08', 'С марта по август']);
  assert.deepEqual(only('In February-April 2025 exports rose.', 'en'), ['range', '2025-02', '2025-04', 'In February-April 2025']);
});

test('years and year ranges', () => {
  assert.deepEqual(only('Соглашение подписано в 2019 году.', 'ru'), ['year', '2019', 'в 2019 году']);
  assert.deepEqual(only('Первый рейс состоялся в 2021-м.', 'ru'), ['year', '2021', 'в 2021-м']);
  assert.deepEqual(only('Итоги 2023 г. подвели в Минске.', 'ru'), ['year', '2023', '2023 г.']);
  assert.deepEqual(only('По итогам 2022 года оборот вырос.', 'ru'), ['year', '2022', 'По итогам 2022 года']);
  assert.deepEqual(only('The plant will open in 2027.', 'en'), ['year', '2027', 'in 2027']);
  assert.deepEqual(only('Утвержден план на 2026–2028 годы.', 'ru'), ['range', '2026', '2028', 'на 2026–2028 годы']);
  assert.deepEqual(only('Программа рассчитана с 2025 по 2029 год.', 'ru'), ['range', '2025', '2029', 'с 2025 по 2029 год']);
  assert.deepEqual(only('A roadmap for 2026-2030 was adopted.', 'en'), ['range', '2026', '2030', 'for 2026-2030']);
  assert.deepEqual(found('В регионе 2500 фермеров и 1990 тракторов.', 'ru'), []);
});

test('bounds on years: until and by', () => {
  assert.deepEqual(only('Стратегия действует до 2035 года.', 'ru'), ['range', null, '2035', 'до 2035 года']);
  assert.deepEqual(only('К 2030 году оборот планируют удвоить.', 'ru'), ['range', null, '2030', 'К 2030 году']);
  assert.deepEqual(only('The schools will be built by 2028.', 'en'), ['range', null, '2028', 'by 2028']);
  assert.deepEqual(only('The accord is valid until 2031.', 'en'), ['range', null, '2031', 'until 2031']);
});

test('seasons', () => {
  assert.deepEqual(only('Переговоры продолжат весной 2026 года.', 'ru'), ['season', '2026', 'весной 2026 года']);
  assert.deepEqual(only('Фестиваль прошел летом.', 'ru'), ['season', '2025', 'летом']);
  assert.deepEqual(only('Делегация приезжала прошлой зимой.', 'ru'), ['season', '2024', 'прошлой зимой']);
  assert.deepEqual(only('Construction starts in the spring of 2027.', 'en'), ['season', '2027', 'in the spring of 2027']);
  assert.deepEqual(only('A forum is planned for next autumn.', 'en'), ['season', '2026', 'for next autumn']);
  assert.deepEqual(found('Prices fall when summer camps close.', 'en'), []);
});

test('parts of a year or a month', () => {
  assert.deepEqual(only('Работы начнутся в первой половине декабря.', 'ru'), ['month', '2025-12', 'в первой половине декабря']);
  assert.deepEqual(only('Итоги подведут в конце года.', 'ru'), ['year', '2025', 'в конце года']);
  assert.deepEqual(only('Завод запустят в середине 2027 года.', 'ru'), ['year', '2027', 'в середине 2027 года']);
  assert.deepEqual(only('Контракт продлят до конца года.', 'ru'), ['range', null, '2025', 'до конца года']);
  assert.deepEqual(only('Во втором полугодии 2024 года спрос вырос.', 'ru'), [
    'range',
    '2024-07',
    '2024-12',
    'Во втором полугодии 2024 года',
  ]);
  assert.deepEqual(only('В третьем квартале 2025 года поставки выросли.', 'ru'), [
    'range',
    '2025-07',
    '2025-09',
    'В третьем квартале 2025 года',
  ]);
  assert.deepEqual(only('Exports rose in the second half of 2024.', 'en'), ['range', '2024-07', '2024-12', 'in the second half of 2024']);
  assert.deepEqual(only('The line opens in early 2026.', 'en'), ['year', '2026', 'in early 2026']);
  assert.deepEqual(only('Talks resume in mid-November.', 'en'), ['month', '2025-11', 'in mid-November']);
  assert.deepEqual(only('The deal should close by the end of the year.', 'en'), ['range', null, '2025', 'by the end of the year']);
});

test('days relative to publication', () => {
  assert.deepEqual(only('Переговоры прошли вчера.', 'ru'), ['relative', '2025-10-14', 'вчера']);
  assert.deepEqual(only('Накануне делегация осмотрела завод.', 'ru'), ['relative', '2025-10-14', 'Накануне']);
  assert.deepEqual(only('Днём ранее гости прибыли в Омск.', 'ru'), ['relative', '2025-10-14', 'Днём ранее']);
  assert.deepEqual(only('Сегодня стороны подпишут протокол.', 'ru'), ['relative', '2025-10-15', 'Сегодня']);
  assert.deepEqual(only('The memorandum was signed yesterday.', 'en'), ['relative', '2025-10-14', 'yesterday']);
  assert.deepEqual(only('Переговоры прошли вчера.', 'ru', null), ['relative', null, 'вчера']);
});

test('weekdays resolve to the last such day before publication, a bare one to the day itself', () => {
  assert.deepEqual(only('Делегация прибыла в понедельник.', 'ru'), ['relative', '2025-10-13', 'в понедельник']);
  assert.deepEqual(only('Во вторник прошли переговоры.', 'ru'), ['relative', '2025-10-14', 'Во вторник']);
  // Published on a Wednesday: «в среду» is that day, «в прошлую среду» the week before.
  assert.deepEqual(only('Форум открылся в среду.', 'ru'), ['relative', '2025-10-15', 'в среду']);
  assert.deepEqual(only('Форум открылся в прошлую среду.', 'ru'), ['relative', '2025-10-08', 'в прошлую среду']);
  assert.deepEqual(only('The talks took place on Wednesday.', 'en'), ['relative', '2025-10-15', 'on Wednesday']);
  assert.deepEqual(only('В прошлую пятницу делегацию встретили в Улан-Баторе.', 'ru'), ['relative', '2025-10-10', 'В прошлую пятницу']);
  assert.deepEqual(only('Ответный визит состоится в следующий четверг.', 'ru'), ['relative', '2025-10-16', 'в следующий четверг']);
  assert.deepEqual(only('The sides met on Monday.', 'en'), ['relative', '2025-10-13', 'on Monday']);
  assert.deepEqual(only('The deal was reached last Thursday.', 'en'), ['relative', '2025-10-09', 'last Thursday']);
  assert.deepEqual(only('They will meet again next Tuesday.', 'en'), ['relative', '2025-10-21', 'next Tuesday']);
  assert.deepEqual(only('Гости прибыли в пятницу, 10 октября.', 'ru'), ['date', '2025-10-10', '10 октября']);
});

test('weeks, months and years relative to publication', () => {
  assert.deepEqual(only('На прошлой неделе миссия работала в Бухаре.', 'ru'), ['relative', '2025-10', 'На прошлой неделе']);
  assert.deepEqual(only('В прошлом месяце открылся офис.', 'ru'), ['relative', '2025-09', 'В прошлом месяце']);
  assert.deepEqual(only('В прошлом году оборот вырос.', 'ru'), ['relative', '2024', 'В прошлом году']);
  assert.deepEqual(only('В этом году урожай выше.', 'ru'), ['relative', '2025', 'В этом году']);
  assert.deepEqual(only('Планы текущего года выполнены.', 'ru'), ['relative', '2025', 'текущего года']);
  assert.deepEqual(only('В следующем году откроют консульство.', 'ru'), ['relative', '2026', 'В следующем году']);
  assert.deepEqual(only('Три года назад маршрут закрыли.', 'ru'), ['relative', '2022', 'Три года назад']);
  assert.deepEqual(only('Exports grew last year.', 'en'), ['relative', '2024', 'last year']);
  assert.deepEqual(only('The office opened earlier this month.', 'en'), ['relative', '2025-10', 'earlier this month']);
  assert.deepEqual(only('A plant will open this year.', 'en'), ['relative', '2025', 'this year']);
  assert.deepEqual(only('The line closed two years ago.', 'en'), ['relative', '2023', 'two years ago']);
  assert.deepEqual(only('В прошлом году оборот вырос.', 'ru', null), ['relative', null, 'В прошлом году']);
});

test('several dates in one sentence keep their own spans', () => {
  const text = 'Соглашение 2017 года истекло в декабре, новое подписали вчера на 2026–2030 годы.';
  assert.deepEqual(
    found(text, 'ru').map((d) => [d.kind, d.value, d.text]),
    [
      ['year', '2017', '2017 года'],
      ['month', '2025-12', 'в декабре'],
      ['relative', '2025-10-14', 'вчера'],
      ['range', '2026', 'на 2026–2030 годы'],
    ],
  );
});

test('periods for figures', () => {
  assert.deepEqual(periods('За семь месяцев 2025 года оборот вырос.', 'ru'), ['2025-01..2025-07']);
  assert.deepEqual(periods('За 10 месяцев текущего года экспорт вырос.', 'ru'), ['2025-01..2025-10']);
  assert.deepEqual(periods('За 10 месяцев текущего года экспорт вырос.', 'ru', null), ['10 months']);
  assert.deepEqual(periods('По итогам 2023 года оборот составил 1 млрд.', 'ru'), ['2023']);
  assert.deepEqual(periods('В январе–апреле 2025 года поставки выросли.', 'ru'), ['2025-01..2025-04']);
  assert.deepEqual(periods('В первом полугодии экспорт вырос.', 'ru'), ['2025-01..2025-06']);
  assert.deepEqual(periods('В прошлом году оборот вырос.', 'ru', null), ['previous year']);
  assert.deepEqual(periods('In the first eleven months of 2024 trade grew.', 'en'), ['2024-01..2024-11']);
  assert.deepEqual(periods('In January-March, trade reached $5 million.', 'en', null), ['January-March']);
  assert.deepEqual(periods('Trade in 2024 rose 9%, as against a year earlier.', 'en'), ['2024']);
  assert.deepEqual(periods('Вчера в понедельник стороны встретились.', 'ru'), []);
});

test('a relative day in apposition to a written date gives way to it', () => {
  assert.deepEqual(only('Сегодня, 21 октября, подписан план мероприятий.', 'ru'), ['date', '2025-10-21', '21 октября']);
  assert.deepEqual(only('Yesterday (October 13) the sides met.', 'en'), ['date', '2025-10-13', 'October 13']);
  assert.deepEqual(only('Сегодня подписан план мероприятий.', 'ru'), ['relative', '2025-10-15', 'Сегодня']);
});

test('month names of the Belarusian, Tajik and Azerbaijani modules', () => {
  assert.deepEqual(only('Пагадненне падпісана 14 кастрычніка 2025 года.', 'be'), ['date', '2025-10-14', '14 кастрычніка 2025 года']);
  assert.deepEqual(only('Созишнома 3 марти 2025 имзо шуд.', 'tg'), ['date', '2025-03-03', '3 марти 2025']);
  assert.deepEqual(only('Saziş 5 oktyabr 2025 imzalanıb.', 'az'), ['date', '2025-10-05', '5 oktyabr 2025']);
});

test('a day joined to its month by a hyphen, and the Azerbaijani month-first order', () => {
  assert.deepEqual(only('20-июлда облустардын башчылары жолугушту.', 'ky'), ['date', '2025-07-20', '20-июлда']);
  assert.deepEqual(only('Delegatsiya 14-oktabr kuni keldi.', 'uz'), ['date', '2025-10-14', '14-oktabr']);
  assert.deepEqual(only('Prezident sentyabrın 11-də nümayəndə heyətini qəbul edib.', 'az'), ['date', '2025-09-11', 'sentyabrın 11-də']);
  assert.deepEqual(found('Цена выросла на 20-30 процентов.', 'ru'), []);
});

test('days named relative to publication in the language modules', () => {
  assert.deepEqual(only('Кеше әкім делегацияны қабылдады.', 'kk'), ['relative', '2025-10-14', 'Кеше']);
  assert.deepEqual(only('Hokim kecha delegatsiyani qabul qildi.', 'uz'), ['relative', '2025-10-14', 'kecha']);
  assert.deepEqual(only('Учора губернатар сустрэўся з дэлегацыяй.', 'be'), ['relative', '2025-10-14', 'Учора']);
  assert.deepEqual(only('Имрӯз ҳайат ба шаҳр омад.', 'tg'), ['relative', '2025-10-15', 'Имрӯз']);
  assert.deepEqual(found('Кечасы делегация прибыла.', 'ru'), [], 'a longer word is not «кеча»');
});

test('a month or season name inside another word opens no rule; the whole word next to it still does', () => {
  assert.deepEqual(found('Продажи смартфонов и летательных аппаратов выросли.', 'ru'), []);
  assert.deepEqual(found('The mayor and the summertime crowd came back.', 'en'), []);
  assert.deepEqual(only('Продажи смартфонов выросли в марте.', 'ru'), ['month', '2025-03', 'в марте']);
  assert.deepEqual(periods('За девять месяцев смартфоны подорожали.', 'ru'), ['2025-01..2025-09']);
  assert.deepEqual(periods('Смартфоны подорожали.', 'ru'), []);
});

test('a rule read around its month, year or modifier finds the words before it, as far as four of them', () => {
  assert.deepEqual(only('Форум пройдет со 2 по 5 июня в Омске.', 'ru'), ['range', '2025-06-02', '2025-06-05', 'со 2 по 5 июня']);
  assert.deepEqual(only('Выставка открыта до 28 сентября.', 'ru'), ['range', null, '2025-09-28', 'до 28 сентября']);
  assert.deepEqual(only('По итогам 2024 года оборот вырос.', 'ru'), ['year', '2024', 'По итогам 2024 года']);
  assert.deepEqual(only('Trade grew earlier this year.', 'en'), ['relative', '2025', 'earlier this year']);
  assert.deepEqual(only('The plan runs up to 2030.', 'en'), ['range', null, '2030', 'up to 2030']);
  // An emoji (two code units) right before the month, and a month inside a longer word.
  assert.deepEqual(only('📅 в марте 2026 года', 'ru'), ['month', '2026-03', 'в марте 2026 года']);
  assert.deepEqual(found('Премьер-министр Мартин Смарт прибыл.', 'ru'), []);
});
