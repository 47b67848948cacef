import { describe, expect, it } from 'vitest';
import { splitRuns } from './runs.ts';

describe('splitting a text at the runs to mark', () => {
  it('marks a file name inside a message', () => {
    expect(splitRuns('Answers loaded from سلام.json.', [{ text: 'سلام.json' }])).toEqual([
      { text: 'Answers loaded from ' },
      { text: 'سلام.json', run: { text: 'سلام.json' } },
      { text: '.' },
    ]);
  });
  it('marks a name in another language, with its language', () => {
    const es = { text: 'Oficina del Alto Comisionado para la Paz', lang: 'es' };
    expect(splitRuns('Office of the High Commissioner for Peace (Oficina del Alto Comisionado para la Paz)', [es]).map((p) => p.run?.lang ?? '')).toEqual(['', 'es', '']);
  });
  it('marks every occurrence, and leaves a text without runs whole', () => {
    expect(splitRuns('a x b x', [{ text: 'x' }]).map((p) => p.text)).toEqual(['a ', 'x', ' b ', 'x']);
    expect(splitRuns('nothing here', [{ text: 'x' }, { text: '' }])).toEqual([{ text: 'nothing here' }]);
  });
});
