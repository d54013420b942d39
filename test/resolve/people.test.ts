import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

test('a place phrase in the genitive after an office is not a person', () => {
  const f = factsOf(
    [
      'Делегацию Западной Сибири возглавил губернатор Омской области Иван Петров.',
      'Он провел переговоры с акимом Павлодарской области Ержаном Нуртаевым и подписал соглашение о сотрудничестве.',
      'Губернатор Западной Сибири Иван Петров пригласил казахстанских коллег в Омск.',
    ].join('\n'),
    'ru',
  );
  assert.deepEqual(f.people.map((p) => p.name).sort(), ['Ержан Нуртаев', 'Иван Петров']);
});

test('Tajik and Turkic surnames come back to the nominative', () => {
  const names = (text: string) =>
    factsOf(text, 'ru')
      .people.map((p) => p.name)
      .sort();
  assert.deepEqual(
    names(
      'Губернатор Омской области Иван Петров провел переговоры с председателем Согдийской области Таджикистана Бахромом Каримзодой. Стороны подписали соглашение о сотрудничестве.',
    ),
    ['Бахром Каримзода', 'Иван Петров'],
  );
  assert.deepEqual(
    names(
      'Губернатор Омской области Иван Петров встретился с акимом Павлодарской области Нурланом Асылбеком. Стороны подписали соглашение о сотрудничестве.',
    ),
    ['Иван Петров', 'Нурлан Асылбек'],
  );
  assert.deepEqual(
    names(
      'Губернатор Омской области Иван Петров встретился с акимом Павлодарской области Нурланом Серикулы. Стороны подписали соглашение о сотрудничестве.',
    ),
    ['Иван Петров', 'Нурлан Серикулы'],
  );
});

test('the dateline city is where the agency writes from, not a party', () => {
  const f = factsOf(
    [
      'Omsk region, Pavlodar sign cooperation agreement',
      '',
      'ASTANA, May 5 (Agency) - The Omsk region and the Pavlodar region signed a cooperation agreement in Pavlodar on Monday.',
    ].join('\n'),
    'en',
  );
  assert.ok(!f.actors.includes('KZ-AST'), f.actors.join(','));
  assert.deepEqual(f.actors.slice().sort(), ['KZ-PAV', 'RU-OMS']);
});

test('«Минского облисполкома» is Minsk Oblast, not Minsk city', () => {
  const f = factsOf(
    'Губернатор Омской области Иван Петров и председатель Минского облисполкома Олег Смирнов подписали соглашение о сотрудничестве. Омская область и Беларусь давно сотрудничают.',
    'ru',
  );
  assert.ok(f.actors.includes('BY-MI'), f.actors.join(','));
  assert.ok(!f.actors.includes('BY-HM'), f.actors.join(','));
});

test('an East Asian name in the instrumental declines in its last word only', () => {
  const names = (text: string) => factsOf(text, 'ru').people.map((p) => p.name);
  assert.deepEqual(names('Губернатор Томской области встретился с генеральным консулом КНР Ли Вэймином.'), ['Ли Вэймин']);
  assert.deepEqual(names('Губернатор Томской области провел переговоры с послом Китая Чжан Ханьхуэем.'), ['Чжан Ханьхуэй']);
  assert.deepEqual(names('Генеральный консул КНР Ли Вэймин посетил Томскую область.'), ['Ли Вэймин'], 'the nominative stays');
});

const people = (text: string, lang = 'ru') =>
  factsOf(text, lang)
    .people.map((p) => `${p.name}|${p.role}|${p.actor}`)
    .sort();

test('a governor, chairman or head of a Kazakh or Uzbek region is its akim or hokim', () => {
  assert.deepEqual(
    people(
      'The Governor of Omsk Region Ivan Petrov met Governor of North Kazakhstan Region Nurlan Seitov in Petropavlovsk. The sides signed a cooperation agreement.',
      'en',
    ),
    ['Ivan Petrov|governor|RU-OMS', 'Nurlan Seitov|akim|KZ-SEV'],
  );
  assert.deepEqual(
    people(
      'Глава Башкирии Иван Петров провел переговоры с главой правительства Наманганской области Фаррухом Исмоиловым. Стороны подписали соглашение о сотрудничестве.',
    ),
    ['Иван Петров|governor|RU-BA', 'Фаррух Исмоилов|hokim|UZ-NG'],
  );
});

test('the President of a Russian republic is its governor; a council chairman is not the head of the region', () => {
  assert.deepEqual(
    people('President of Tatarstan Ivan Petrov visited Uzbekistan and signed a cooperation agreement with Uzbekistan.', 'en'),
    ['Ivan Petrov|governor|RU-TA'],
  );
  const f = people(
    'Председатель Верховного совета Каракалпакстана Бахром Каримов встретился с губернатором Омской области Иваном Петровым. Стороны подписали соглашение о сотрудничестве.',
  );
  assert.ok(f.includes('Бахром Каримов|official|UZ-QR'), f.join());
});

test('an office after a name counts only in apposition', () => {
  const f = people(
    'Иван Петров, Чрезвычайный и Полномочный Посол Беларуси в России, посетил Омскую область. Губернатор Омской области Сергей Смирнов поблагодарил посла Беларуси за визит, стороны подписали соглашение о сотрудничестве с Беларусью.',
  );
  assert.ok(f.includes('Иван Петров|ambassador|BY'), f.join());
  // «Сергей Смирнов поблагодарил посла»: the ambassador is someone else
  assert.ok(f.includes('Сергей Смирнов|governor|RU-OMS'), f.join());
});

test('a title named a sentence before a name it never got is that person’s', () => {
  const f = people(
    'Глава Якутии провел встречу с вице-губернатором провинции Хэйлунцзян господином Ли Мином. Айсен Борисов отметил, что стороны подписали соглашение о сотрудничестве.',
  );
  assert.ok(f.includes('Айсен Борисов|governor|RU-SA'), f.join());
  // a person with a title of their own keeps it
  const g = people(
    'Глава Якутии провел встречу с делегацией провинции Хэйлунцзян. Министр экономики Китая Ли Мин отметил, что стороны подписали соглашение о сотрудничестве.',
  );
  assert.ok(!g.some((p) => p.includes('governor')), g.join());
});

test('known given names, East Asian names and glued initials make a person without a title', () => {
  const f = people(
    'Алексей Текслер посетил Казахстан и подписал соглашение о сотрудничестве с акимом Костанайской области. Заместитель министра иностранных дел Монголии Д.Даваасурэн и Юй Цзянь обсудили сотрудничество Монголии и Казахстана. Алексей Текслер пригласил гостей в Челябинск.',
  );
  assert.ok(
    f.some((p) => p.startsWith('Алексей Текслер|')),
    f.join(),
  );
  assert.ok(f.includes('Д. Даваасурэн|deputy|MN'), f.join());
  // the akim met in the first sentence is no title of the people named later
  assert.ok(!f.some((p) => p.includes('akim')), f.join());
  // two capitalised words that are not a name stay out
  const g = people(
    'Южного Урала делегация подписала соглашение о сотрудничестве с Казахстаном. Business Contact Kazakhstan signed a deal.',
  );
  assert.deepEqual(g, []);
});

test('a known head of state named without a country speaks for it', () => {
  assert.deepEqual(
    people(
      'President Vladimir Putin met Kyrgyz President Sadyr Japarov in Moscow; Russia and Kyrgyzstan signed a cooperation agreement.',
      'en',
    ),
    ['Sadyr Japarov|head_of_state|KG', 'Vladimir Putin|head_of_state|RU'],
  );
});

test('names in the instrumental come back whole: East Asian soft stems, surnames, patronymics', () => {
  const f = people(
    'Заместитель губернатора Хабаровского края Иван Петров встретился с заместителем губернатора провинции Хэйлунцзян господином Юй Цзянем и с заместителем министра иностранных дел Туркменистана Нокергулой Атагулыевым. Стороны подписали соглашение о сотрудничестве. Позже Петров встретился с помощником президента Беларуси Валерием Павловичем Вакульчиком.',
  );
  assert.ok(f.includes('Юй Цзянь|deputy|CN-HL'), f.join());
  assert.ok(
    f.some((p) => p.endsWith(' Атагулыев|deputy|TM')),
    f.join(),
  );
  assert.ok(
    f.some((p) => p === 'Валерий Павлович Вакульчик|official|BY'),
    f.join(),
  );
});

test('a title runs through its institution’s capitalised words to the name, which starts after a place', () => {
  const f = people(
    'Государственный секретарь Министерства сельского хозяйства Монголии Батбаяр Дорж и губернатор Республики Тыва Иван Петров встретились в Кызыле. Стороны подписали соглашение о сотрудничестве. В Кызыле Чимид Ганболд, консул Монголии, отметил рост торговли.',
  );
  assert.ok(
    f.some((p) => p === 'Батбаяр Дорж|deputy|MN'),
    f.join(),
  );
  assert.ok(f.includes('Чимид Ганболд|consul|MN'), f.join());
  // «Политико-юридической»: a capitalised half of a compound is no surname
  const g = people(
    'Губернатор Приморского края Иван Петров встретился с секретарем Политико-юридической комиссии ЦК КПК Чэнь Вэньцином. Стороны подписали соглашение о сотрудничестве с Китаем.',
  );
  assert.ok(!g.some((p) => p.startsWith('Политико')), g.join());
  assert.ok(
    g.some((p) => p.startsWith('Чэнь Вэньцин|official')),
    g.join(),
  );
});

test('a country before a title with a portfolio between, or between a name and its title, is the party', () => {
  const f = people(
    'Indian Commerce and Industry Minister Rahul Sharma visited Omsk. Wang Ming, China’s ambassador to Russia, joined the talks, and India and Russia signed a cooperation agreement.',
    'en',
  );
  assert.ok(f.includes('Rahul Sharma|minister|IN'), f.join());
  assert.ok(f.includes('Wang Ming|ambassador|CN'), f.join());
  // the place an envoy is sent to is not whom he serves
  assert.ok(!f.some((p) => p.startsWith('Wang Ming|ambassador|RU')), f.join());
});

test('a region’s envoy serves the region he is sent to; a party secretary is an official of his region', () => {
  const f = people(
    'Presidential Plenipotentiary Envoy to Osh region Nurlan Asanov met the Governor of Omsk Region Ivan Petrov. Secretary of the Xinjiang Uygur Autonomous Region Communist Party Wang Ming also joined, and Kyrgyzstan and Russia signed a cooperation agreement.',
    'en',
  );
  assert.ok(f.includes('Nurlan Asanov|regional_head|KG-O'), f.join());
  assert.ok(f.includes('Wang Ming|official|CN-XJ'), f.join());
  // a governor's trip to a country does not make him that country's
  assert.ok(f.includes('Ivan Petrov|governor|RU-OMS'), f.join());
});

test('titles in Kyrgyz, Uzbek Latin with ‘ and Tajik; an unknown place before a given name is not the name', () => {
  assert.ok(
    people(
      'Өзбекстандын Фергана облусунун башчысы Шухрат Каримов Баткен облусуна келди. Фергана облусу жана Баткен облусу кызматташуу келишимине кол коюшту. Шухрат Каримов мындай деди.',
      'ky',
    ).includes('Шухрат Каримов|hokim|UZ-FA'),
  );
  const uz = people(
    'Toshkent shahar hokimi Jahongir Ortiqxo‘jayev Dushanbe shahar raisi bilan uchrashdi. Toshkent va Dushanbe hamkorlik to‘g‘risida kelishuv imzoladi. Jahongir Ortiqxo‘jayev shunday dedi.',
    'uz',
  );
  assert.ok(
    uz.some((p) => p.startsWith('Jahongir Ortiqxo‘jayev|hokim')),
    uz.join(),
  );
});

test('a long title with its portfolio still introduces the name; a plenipotentiary in a region serves it', () => {
  const f = people(
    'Governor of Omsk Region Ivan Petrov met Deputy Minister of Culture, Information, and Youth Policy of the Kyrgyz Republic Talant Asanov, Minister of Culture of Uzbekistan Bakhrom Karimov. Kyrgyzstan and Russia signed a cooperation agreement.',
    'en',
  );
  assert.ok(f.includes('Talant Asanov|deputy|KG'), f.join());
  const g = people(
    'Полномочный представитель Кыргызской Республики в Баткенской области Нурлан Асанов встретился с губернатором Омской области Иваном Петровым. Председатель Ошского городского кенеша Бакыт Осмонов подписал соглашение о сотрудничестве с Омской областью.',
  );
  assert.ok(g.includes('Нурлан Асанов|regional_head|KG-B'), g.join());
  // the chairman of a city council is an official, not the head of the region
  assert.ok(
    g.some((p) => p.startsWith('Бакыт Осмонов|official|')),
    g.join(),
  );
});

test('a Chinese name with a title but no place speaks for the Chinese side', () => {
  const f = people(
    'The delegation of Heilongjiang Province arrived in Khabarovsk. Governor Wang Ming met Governor of Khabarovsk Krai Ivan Petrov, and Heilongjiang and Khabarovsk Krai signed a cooperation agreement.',
    'en',
  );
  assert.ok(f.includes('Wang Ming|regional_head|CN-HL'), f.join());
  assert.ok(f.includes('Ivan Petrov|governor|RU-KHA'), f.join());
});

test('the vice-president of an autonomous region’s government is its deputy head, not a company’s', () => {
  const f = people(
    'Vice-President of the Autonomous Region People’s Government of Xinjiang Wang Ming met the Governor of Altai Krai Ivan Petrov. Xinjiang and Altai Krai signed a cooperation agreement.',
    'en',
  );
  assert.ok(f.includes('Wang Ming|deputy|CN-XJ'), f.join());
});
