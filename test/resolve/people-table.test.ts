import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from '../../src/core/facts.js';
import { factsOf } from '../support/doc.js';

// Sentences of our own, one class of naming each: title before or after the name, surname first
// with a patronymic, initials, East Asian and Central Asian names, heads of cities and districts,
// deputies, envoys (their actor is the country they represent), names in oblique cases.
const S = ' Стороны подписали соглашение о сотрудничестве.';
const ES = ' The sides signed a cooperation agreement.';
// [text, lang, surname, role, actor]
const PEOPLE: [string, string, string, Role | null, string | null][] = [
  ['Губернатор Омской области Иван Петров провел переговоры с делегацией Павлодарской области.' + S, 'ru', 'Петров', 'governor', 'RU-OMS'],
  ['Глава Республики Алтай Олег Смирнов встретился с акимом Восточно-Казахстанской области.' + S, 'ru', 'Смирнов', 'governor', 'RU-AL'],
  ['Иван Петров, губернатор Омской области, встретился с делегацией Казахстана.' + S, 'ru', 'Петров', 'governor', 'RU-OMS'],
  ['Аким Павлодарской области Ержан Сарсенов принял делегацию Омской области.' + S, 'ru', 'Сарсенов', 'akim', 'KZ-PAV'],
  ['Хоким Самаркандской области Фарход Ерманов посетил Новосибирскую область.' + S, 'ru', 'Ерманов', 'hokim', 'UZ-SA'],
  [
    'Хоким Самаркандской области Ерманов Фарход Уразбаевич провел переговоры с губернатором Омской области. Ерманов отметил рост товарооборота.' +
      S,
    'ru',
    'Ерманов',
    'hokim',
    'UZ-SA',
  ],
  ['Губернатор Новосибирской области А.А. Травкин провел встречу с послом Узбекистана.' + S, 'ru', 'Травкин', 'governor', 'RU-NVS'],
  ['Губернатор Новосибирской области Травкин А.А. провел встречу с делегацией Узбекистана.' + S, 'ru', 'Травкин', 'governor', 'RU-NVS'],
  [
    'Губернатор Иркутской области Игорь Кобзев встретился с губернатором аймака Сэлэнгэ Б.Энхбаяром.' + S,
    'ru',
    'Энхбаяр',
    'regional_head',
    'MN-049',
  ],
  ['Губернатор провинции Хэйлунцзян Ван Чжимин встретился с губернатором Амурской области.' + S, 'ru', 'Ван', 'regional_head', 'CN-HL'],
  ['Governor of Heilongjiang Province Wang Zhiming met the Amur region governor.' + ES, 'en', 'Wang', 'regional_head', 'CN-HL'],
  ['Governor Ivan Petrov of the Omsk region met a delegation from Kazakhstan.' + ES, 'en', 'Petrov', 'governor', 'RU-OMS'],
  ['Ivan Petrov, the governor of the Omsk region, met a delegation from Kazakhstan.' + ES, 'en', 'Petrov', 'governor', 'RU-OMS'],
  ['Omsk Region Governor Ivan Petrov met Pavlodar region akim Yerzhan Sarsenov.' + ES, 'en', 'Sarsenov', 'akim', 'KZ-PAV'],
  ['Посол Казахстана в России Нурлан Жумабаев посетил Омскую область.' + S, 'ru', 'Жумабаев', 'ambassador', 'KZ'],
  [
    'Генеральный консул Узбекистана в Новосибирске Бахтиёр Турсунов встретился с губернатором Новосибирской области.' + S,
    'ru',
    'Турсунов',
    'consul',
    'UZ',
  ],
  ['Ambassador of Kazakhstan to Russia Nurlan Zhumabayev visited the Omsk region.' + ES, 'en', 'Zhumabayev', 'ambassador', 'KZ'],
  [
    'Заместитель губернатора Омской области Сергей Волков провел переговоры с делегацией Павлодарской области.' + S,
    'ru',
    'Волков',
    'deputy',
    'RU-OMS',
  ],
  ['Deputy Governor of the Omsk region Sergei Volkov met a delegation from Pavlodar.' + ES, 'en', 'Volkov', 'deputy', 'RU-OMS'],
  [
    'Вице-губернатор Омской области Сергей Волков провел переговоры с делегацией Павлодарской области.' + S,
    'ru',
    'Волков',
    'deputy',
    'RU-OMS',
  ],
  ['Аким города Павлодара Асаин Байханов встретился с мэром Омска Сергеем Шелестом.' + S, 'ru', 'Байханов', 'akim', 'KZ-PAV'],
  ['Мэр Омска Сергей Шелест встретился с акимом Павлодара.' + S, 'ru', 'Шелест', 'official', 'RU-OMS'],
  ['Глава района Иван Сидоров встретился с делегацией Павлодарской области в Омской области.' + S, 'ru', 'Сидоров', 'official', null],
  ['Делегация Омской области встретилась с акимом Павлодарской области Ержаном Сарсеновым.' + S, 'ru', 'Сарсенов', 'akim', 'KZ-PAV'],
  ['Губернатор Омской области провел встречу с хокимом Самаркандской области Фарходом Ермановым.' + S, 'ru', 'Ерманов', 'hokim', 'UZ-SA'],
  [
    'Соглашение подписали губернатор Омской области Иван Петров и аким Павлодарской области Ержан Сарсенов.',
    'ru',
    'Петров',
    'governor',
    'RU-OMS',
  ],
  [
    'Соглашение подписали губернатор Омской области Иван Петров и аким Павлодарской области Ержан Сарсенов.',
    'ru',
    'Сарсенов',
    'akim',
    'KZ-PAV',
  ],
  [
    'В переговорах с губернатором Омской области Иваном Петровым участвовал аким Павлодарской области.' + S,
    'ru',
    'Петров',
    'governor',
    'RU-OMS',
  ],
  ['Делегация Павлодарской области прибыла к губернатору Омской области Ивану Петрову.' + S, 'ru', 'Петров', 'governor', 'RU-OMS'],
  [
    'Министр иностранных дел России Сергей Лавров заявил, что Россия и Казахстан расширяют сотрудничество.' + S,
    'ru',
    'Лавров',
    'minister',
    'RU',
  ],
  [
    'Губернатор Омской области Иван Петров заявил, что Россия и Казахстан расширяют сотрудничество.' + S,
    'ru',
    'Петров',
    'governor',
    'RU-OMS',
  ],
  ['Президент Казахстана Касым-Жомарт Токаев встретился с губернатором Омской области.' + S, 'ru', 'Токаев', 'head_of_state', 'KZ'],
  [
    'Премьер-министр Узбекистана Абдулла Арипов провел переговоры с губернатором Новосибирской области.' + S,
    'ru',
    'Арипов',
    'head_of_government',
    'UZ',
  ],
  [
    'Председатель Согдийской области Таджикистана Рахмон Рахимзода встретился с губернатором Омской области.' + S,
    'ru',
    'Рахимзода',
    'regional_head',
    'TJ-SU',
  ],
  ['Губернатор провинции Кёнгидо Ким Дон Ён встретился с губернатором Приморского края.' + S, 'ru', 'Ким', 'regional_head', 'KR-41'],
  [
    'Председатель Минского облисполкома Александр Турчин встретился с губернатором Омской области. Омская область и Беларусь расширяют сотрудничество.' +
      S,
    'ru',
    'Турчин',
    'regional_head',
    'BY-MI',
  ],
  [
    'Губернатор Сюникской области Армении Роберт Гукасян встретился с губернатором Саратовской области.' + S,
    'ru',
    'Гукасян',
    'regional_head',
    'AM-SU',
  ],
  [
    'Полномочный представитель президента в Ошской области Эркин Акматов посетил Омскую область.' + S,
    'ru',
    'Акматов',
    'regional_head',
    'KG-O',
  ],
  [
    'Депутат Государственной Думы Иван Петров посетил Павлодарскую область вместе с губернатором Омской области.' + S,
    'ru',
    'Петров',
    'official',
    null,
  ],
  [
    'Генеральный директор компании «Омскагро» Иван Петров подписал контракт с партнерами из Павлодарской области. Омская область и Павлодарская область подписали соглашение о сотрудничестве.',
    'ru',
    'Петров',
    'business',
    null,
  ],
  ['Павлодар облысының әкімі Асайын Байханов Омбы облысының делегациясын қабылдады.', 'kk', 'Байханов', 'akim', 'KZ-PAV'],
  ['Samarqand viloyati hokimi Erkinjon Turdimov Omsk viloyati delegatsiyasini qabul qildi.', 'uz', 'Turdimov', 'hokim', 'UZ-SA'],
  ['Governor of the Samarkand region Erkinjon Turdimov met the Omsk governor.' + ES, 'en', 'Turdimov', 'hokim', 'UZ-SA'],
  ['Хоким Самаркандской области Эркинжон Турдимов встретился с губернатором Омской области.' + S, 'ru', 'Турдимов', 'hokim', 'UZ-SA'],
  // Title first and name a sentence later, lone surnames in apposition, oblique cases, envoys named by their country.
  [
    'Глава региона провел встречу с делегацией Павлодарской области в Омской области. Губернатор Иван Петров отметил рост товарооборота.' +
      S,
    'ru',
    'Петров',
    'governor',
    'RU-OMS',
  ],
  ['Petrov, the governor of the Omsk region, met a delegation from Pavlodar.' + ES, 'en', 'Petrov', 'governor', 'RU-OMS'],
  ['Губернатор Омской области Петров И.И. встретился с акимом Павлодарской области.' + S, 'ru', 'Петров', 'governor', 'RU-OMS'],
  ['Павлодар облысының әкімі Асайын Байханов Омбы облысының губернаторы Иван Петровпен кездесті.', 'kk', 'Петров', 'governor', 'RU-OMS'],
  ['Хоким Пайарыкского района Самаркандской области Шерзод Рахимов посетил Омскую область.' + S, 'ru', 'Рахимов', 'hokim', 'UZ-SA'],
  ['Аким города Павлодара Асаин Байханов встретился с губернатором Омской области.' + S, 'ru', 'Байханов', 'akim', 'KZ-PAV'],
  ['Глава Ширинского района Хакасии Иван Сидоров встретился с делегацией Павлодарской области.' + S, 'ru', 'Сидоров', 'official', 'RU-KK'],
  ['Губернатор края Имерети Заза Гуледани встретился с губернатором Саратовской области.' + S, 'ru', 'Гуледани', 'regional_head', 'GE-IM'],
  [
    'Губернатор аймака Сэлэнгэ Батбаяр Ганзориг встретился с губернатором Иркутской области.' + S,
    'ru',
    'Ганзориг',
    'regional_head',
    'MN-049',
  ],
  ['Губернатор Омской области встретился с губернатором провинции Цзилинь Ху Юйтином.' + S, 'ru', 'Ху', 'regional_head', 'CN-JL'],
  ['Губернатор Омской области провел встречу с послом Узбекистана Ботиржоном Асадовым.' + S, 'ru', 'Асадов', 'ambassador', 'UZ'],
  ['Губернатор Омской области вручил награду консулу Казахстана Нурлану Жумабаеву.' + S, 'ru', 'Жумабаев', 'consul', 'KZ'],
  ['The Omsk Governor met Kazakhstan’s Consul General in Omsk Nurlan Zhumabayev.' + ES, 'en', 'Zhumabayev', 'consul', 'KZ'],
  [
    'Заместитель акима Павлодарской области Нурлан Сарсенов встретился с губернатором Омской области.' + S,
    'ru',
    'Сарсенов',
    'deputy',
    'KZ-PAV',
  ],
  [
    'Аким Павлодарской области Ержан Сарсенов встретился с заместителем губернатора Омской области Сергеем Волковым.' + S,
    'ru',
    'Волков',
    'deputy',
    'RU-OMS',
  ],
  [
    'О сотрудничестве рассказал губернатор Омской области Иван Петров, встретившись с акимом Павлодарской области.' + S,
    'ru',
    'Петров',
    'governor',
    'RU-OMS',
  ],
  ['Об этом сообщил губернатору Омской области Ивану Петрову аким Павлодарской области.' + S, 'ru', 'Петров', 'governor', 'RU-OMS'],
  [
    'Переговоры прошли при участии губернатора Омской области Ивана Петрова и акима Павлодарской области.' + S,
    'ru',
    'Петров',
    'governor',
    'RU-OMS',
  ],
  [
    'На встрече с губернатором Омской области Иваном Петровым аким Павлодарской области Ержан Сарсенов предложил проекты.' + S,
    'ru',
    'Сарсенов',
    'akim',
    'KZ-PAV',
  ],
  [
    'На встрече с губернатором Омской области Анной Смирновой аким Павлодарской области предложил проекты.' + S,
    'ru',
    'Смирнов',
    'governor',
    'RU-OMS',
  ],
  [
    'Губернатор Омской области встретился с делегацией Азербайджана во главе с главой исполнительной власти Гянджи Ниязи Байрамовым.' + S,
    'ru',
    'Байрамов',
    'regional_head',
    'AZ-GA',
  ],
  [
    'Губернатор Омской области встретился с губернатором Лорийской области Армении Арамом Ханбабяном.' + S,
    'ru',
    'Ханбабян',
    'regional_head',
    'AM-LO',
  ],
  ['Mayor of Omsk Sergei Shelest met the akim of Pavlodar.' + ES, 'en', 'Shelest', 'official', 'RU-OMS'],
  ['Deputy Akim of Pavlodar region Nurlan Sarsenov met the Omsk governor.' + ES, 'en', 'Sarsenov', 'deputy', 'KZ-PAV'],
  ['Samarqand viloyati hokimi o‘rinbosari Sherzod Rahimov Omsk viloyati delegatsiyasini qabul qildi.', 'uz', 'Rahimov', 'deputy', 'UZ-SA'],
];
const NOT_PEOPLE: [string, string][] = [
  ['Делегация Павлодарской области посетила проспект Абая и улицу Ленина в Павлодаре.' + S, 'ru'],
  ['Губернатор Омской области посетил университет имени Достоевского и завод «Иван Петров и партнеры».' + S, 'ru'],
  ['Омская область и Павлодарская область провели форум на улице Карла Маркса.' + S, 'ru'],
  ['The delegation of the Omsk region visited Abai Avenue and the Al-Farabi Kazakh National University.' + ES, 'en'],
];

/** The person whose name holds a word starting like the surname (up to a case ending). */
const personOf = (text: string, lang: string, surname: string) => {
  const stem = surname.toLowerCase().slice(0, Math.max(3, surname.length - 2));
  return factsOf(text, lang).people.find((p) => p.name.split(' ').some((w) => w.toLowerCase().startsWith(stem)));
};

test('the person table: each sentence gives its person with role and party', () => {
  const wrong = PEOPLE.filter(([text, lang, surname, role, actor]) => {
    const p = personOf(text, lang, surname);
    return !p || p.role !== role || p.actor !== actor;
  }).map(([text, , surname]) => `${surname}: ${text.slice(0, 80)}`);
  assert.deepEqual(wrong, []);
  assert.ok(PEOPLE.length >= 40);
});

test('the person table: streets, universities and firms named after a person are no people', () => {
  const wrong = NOT_PEOPLE.filter(([text, lang]) => factsOf(text, lang).people.length > 0).map(([text]) => text.slice(0, 80));
  assert.deepEqual(wrong, []);
});

test('«Ерманов Фарход Уразбаевич»: a patronymic last puts the surname first, and a later «Ерманов» is the same man', () => {
  const f = factsOf(
    'Хоким Самаркандской области Ерманов Фарход Уразбаевич провел переговоры с губернатором Омской области Иваном Петровым. Ерманов отметил рост товарооборота.' +
      S,
    'ru',
  );
  assert.equal(f.people.filter((p) => p.name.startsWith('Ерманов')).length, 1, JSON.stringify(f.people));
  assert.deepEqual(
    factsOf('Губернатор Омской области Иван Сергеевич Петров провел переговоры с хокимом Самаркандской области.' + S, 'ru').people.map(
      (p) => p.name,
    ),
    ['Иван Сергеевич Петров'],
    'a given name first keeps the surname last',
  );
});

test('«Депутат Государственной Думы Иван Петров»: the body’s capitalised words are not the name', () => {
  const f = factsOf(
    'Депутат Государственной Думы Иван Петров посетил Павлодарскую область вместе с губернатором Омской области.' + S,
    'ru',
  );
  assert.ok(
    f.people.some((p) => p.name === 'Иван Петров'),
    JSON.stringify(f.people),
  );
  const h = factsOf('По поручению акима Павлодарской области Ержана САРСЕНОВА делегация области посетила Омскую область.' + S, 'ru');
  assert.ok(
    h.people.some((p) => p.name.startsWith('Ержан') && p.role === 'akim'),
    JSON.stringify(h.people),
  );
  const g = factsOf('Губернатор Омской области Иван Петров встретился с Советом Директоров Павлодарской области.' + S, 'ru');
  assert.ok(!g.people.some((p) => /Совет|Директор/.test(p.name)), JSON.stringify(g.people));
});

test('a lone surname opening a sentence is a person when an office stands in apposition', () => {
  assert.deepEqual(
    factsOf('Petrov, the governor of the Omsk region, met a delegation from Pavlodar.' + ES, 'en').people.map((p) => [p.name, p.role]),
    [['Petrov', 'governor']],
  );
  assert.deepEqual(factsOf('Petrov, speaking in Omsk, praised the delegation from Pavlodar.' + ES, 'en').people, []);
});

test('a generic head of a district or city in a region is an official; of the region itself, its head', () => {
  const role = (text: string) => factsOf(text + S, 'ru').people.map((p) => [p.role, p.actor]);
  assert.deepEqual(role('Глава Ширинского района Хакасии Иван Сидоров встретился с делегацией Павлодарской области.'), [
    ['official', 'RU-KK'],
  ]);
  assert.deepEqual(role('Глава Хакасии Иван Сидоров встретился с делегацией Павлодарской области.'), [['governor', 'RU-KK']]);
});

test('compass words of a place ("Far Eastern", "Southern") are no given names', () => {
  const f = factsOf(
    'Heads of the Russian Far Eastern regions met the governor of Gujarat in Vladivostok. The Primorye governor Oleg Kozhemyako signed a memorandum with the Gujarat delegation.',
    'en',
  );
  assert.ok(!f.people.some((p) => /Far|Eastern/.test(p.name)), JSON.stringify(f.people));
  assert.ok(
    f.people.some((p) => p.name === 'Oleg Kozhemyako'),
    JSON.stringify(f.people),
  );
});

test('a name written in capitals is a name by its shape; capital acronyms and headlines are not', () => {
  const f = factsOf('Аким Павлодарской области ЕРЖАН САРСЕНОВ встретился с губернатором Омской области.' + S, 'ru');
  assert.deepEqual(
    f.people.map((p) => [p.name, p.role, p.actor]),
    [['ЕРЖАН САРСЕНОВ', 'akim', 'KZ-PAV']],
  );
  const g = factsOf(
    'ОМСКАЯ ОБЛАСТЬ И ПАВЛОДАР РАСШИРЯЮТ СВЯЗИ. Председатель ЕАЭС МИНТРАНС встретился с губернатором Омской области.' + S,
    'ru',
  );
  assert.deepEqual(g.people, []);
});
