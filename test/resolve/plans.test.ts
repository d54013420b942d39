// Plans: what the parties intend, agree, discuss starting or are invited to do later. Each rule
// with a sentence it must fire on and one it must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

const story = (...lines: string[]) => lines.join('\n');
const plansOf = (text: string, lang: string, title = 'Омская область и Павлодарская область') =>
  factsOf(story(title, '', text), lang).plans;
const kinds = (text: string, lang: string, title?: string) => plansOf(text, lang, title).map((p) => p.kind);

test('talks still to come are a meeting planned; talks held are none', () => {
  assert.ok(kinds('Губернатор Омской области проведет переговоры с акимом Павлодарской области в мае.', 'ru').includes('meeting'));
  assert.ok(kinds('The Governor of Omsk region will meet the Akim of Pavlodar region next month.', 'en').includes('meeting'));
  assert.ok(!kinds('Губернатор Омской области провел переговоры с акимом Павлодарской области.', 'ru').includes('meeting'));
  assert.ok(!kinds('The Governor of Omsk region met the Akim of Pavlodar region yesterday.', 'en').includes('meeting'));
});

test('talks planned with the heads of several regions are one meeting with each', () => {
  const plans = plansOf(
    'В планах губернатора Омской области — переговоры с руководителями Павлодарской, Костанайской и Акмолинской областей.',
    'ru',
  );
  const meetings = plans.filter((p) => p.kind === 'meeting').map((p) => p.actors);
  assert.deepEqual(meetings, [
    ['RU-OMS', 'KZ-PAV'],
    ['RU-OMS', 'KZ-KUS'],
    ['RU-OMS', 'KZ-AKM'],
  ]);
});

test('a date ahead elsewhere in the sentence does not make talks held a meeting planned', () => {
  assert.ok(
    !kinds('Стороны обсудили подготовку Дней Омской области в Павлодаре, которые планируется провести в 2099 году.', 'ru').includes(
      'meeting',
    ),
  );
});

test('a project the parties discussed starting is a plan; one they discussed running is not', () => {
  assert.ok(
    kinds('Губернатор Омской области и аким Павлодарской области обсудили открытие торгового дома в Омске.', 'ru').includes('project'),
  );
  assert.ok(
    kinds('The Governor of Omsk region and the Akim of Pavlodar region discussed the implementation of joint projects.', 'en').includes(
      'project',
    ),
  );
  assert.ok(
    !kinds('Губернатор Омской области и аким Павлодарской области обсудили работу торгового дома в Омске.', 'ru').includes('project'),
  );
  assert.ok(
    !kinds('The Governor of Omsk region and the Akim of Pavlodar region discussed the results of joint projects.', 'en').includes(
      'project',
    ),
  );
});

test('an onset word after the project word (verb-final order) makes a discussed project a plan', () => {
  const title = 'Omsk vilayəti və Pavlodar vilayəti';
  assert.ok(
    kinds(
      'Görüşdə Omsk vilayəti ilə Pavlodar vilayəti arasında birgə layihələrin həyata keçirilməsi müzakirə edildi.',
      'az',
      title,
    ).includes('project'),
  );
  assert.ok(
    !kinds('Görüşdə Omsk vilayəti ilə Pavlodar vilayəti arasında birgə layihələrin nəticələri müzakirə edildi.', 'az', title).includes(
      'project',
    ),
  );
});

test('goods still to be supplied between the parties are a project; goods supplied now are none', () => {
  assert.ok(
    kinds('Omsk region and Pavlodar region plan to help their farmers in mutual deliveries of grain and beef.', 'en').includes('project'),
  );
  assert.ok(kinds('Омская область будет поставлять зерно в Павлодарскую область.', 'ru').includes('project'));
  assert.ok(!kinds('Omsk region delivers grain and beef to Pavlodar region every year.', 'en').includes('project'));
  assert.ok(!kinds('Омская область поставила зерно в Павлодарскую область.', 'ru').includes('project'));
});

test('a visit of tourists or students is no visit planned; a delegation’s is', () => {
  assert.ok(
    !kinds('Открытие рейса из Омска в Павлодар повысит интерес туристов к посещению Павлодарской области.', 'ru').includes('visit'),
  );
  assert.ok(!kinds('Omsk region will raise the quota for Pavlodar region students invited to study in Omsk.', 'en').includes('visit'));
  assert.ok(kinds('Делегация Омской области посетит Павлодарскую область в мае.', 'ru').includes('visit'));
  assert.ok(kinds('The Akim of Pavlodar region invited the Governor of Omsk region to visit Pavlodar next year.', 'en').includes('visit'));
});

test('business people invited to visit are a business mission planned; an official invited is a visit', () => {
  const business = kinds('The Governor of Omsk region invited the business circles of Pavlodar region to visit Omsk next spring.', 'en');
  assert.ok(business.includes('business_mission') && !business.includes('visit'));
  const ru = kinds('Губернатор Омской области пригласил деловые круги Павлодарской области посетить Омск.', 'ru');
  assert.ok(ru.includes('business_mission') && !ru.includes('visit'));
  const official = kinds('The Governor of Omsk region invited the Akim of Pavlodar region to visit Omsk next spring.', 'en');
  assert.ok(official.includes('visit') && !official.includes('business_mission'));
});

test('an exhibition running to its end is under way, not planned; one still to open is planned', () => {
  assert.ok(
    !kinds('The exhibition of Omsk region and Pavlodar region producers, opened on Monday, will run through Friday.', 'en').includes(
      'event',
    ),
  );
  assert.ok(
    !kinds('Выставка товаров Омской области в Павлодарской области, открытая в понедельник, будет работать до пятницы.', 'ru').includes(
      'event',
    ),
  );
  assert.ok(kinds('Omsk region and Pavlodar region will hold a joint exhibition next year.', 'en').includes('event'));
});

test('a direct flight or a checkpoint still worked on is a project', () => {
  assert.ok(
    kinds('Омская и Павлодарская области рассматривают возможность открытия прямого рейса между Омском и Павлодаром.', 'ru').includes(
      'project',
    ),
  );
  assert.ok(kinds('Omsk region and Pavlodar region are exploring the reconstruction of the border checkpoint.', 'en').includes('project'));
  assert.ok(!kinds('Омская и Павлодарская области обсудили расписание поездов.', 'ru').includes('project'));
});

test('a press service, a message and products are no project', () => {
  assert.deepEqual(kinds('В Омской области будут рады гостям из Павлодарской области, говорится в сообщении пресс-службы.', 'ru'), []);
  assert.deepEqual(kinds('Omsk region will welcome guests from Pavlodar region, the press service said.', 'en'), []);
  assert.deepEqual(kinds('Omsk region will buy more products from Pavlodar region.', 'en'), []);
  assert.ok(kinds('Omsk region and Pavlodar region plan to launch joint production of tractors.', 'en').includes('project'));
});

test('an invitation a visit took place on announces no visit; an invitation to come does', () => {
  assert.ok(!kinds('По приглашению губернатора Омской области делегация Павлодарской области посетила Омск.', 'ru').includes('visit'));
  assert.ok(
    !kinds('At the invitation of the Governor of Omsk region, the delegation of Pavlodar region was in Omsk.', 'en').includes('visit'),
  );
  assert.ok(kinds('Губернатор Омской области пригласил акима Павлодарской области посетить Омск.', 'ru').includes('visit'));
});

test('a capitalised word inside a Cyrillic sentence is a name, not a future word', () => {
  const f = factsOf(
    story(
      'Ошская область и Андижанская область',
      '',
      'Во встрече приняли участие аким Андижанской области и председатель кенеша Ошской области Болот Асанов.',
    ),
    'ru',
  );
  assert.ok(!f.plans.some((p) => p.kind === 'meeting'), JSON.stringify(f.plans));
  const g = factsOf(
    story(
      'Ошская область и Андижанская область',
      '',
      'Во встрече примут участие аким Андижанской области и председатель кенеша Ошской области Болот Асанов.',
    ),
    'ru',
  );
  assert.ok(
    g.plans.some((p) => p.kind === 'meeting'),
    JSON.stringify(g.plans),
  );
});

test('a plan between several regions of one country and the story’s partner names them all', () => {
  const plans = plansOf(
    'Наш визит будет возможностью наладить связи с Павлодарской и Костанайской областями.',
    'ru',
    'Омская область и Казахстан: Омская область и Павлодарская область',
  );
  assert.ok(
    plans.some((p) => p.actors.includes('KZ-PAV') && p.actors.includes('KZ-KUS') && p.actors.includes('RU-OMS')),
    JSON.stringify(plans),
  );
});

test('a target amount the parties mean to reach is a plan of another kind; an amount reached is not', () => {
  assert.ok(kinds('Омская и Павлодарская области планируют к 2030 году довести товарооборот до 1 млрд долларов.', 'ru').includes('other'));
  assert.ok(kinds('Omsk region and Pavlodar region aim to bring mutual trade to $500 million.', 'en').includes('other'));
  assert.ok(!kinds('Товарооборот Омской и Павлодарской областей удалось увеличить до 300 млн долларов.', 'ru').includes('other'));
  assert.ok(!kinds('Омская и Павлодарская области планируют увеличить число рейсов.', 'ru').includes('other'));
});

test('what a party is thanked for was done; what it thanks for in advance is still no plan of its own', () => {
  assert.ok(
    !kinds('Губернатор Омской области поблагодарил акима Павлодарской области за поддержку в проведении форума.', 'ru').includes('event'),
  );
  assert.ok(
    !kinds('The Governor of Omsk region thanked Pavlodar region for organizing the business forum, which will help trade.', 'en').includes(
      'event',
    ),
  );
  assert.ok(kinds('Губернатор Омской области и аким Павлодарской области договорились провести форум в Омске.', 'ru').includes('event'));
});

test('a project for the near future or among promising ones is still ahead', () => {
  assert.ok(
    kinds(
      'The Governor of Omsk region called for the construction of a new checkpoint with Pavlodar region in the near future.',
      'en',
    ).includes('project'),
  );
  assert.ok(kinds('Omsk region and Pavlodar region discussed promising projects in agriculture.', 'en').includes('project'));
  assert.ok(!kinds('Omsk region and Pavlodar region completed joint projects in agriculture.', 'en').includes('project'));
});

test('joint events and a modernisation still to come are plans; the occasion that frames the sentence is none', () => {
  assert.ok(kinds('Omsk region and Pavlodar region agreed to hold joint events next year.', 'en').includes('event'));
  assert.ok(kinds('Омская и Павлодарская области планируют модернизацию пункта пропуска.', 'ru').includes('project'));
  assert.ok(
    !kinds('В ходе мероприятия представители Омской и Павлодарской областей обсудили перспективы сотрудничества.', 'ru').includes('event'),
  );
  assert.ok(!kinds('During the event, Omsk region and Pavlodar region discussed prospects for cooperation.', 'en').includes('event'));
  assert.ok(
    !kinds('В ходе визита в Павлодарскую область губернатор Омской области планирует подписать соглашение.', 'ru').includes('visit'),
  );
});

test('an invitation into a forum is the forum to be held; an invitation to come is a visit', () => {
  const forum = kinds('The Akim of Pavlodar region invited Omsk region in the business forum, which will take place in May.', 'en');
  assert.ok(forum.includes('event') && !forum.includes('visit'), JSON.stringify(forum));
  assert.ok(kinds('The Akim of Pavlodar region invited the Governor of Omsk region to visit Pavlodar in May.', 'en').includes('visit'));
});

test('a sentence that continues a plan without a verb («В том числе…») looks ahead as the one before', () => {
  const plans = plansOf(
    'Омская и Павлодарская области договорились реализовать ряд совместных проектов. В том числе проект по строительству завода в Костанайской области.',
    'ru',
  );
  assert.ok(
    plans.some((p) => p.kind === 'project' && p.actors.includes('KZ-KUS')),
    JSON.stringify(plans),
  );
  const done = plansOf(
    'Омская и Павлодарская области подвели итоги года. В том числе проект по строительству завода в Костанайской области.',
    'ru',
  );
  assert.ok(!done.some((p) => p.actors.includes('KZ-KUS')), JSON.stringify(done));
});

test('a delegation that will arrive is a visit planned; one that arrived is a visit told', () => {
  assert.ok(kinds('Делегация Омской области приедет в Павлодарскую область в мае.', 'ru').includes('visit'));
  assert.ok(
    kinds('The Omsk region delegation will arrive in Pavlodar region on May 8 and later head for Ekibastuz.', 'en').includes('visit'),
  );
  assert.ok(!kinds('Делегация Омской области приехала в Павлодарскую область.', 'ru').includes('visit'));
});

test('a target set for a year to come is a plan though no future word tells it', () => {
  assert.ok(kinds('Omsk region and Pavlodar region have set a trade target at $900 million by 2030.', 'en').includes('other'));
  assert.ok(!kinds('Omsk region and Pavlodar region have set a record: trade reached $900 million.', 'en').includes('other'));
});

test('a field of cooperation is no project; a production to set up is', () => {
  assert.ok(!kinds('Omsk region and Pavlodar region agreed to cooperate in grain production.', 'en').includes('project'));
  assert.ok(!kinds('Омская и Павлодарская области намерены сотрудничать в сфере производства удобрений.', 'ru').includes('project'));
  assert.ok(kinds('Omsk region and Pavlodar region agreed to set up joint production of grain dryers.', 'en').includes('project'));
});

test('Kyrgyz and Uzbek: events the regions agreed to hold are a plan; events they took part in are not', () => {
  const ky = (text: string) => factsOf(story('Ош облусу жана Анжиян облусу', '', text), 'ky').plans.map((p) => p.kind);
  assert.ok(ky('Ош облусу менен Анжиян облусу маданий иш-чараларды бирге өткөрүүгө макулдашышты.').includes('event'));
  assert.deepEqual(ky('Ош облусунун жана Анжиян облусунун өкүлдөрү маданий иш-чараларга катышты.'), []);
  const uz = factsOf(
    story('Andijon viloyati va Osh viloyati', '', "Andijon viloyati va Osh viloyati qo'shma tadbirlar o'tkazishga kelishib oldi."),
    'uz',
  );
  assert.ok(
    uz.plans.some((p) => p.kind === 'event'),
    JSON.stringify(uz.plans),
  );
});

test('what a document will allow the parties to start is a plan; what it allowed is not', () => {
  assert.ok(
    kinds('Соглашение Омской и Павлодарской областей позволит запустить совместное производство тракторов.', 'ru').includes('project'),
  );
  assert.ok(
    !kinds('Соглашение Омской и Павлодарской областей позволило запустить совместное производство тракторов.', 'ru').includes('project'),
  );
});
