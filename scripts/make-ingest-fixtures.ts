// Writes the ingest test fixtures (test/fixtures/ingest): short invented news in the shapes and
// encodings the ingest stage meets. Run: npx tsx scripts/make-ingest-fixtures.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';

const ROOT = join(import.meta.dirname, '..', 'test', 'fixtures', 'ingest');

const STORY = ` date 2025-03-14 10:20 Барнаул
Алтайский край и Павлодарская область договорились о поставках семян

© Пресс-служба правительства краяЗаместитель губернатора и делегация Павлодарской области на переговорах
Алтайский край и Павлодарская область Казахстана договорились расширить поставки семян подсолнечника и ячменя. Переговоры делегаций прошли в среду в Барнауле.

Алтайский край и Павлодарская область Казахстана договорились расширить поставки семян подсолнечника и ячменя. Переговоры делегаций прошли в среду в Барнауле.

По словам заместителя губернатора, в прошлом году край отправил в соседнюю область более 12 тысяч тонн семян, а в этом сезоне объем может вырасти вдвое. Павлодарские хозяйства, в свою очередь, готовы поставлять на Алтай говядину и молочную продукцию.

«Мы видим, что павлодарские аграрии ценят алтайскую селекцию. Теперь важно наладить логистику и сертификацию», — отметил он.

Стороны также обсудили открытие совместной лаборатории по испытанию сортов на опытном поле под Павлодаром. Напомним, соглашение о сотрудничестве регионы подписали в 2019 году.

Читайте также: В Барнауле открылась весенняя ярмарка саженцев
Поделиться: ВКонтакте Одноклассники Telegram
`;

/** The same story as another site printed it: its own header, credit and headline, a few words changed. */
const REPRINT = `11:05 14.03.2025 (обновлено: 11:40 14.03.2025)
Алтай и Павлодарская область расширят поставки семян
Фото: пресс-служба акимата Павлодарской области
Алтайский край и Павлодарская область Казахстана договорились расширить поставки семян подсолнечника и ячменя. Переговоры делегаций прошли в среду в Барнауле.
По словам заместителя губернатора, в прошлом году край отправил в соседнюю область более 12 тысяч тонн семян, а в новом сезоне объем может вырасти вдвое. Павлодарские хозяйства, в свою очередь, готовы поставлять на Алтай говядину и молочную продукцию.
«Мы видим, что павлодарские аграрии ценят алтайскую селекцию. Теперь важно наладить логистику и сертификацию», — отметил он.
Стороны также обсудили открытие совместной лаборатории по испытанию сортов на опытном поле под Павлодаром.
Поделиться
`;

/** Another meeting of the same two regions, months later: same topic, different story. */
const LATER_MEETING = ` date 2025-10-02 16:00
Алтайский край и Павлодарская область подвели итоги сезона

Заместитель губернатора Алтайского края провел в Павлодаре встречу с акимом области. Стороны обсудили итоги уборочной кампании и ремонт автомобильного пункта пропуска на границе.

По данным краевого министерства, за восемь месяцев товарооборот с областью вырос на 9% и превысил 140 млн долларов. Основу поставок по-прежнему составляют семена, комбикорм и сельхозтехника.

Аким предложил провести зимой в Барнауле выставку павлодарских производителей мебели и стройматериалов. Алтайская сторона пообещала помочь с площадкой.

Следующая встреча запланирована на весну 2026 года в Барнауле.
`;

const CP1251 = ` date 2025-06-11 Омская и Акмолинская области обсудили стажировки студентов
Делегация Акмолинской области посетила омские вузы. Гости познакомились с программами подготовки агрономов и ветеринаров.
Стороны договорились о летних стажировках для студентов двух регионов.
`;

const KOI8R = `08:45 02.04.2025 (обновлено: 09:10 02.04.2025)
Новосибирск и Бишкек обсудили прямые авиарейсы
НОВОСИБИРСК, 2 апр - Сибирь-Инфо. Делегация мэрии Бишкека провела переговоры с правительством Новосибирской области о возобновлении прямых рейсов между городами.
Стороны также обсудили поставки овощей и фруктов из Чуйской области.
`;

const UTF16LE = `OMSK, March 3, 2025 (Siberia Wire) - Omsk region and North Kazakhstan region agreed to restore the suburban bus route between Omsk and Petropavl.
The route was suspended five years ago. Officials said tickets will go on sale in May.
`;

const UTF16BE = `Курганская и Костанайская области проведут совместные учения спасателей
Учения пройдут летом в приграничных районах. В них примут участие около двухсот спасателей.
`;

const BOM = `Kurgan and Kostanay regions plan joint fire drills

KURGAN, May 12 (Tobol News) - Rescue services of Kurgan region and Kostanay region will hold joint fire drills near the border this summer.
Photo: regional emergency serviceFirefighters from both regions during last year's exercise
The drills will involve about 200 rescuers and 40 vehicles.
Share: VK | Telegram
`;

const HTML = `<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>Томск и Павлодар откроют совместную магистратуру | Сибирский вестник</title>
  <meta property="og:title" content="Томск и Павлодар откроют совместную магистратуру">
  <meta property="article:published_time" content="2025-05-20T09:30:00+06:00">
  <link rel="canonical" href="https://vestnik.example/news/tomsk-pavlodar-master">
  <script>window.analytics = { track: function () {} };</script>
  <style>.menu { color: red }</style>
</head>
<body>
  <nav class="menu"><a href="/">Главная</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a></nav>
  <header><div class="logo">Сибирский вестник</div></header>
  <main>
    <article>
      <h1>Томск и Павлодар откроют совместную магистратуру</h1>
      <time datetime="2025-05-20T09:30">20 мая 2025</time>
      <p>Томский политехнический университет и Торайгыров университет из Павлодара договорились открыть совместную магистерскую программу по энергетике. Первые студенты начнут учебу в сентябре 2026 года.</p>
      <p>Программа рассчитана на два года: первый год магистранты проведут в Павлодаре, второй — в Томске. Выпускники получат два диплома.</p>
      <p>По словам проректора томского вуза, в Павлодарской области не хватает инженеров для энергетических предприятий, и новая программа поможет подготовить их на месте. Павлодарская сторона обещала практику на местной электростанции.</p>
      <p>Напомним, томские вузы сотрудничают с университетами Казахстана более двадцати лет, сейчас в Томске учатся около трех тысяч казахстанских студентов.</p>
      <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div>
    </article>
  </main>
  <aside class="related"><h3>Читайте также</h3><ul><li><a href="/1">В Томске открыли новый корпус</a></li></ul></aside>
  <footer><p>© 2025 Сибирский вестник. Все права защищены.</p><p>Контакты редакции</p></footer>
  <script>document.write('реклама');</script>
</body>
</html>
`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Региональные новости</title>
  <link>https://regions.example/</link>
  <item>
    <title>Челябинск и Костанай подписали план на 2026 год</title>
    <link>https://regions.example/news/101</link>
    <guid isPermaLink="true">https://regions.example/news/101</guid>
    <pubDate>Tue, 14 Oct 2025 23:30:00 +0500</pubDate>
    <description><![CDATA[<p>Правительство Челябинской области и акимат Костанайской области подписали <b>план мероприятий</b> на 2026 год.</p><p>План охватывает торговлю и образование.</p>]]></description>
  </item>
  <item>
    <title>Оренбург примет делегацию Актобе</title>
    <link>https://regions.example/news/102</link>
    <guid isPermaLink="false">regions-102</guid>
    <pubDate>Wed, 15 Oct 2025 08:00:00 +0500</pubDate>
    <description>Делегация Актюбинской области приедет в Оренбург на следующей неделе, сообщили в правительстве региона.</description>
    <content:encoded><![CDATA[<p>Делегация Актюбинской области приедет в Оренбург на следующей неделе.</p><p>Гости посетят металлургический комбинат и обсудят поставки хромовой руды.</p>]]></content:encoded>
  </item>
  <item>
    <title>Kurgan sends buses to Petropavl</title>
    <link>https://regions.example/en/news/103</link>
    <pubDate>Thu, 16 Oct 2025 12:15:00 +0000</pubDate>
    <description>Kurgan region delivered ten buses to Petropavl under a contract signed in spring.</description>
  </item>
</channel>
</rss>
`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Central Asia Regions Wire</title>
  <id>urn:example:wire</id>
  <updated>2025-11-03T10:00:00Z</updated>
  <entry>
    <title>Samarkand and Kazan agree on student exchange</title>
    <link rel="alternate" href="https://wire.example/2025/11/samarkand-kazan"/>
    <id>tag:wire.example,2025:samarkand-kazan</id>
    <published>2025-11-02T18:00:00+05:00</published>
    <updated>2025-11-03T09:00:00+05:00</updated>
    <content type="html">&lt;p&gt;Samarkand State University and Kazan Federal University agreed to exchange 50 students a year.&lt;/p&gt;&lt;p&gt;The first group will travel in February.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Bukhara region hosts Bashkir business mission</title>
    <link href="https://wire.example/2025/11/bukhara-bashkir"/>
    <id>tag:wire.example,2025:bukhara-bashkir</id>
    <updated>2025-11-01T12:00:00Z</updated>
    <summary>Twenty companies from Bashkortostan met Bukhara exporters of cotton fabrics.</summary>
  </entry>
</feed>
`;

const JSONL = [
  {
    id: 'rec-1',
    url: 'https://news.example/rec-1',
    title: 'Омск и Петропавловск возобновят автобусное сообщение',
    published: '2025-04-02',
    text: 'Омская область и Северо-Казахстанская область договорились возобновить пригородный автобусный маршрут между Омском и Петропавловском.',
  },
  {
    id: 'rec/2 draft',
    title: 'Tyumen and Baku plan trade house',
    date: '2025-08-19T14:00:00+04:00',
    content: 'Tyumen region and Azerbaijan agreed to open a trading house in Tyumen next year.',
  },
  {
    url: 'https://news.example/rec-3',
    body: '<p>Делегация Гомельской области прибыла в Новосибирск.</p><p>Гости посетят агропромышленный парк.</p>',
  },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

const JSON_ARRAY = JSON.stringify(
  [
    {
      id: 'arr-1',
      title: 'Astrakhan and Mazandaran discuss shipping',
      published: '2025-09-09',
      text: 'Astrakhan region and the Iranian province of Mazandaran discussed a joint shipping line across the Caspian Sea.',
    },
    {
      id: 'arr-2',
      text: ' date 2025-09-10 12:00\nАстрахань и Мазандаран обсудили паромную линию\n\nСтороны обсудили запуск паромной линии через Каспийское море.',
    },
  ],
  null,
  2,
);

const BROKEN_JSON = `{
  "id": "broken-1",
  "title": "Запись без запятой",
  "text": "Текст записи"
  "published": "2025-01-01"
}
`;

const MARKDOWN = `# Витебск и Самарканд подготовят дни культуры

*Витебск, 2025.* Делегация **Витебского облисполкома** обсудила с [хокимиятом Самаркандской области](https://example.org/samarkand) программу дней культуры.

![Фото встречи](https://example.org/photo.jpg)

## Что запланировано

- выставка льняных тканей;
- концерт народных ансамблей;
- деловой форум с участием \`30\` предприятий.

> Мы хотим, чтобы самаркандцы увидели витебские ремесла, — сказал председатель облисполкома.

\`\`\`
код виджета, не текст новости
\`\`\`
`;

/** A PNG header and a few bytes of image data: NUL bytes, as in any binary file. */
const BINARY = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00,
]);

const FILES: Record<string, string | Buffer> = {
  'story.txt': STORY,
  'story-copy.txt': STORY,
  'story-reprint.txt': REPRINT,
  'later-meeting.txt': LATER_MEETING,
  'cp1251.txt': iconv.encode(CP1251, 'windows-1251'),
  'koi8r.txt': iconv.encode(KOI8R, 'koi8-r'),
  'utf16le-bom.txt': iconv.encode(UTF16LE, 'utf-16le', { addBOM: true }),
  'utf16be.txt': iconv.encode(UTF16BE, 'utf-16be'),
  'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BOM)]),
  'page.html': HTML,
  'feed.rss': RSS,
  'feed.atom': ATOM,
  'records.jsonl': JSONL,
  'records.json': JSON_ARRAY,
  'broken.json': BROKEN_JSON,
  'note.md': MARKDOWN,
  'scan.bin': BINARY,
  'empty.txt': '',
  'tree/a.txt': 'Первый документ в папке: короткая заметка о встрече делегаций.\n',
  'tree/sub/b.txt': 'Second document in a nested folder: a short note about a trade fair.\n',
  'tree/.hidden.txt': 'A hidden file that the reader skips.\n',
};

rmSync(ROOT, { recursive: true, force: true });
for (const [name, content] of Object.entries(FILES)) {
  const path = join(ROOT, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
console.log(`wrote ${Object.keys(FILES).length} fixtures to ${ROOT}`);
