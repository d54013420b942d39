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
