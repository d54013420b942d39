import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLang } from '../../src/text/lang.js';

const CASES: [string, string][] = [
  ['ru', 'Губернатор края провел переговоры с делегацией соседней области и обсудил поставки зерна и муки.'],
  ['en', 'The governor held talks with a delegation from the neighbouring region and discussed grain supplies.'],
  [
    'kk',
    'Шығыс Қазақстан облысының әкімі Алтай өлкесінің губернаторымен кездесті. Тараптар сауда және мәдени ынтымақтастықты дамыту туралы келісімге қол қойды.',
  ],
  [
    // Few ә or ұ, many қ and ғ (which Uzbek has too): the other letters settle it.
    'kk',
    'Павлодар облысының басшысы Омбы облысының губернаторымен кездесті. Тараптар ауыл шаруашылығы және көлік саласындағы ынтымақтастықты талқылады. Кездесу қорытындысы бойынша ынтымақтастық туралы келісімге қол қойылды.',
  ],
  [
    'ky',
    'Ош облусунун өкүлү Алтай крайынын губернатору менен жолугушту. Тараптар соода жана маданий кызматташтыкты өнүктүрүү боюнча макулдашууга кол коюшту.',
  ],
  [
    'uz',
    'Samarqand viloyati hokimi Tatariston delegatsiyasi bilan uchrashdi. Tomonlar savdo-iqtisodiy hamkorlikni rivojlantirish boʻyicha kelishuvga imzo chekdi.',
  ],
  [
    'uz',
    'Самарқанд вилояти ҳокими Татаристон делегацияси билан учрашди. Томонлар савдо-иқтисодий ҳамкорликни ривожлантириш бўйича келишувга имзо чекди.',
  ],
  ['uk', 'Губернатор провів переговори з делегацією сусідньої області та обговорив постачання зерна і їхню ціну.'],
  ['be', 'Старшыня аблвыканкама правёў перамовы з дэлегацыяй суседняй вобласці і абмеркаваў пастаўкі збожжа.'],
  // Belarusian і and ў, with none of the Ukrainian letters ї, є, ґ.
  ['be', 'Губернатар вобласці сустрэўся з дэлегацыяй. Бакі абмеркавалі ўзаемны гандаль і супрацоўніцтва ў галіне адукацыі.'],
  // Tajik ӣ, ӯ, ҷ beside the қ, ғ, ҳ it shares with Uzbek.
  [
    'tg',
    'Раиси вилояти Суғд бо губернатори вилояти Алтай мулоқот кард. Ҷонибҳо масъалаҳои ҳамкориҳои тиҷоратӣ ва фарҳангиро баррасӣ намуданд ва ёддошти тафоҳум имзо карданд.',
  ],
  ['tg', 'Ҳукумати вилоят ва ҷонибҳо дар бораи ҳамкорӣ дар соҳаи кишоварзӣ мулоқот карданд.'],
  ['az', 'Qubernator nümayəndə heyətini qəbul edib. Tərəflər ticarət və təhsil sahələrində əməkdaşlığı müzakirə ediblər.'],
];

for (const [lang, text] of CASES) {
  test(`${lang}: ${text.slice(0, 40)}…`, () => assert.equal(detectLang(text), lang));
}

test('a Russian text that names a Kazakh place or person in Kazakh spelling stays Russian', () => {
  const text =
    'В ходе встречи с акимом области Ұлытау стороны обсудили поставки горного оборудования. ' +
    'Вузы подписали соглашения с университетом имени Әлкея Марғұлана и договорились об обмене студентами. ' +
    'Делегация посетила предприятия и осмотрела новые цеха, где выпускают технику для шахт.';
  assert.equal(detectLang(text), 'ru');
});

test('an English text full of Russian and Kazakh names stays English', () => {
  assert.equal(detectLang('Akim Kairat Bekmukhametov and Vice Chairman Wang Jianxin signed the memorandum in Taldykorgan.'), 'en');
});

test('a short English line is English', () => {
  assert.equal(detectLang('A short note about a trade fair.'), 'en');
});

test('text with no letters of a known script is undetermined', () => {
  assert.equal(detectLang('2025 — 12 345'), 'und');
});

test('letters outside the common planes count by their script: a text of astral Cyrillic and emoji reads as Cyrillic', () => {
  // Cyrillic Extended-D (U+1E030…) letters next to a few Latin ones, and emoji that belong to no script.
  const astral = '\u{1E030}\u{1E031}\u{1E032}\u{1E033}\u{1E034} 😀😀😀 ab';
  assert.notEqual(detectLang(astral), 'en');
  assert.equal(detectLang('😀😀😀 The delegation of the region arrived in the city for talks on trade and transport.'), 'en');
});
