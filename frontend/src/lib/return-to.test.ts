import { rememberReturnTo, takeReturnTo } from './return-to';

describe('return-to', () => {
  it('gives the remembered page once', () => {
    rememberReturnTo('/reviews/r1');
    expect(takeReturnTo()).toBe('/reviews/r1');
    expect(takeReturnTo()).toBeNull();
  });

  it('refuses other sites', () => {
    rememberReturnTo('//evil.example/');
    expect(takeReturnTo()).toBeNull();
  });
});
