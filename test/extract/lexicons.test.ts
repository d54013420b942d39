import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, SECTORS } from '../../src/core/facts.js';
import {
  chapterName,
  goodsTerms,
  hsChapters,
  officeTerms,
  roleFor,
  sectorTerms,
  type GoodsTerm,
  type OfficeTerm,
} from '../../src/extract/lexicons.js';
import { PhraseMatcher } from '../../src/text/phrases.js';
import { segment } from '../../src/text/segment.js';

const ALL_CHAPTERS = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0'));
const usable = () =>
  new Set(
    hsChapters()
      .filter((c) => !c.reserved)
      .map((c) => c.chapter),
  );

function goodsMatcher(): PhraseMatcher<GoodsTerm> {
  const m = new PhraseMatcher<GoodsTerm>();
  for (const g of goodsTerms()) m.add(g.term, g);
  return m;
}

/** The goods found in a text: for each match, the chapters of the first entry. */
function goodsIn(text: string, m = goodsMatcher()): string[][] {
  return m.find(segment(text).tokens).map((x) => [...x.payloads[0]!.chapters]);
}

function office(term: string, lang?: string): OfficeTerm {
  const o = officeTerms().find((e) => (!lang || e.lang === lang) && e.terms.some((t) => t.toLowerCase() === term.toLowerCase()));
  assert.ok(o, `office term «${term}» is listed`);
  return o;
}

test('HS chapters: 01..97 in order, named in both languages, 77 reserved', () => {
  const chapters = hsChapters();
  assert.deepEqual(
    chapters.map((c) => c.chapter),
    ALL_CHAPTERS,
  );
  assert.deepEqual(
    chapters.filter((c) => c.reserved).map((c) => c.chapter),
    ['77'],
  );
  assert.equal(chapterName('10'), 'Cereals');
  assert.equal(chapterName('44', 'ru'), 'Древесина и изделия из нее; древесный уголь');
  assert.equal(chapterName('99'), undefined);
});

test('loaders read each file once', () => {
  assert.equal(goodsTerms(), goodsTerms());
  assert.equal(officeTerms(), officeTerms());
});

test('goods: size, languages and chapters', () => {
  const goods = goodsTerms();
  const byLang = (l: string) => goods.filter((g) => g.lang === l).length;
  assert.ok(goods.length >= 600, `${goods.length} goods terms`);
  assert.ok(byLang('ru') >= 300, `${byLang('ru')} Russian terms`);
  assert.ok(byLang('en') >= 300, `${byLang('en')} English terms`);
  const valid = usable();
  for (const g of goods) {
    for (const ch of g.chapters) assert.ok(valid.has(ch), `«${g.term}»: chapter ${ch} is a usable chapter`);
    assert.equal(new Set(g.chapters).size, g.chapters.length, `«${g.term}»: no chapter twice`);
    if (g.all) assert.ok(g.chapters.length > 1, `«${g.term}»: "all" needs several chapters`);
  }
  // Every chapter is reachable from both languages.
  for (const l of ['ru', 'en'])
    for (const ch of valid)
      assert.ok(
        goods.some((g) => g.lang === l && g.chapters.includes(ch)),
        `chapter ${ch} has a ${l} term`,
      );
});

test('goods: no term twice in a language', () => {
  const seen = new Set<string>();
  for (const g of goodsTerms()) {
    const key = `${g.lang}:${g.term.toLowerCase()}`;
    assert.ok(!seen.has(key), `duplicate goods term ${key}`);
    seen.add(key);
  }
});

test('goods: the matcher finds every term whole, and terms it cannot tell apart agree', () => {
  const m = goodsMatcher();
  for (const g of goodsTerms()) {
    const found = m.find(segment(g.term).tokens);
    assert.equal(found.length, 1, `«${g.term}» is one match`);
    const match = found[0]!;
    assert.equal(match.tokenStart, 0);
    assert.ok(match.payloads.includes(g), `«${g.term}» resolves to its own entry`);
    for (const other of match.payloads)
      assert.deepEqual(other.chapters, g.chapters, `«${g.term}» and «${other.term}» share a match key but not their chapters`);
  }
});

test('goods: everyday words are not taken for goods', () => {
  const m = goodsMatcher();
  const ru =
    'Со стороны области он стал первым, а она стала второй. Часы работы пункта продлили, цепи поставок восстановили, ' +
    'инструменты поддержки экспорта расширили. Картина торговли изменилась, пробки на границе исчезли, плата за проезд снижена.';
  const en =
    'The governor chairs the council, and the talks were fruitless for a while. The dates of the visit and the official ' +
    'programme were agreed; supply chains were discussed, and the lead negotiator said the plan was on track.';
  assert.deepEqual(goodsIn(ru, m), []);
  assert.deepEqual(goodsIn(en, m), []);
});

test('goods: spot checks in both languages', () => {
  const m = goodsMatcher();
  assert.deepEqual(goodsIn('Край вывозит соевые бобы, пиломатериалы, технический углерод и железорудный концентрат.', m), [
    ['12'],
    ['44'],
    ['28'],
    ['26'],
  ]);
  assert.deepEqual(goodsIn('Из соседней страны идут плодоовощная продукция, шины и полипропилен.', m), [['07', '08'], ['40'], ['39']]);
  assert.deepEqual(goodsIn('Заводы поставляют сельхозтехнику, металлопрокат и комбикорма.', m), [['84', '87'], ['72', '73'], ['23']]);
  assert.deepEqual(goodsIn('Поставки пшеницы, муки и хлопка выросли, как и угля.', m), [['10'], ['11'], ['52'], ['27']]);
  assert.deepEqual(goodsIn('The province buys sunflower oil, auto parts and combine harvesters, and sells cotton yarn.', m), [
    ['15'],
    ['87'],
    ['84'],
    ['52'],
  ]);
  assert.deepEqual(goodsIn('Exports include railway wagons, tyres, polyethylene and primary aluminium.', m), [
    ['86'],
    ['40'],
    ['39'],
    ['76'],
  ]);
  assert.deepEqual(goodsIn('They trade products of the flour industry and dairy products.', m), [['11'], ['04']]);
  const pick = (term: string) => goodsTerms().find((g) => g.term === term);
  assert.equal(pick('плодоовощная продукция')?.all, true);
  assert.equal(pick('строительные материалы')?.broad, true);
  assert.deepEqual(pick('combine harvesters')?.chapters, ['84']);
  assert.deepEqual(pick('tractors')?.chapters, ['87']);
});

test('sectors: every value in both languages, no term twice within a sector', () => {
  const entries = sectorTerms();
  for (const s of SECTORS)
    for (const l of ['ru', 'en'])
      assert.ok(
        entries.some((e) => e.sector === s && e.lang === l),
        `${s} has ${l} terms`,
      );
  for (const e of entries) {
    const lower = e.terms.map((t) => t.toLowerCase());
    assert.equal(new Set(lower).size, lower.length, `${e.sector}/${e.lang} lists a term twice`);
  }
});

test('sectors: spot checks through the matcher', () => {
  const m = new PhraseMatcher<string>();
  for (const e of sectorTerms()) for (const t of e.terms) m.add(t, e.sector);
  const found = (text: string) => m.find(segment(text).tokens).map((x) => x.payloads.join('+'));
  assert.deepEqual(found('Обсудили работу пунктов пропуска, гуманитарную сферу и предупреждение чрезвычайных ситуаций.'), [
    'transport',
    'culture',
    'security',
  ]);
  assert.deepEqual(found('Стороны говорили о ветеринарии, продовольственной безопасности и трудовой миграции.'), [
    'agriculture',
    'agriculture',
    'labour',
  ]);
  assert.deepEqual(found('They covered border crossings, the humanitarian sphere and emergencies.'), ['transport', 'culture', 'security']);
  assert.deepEqual(found('Talks touched on healthcare, digital transformation and legal cooperation.'), ['healthcare', 'digital', 'legal']);
  assert.deepEqual(found('The plan covers cybersecurity.'), ['digital+security']);
});

test('offices: every role reachable, no term twice in a language', () => {
  const reachable = new Set(officeTerms().flatMap((o) => [o.role, ...Object.values(o.role_by_country ?? {})]));
  for (const r of ROLES) assert.ok(reachable.has(r), `role ${r} is reachable`);
  const seen = new Set<string>();
  for (const o of officeTerms())
    for (const t of o.terms) {
      const key = `${o.lang}:${t.toLowerCase()}`;
      assert.ok(!seen.has(key), `duplicate office term ${key}`);
      seen.add(key);
    }
});

test('offices: roles by title and country', () => {
  assert.equal(roleFor(office('губернатор'), 'RU'), 'governor');
  assert.equal(roleFor(office('губернатор'), 'MN'), 'regional_head');
  assert.equal(roleFor(office('governor'), 'CN'), 'regional_head');
  assert.equal(roleFor(office('губернатор'), null), 'governor');
  assert.equal(roleFor(office('губернатор аймака'), 'MN'), 'regional_head');
  assert.equal(roleFor(office('глава республики'), 'RU'), 'governor');
  assert.equal(roleFor(office('глава региона'), 'KZ'), 'akim');
  assert.equal(roleFor(office('глава региона'), 'UZ'), 'hokim');
  assert.equal(roleFor(office('полпред президента'), 'KG'), 'regional_head');
  assert.equal(roleFor(office('полпред президента'), 'RU'), 'official');
  assert.equal(roleFor(office('председатель облисполкома'), 'BY'), 'regional_head');
  assert.equal(roleFor(office('председатель'), 'TJ'), 'regional_head');
  assert.equal(roleFor(office('mayor'), 'KZ'), 'akim');
  assert.equal(office('аким').role, 'akim');
  assert.equal(office('хоким').role, 'hokim');
  assert.equal(office('генконсул').role, 'consul');
  assert.equal(office('consul general').role, 'consul');
  assert.equal(office('посол').role, 'ambassador');
  assert.equal(office('вице-премьер').role, 'deputy');
  assert.equal(office('замгубернатора').role, 'deputy');
  assert.equal(office('first deputy prime minister').role, 'deputy');
  assert.equal(office('премьер-министр').role, 'head_of_government');
  assert.equal(office('chairman of the cabinet of ministers').role, 'head_of_government');
  assert.equal(office('президент').role, 'head_of_state');
  assert.equal(office('министр').role, 'minister');
  assert.equal(office('CEO').role, 'business');
  assert.equal(office('генеральный директор').role, 'business');
  assert.equal(office('начальник управления').role, 'official');
  assert.equal(office('ректор').role, 'other');
  assert.deepEqual(office('аким').bodies?.includes('акимат'), true);
});

test('offices: the longest title wins in text', () => {
  const m = new PhraseMatcher<OfficeTerm>();
  for (const o of officeTerms()) for (const t of o.terms) m.add(t, o);
  const roles = (text: string) => m.find(segment(text).tokens).map((x) => x.payloads[0]!.role);
  assert.deepEqual(roles('Вице-губернатор встретился с генеральным директором завода и заместителем министра.'), [
    'deputy',
    'business',
    'deputy',
  ]);
  assert.deepEqual(roles('The vice president of the company met the prime minister.'), ['business', 'head_of_government']);
});

test('the trigger and metric lexicons name only the kinds declared in core/facts.ts', async () => {
  const { triggerKindsSchema, metricKindsSchema, triggerLexicon, metricLexicon } = await import('../../src/extract/lexicons.js');
  assert.ok(triggerLexicon());
  assert.ok(metricLexicon());
  const words = { ru: ['встреча'] };
  const triggers = { event: { meeting: words }, agreement: { roadmap: words }, plan: { visit: words }, flow: { export: words } };
  assert.ok(triggerKindsSchema.safeParse(triggers).success);
  // A kind no rule reads (a typo, or a new kind without its rule) is refused.
  assert.ok(!triggerKindsSchema.safeParse({ ...triggers, event: { meetup: words } }).success);
  assert.ok(!triggerKindsSchema.safeParse({ ...triggers, flow: { transit: words } }).success);
  const metrics = { money: { turnover: words }, count: { students: words }, shipment: { exports: words } };
  assert.ok(metricKindsSchema.safeParse(metrics).success);
  assert.ok(!metricKindsSchema.safeParse({ ...metrics, count: { tourists: words } }).success);
});
