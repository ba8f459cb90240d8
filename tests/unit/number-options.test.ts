import { describe, expect, it } from 'vitest';

import { numberOptions } from '../../bench/lib/number-options';
import { rowChoice } from '../../bench/lib/row-choice';

describe("the benchmarks' numeric options", () => {
  const spec = {
    rounds: { default: 4 },
    minutes: { default: 10, kind: 'positive' },
    settle: { default: 3, kind: 'zero-or-more' },
  } as const;

  it('take the defaults, and what is given', () => {
    expect(numberOptions(spec, [])).toEqual({ rounds: 4, minutes: 10, settle: 3 });
    expect(numberOptions(spec, ['--rounds', '2', '--minutes', '0.5', '--settle', '0'])).toEqual({
      rounds: 2,
      minutes: 0.5,
      settle: 0,
    });
  });

  it.each([
    [['--rounds', '1.5'], '--rounds must be a whole number above 0, got "1.5"'],
    [['--rounds', '0'], '--rounds must be a whole number above 0, got "0"'],
    [['--minutes', '0'], '--minutes must be a number above 0, got "0"'],
    [['--settle=-1'], '--settle must be a number, 0 or more, got "-1"'],
    [['--settle', ''], '--settle must be a number, 0 or more, got ""'],
    [['--rounds', 'four'], '--rounds must be a whole number above 0, got "four"'],
  ])('refuse %j before anything runs', (args, message) => {
    expect(() => numberOptions(spec, args)).toThrow(message);
  });

  it('refuse an option they do not know', () => {
    expect(() => numberOptions(spec, ['--round', '2'])).toThrow(/round/);
  });
});

describe('the bench row choice', () => {
  it('takes --only cost off the arguments, in both spellings', () => {
    expect(rowChoice(['--rounds', '6', '--only', 'cost'])).toEqual({
      only: 'cost',
      rest: ['--rounds', '6'],
    });
    expect(rowChoice(['--only=cost', '--duration', '8'])).toEqual({
      only: 'cost',
      rest: ['--duration', '8'],
    });
    expect(rowChoice(['--rounds', '6'])).toEqual({ rest: ['--rounds', '6'] });
  });

  it.each([[['--only']], [['--only', 'costs']], [['--only=']]])(
    'refuses %j before anything is built',
    (args) => {
      expect(() => rowChoice(args)).toThrow('--only must be one of cost, got');
    },
  );
});
