import { isCleanText } from './limits.js';

describe('isCleanText', () => {
  it('accepts any text of whole characters, emoji and accents included', () => {
    expect(isCleanText('')).toBe(true);
    expect(isCleanText('Côte d’Ivoire 🛡️ 中文\ttab\nline')).toBe(true);
  });
  it('refuses a NUL character and half characters', () => {
    expect(isCleanText('a\u0000b')).toBe(false);
    expect(isCleanText('a\ud800b')).toBe(false);
    expect(isCleanText('\udc00')).toBe(false);
    expect(isCleanText('end\ud83d')).toBe(false);
  });
});
