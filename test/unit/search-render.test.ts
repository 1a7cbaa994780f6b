import { describe, expect, it } from 'vitest';
import { bodyOf, excerptText } from '../../src/search/client/render.ts';

describe('bodyOf', () => {
  it('drops a headline that pagefind gave back without its spaces', () => {
    expect(bodyOf('跨江大桥主体合龙明年春季通车. 横跨青澜江的大桥', '跨江大桥主体合龙 明年春季通车')).toBe('横跨青澜江的大桥');
  });

  it('removes the dots pagefind adds after Chinese blocks, and keeps decimal points and Latin full stops', () => {
    expect(bodyOf('标题. 改装时间表. 公司表示全长1.2公里。Acme Inc. said', '标题')).toBe('改装时间表 公司表示全长1.2公里。Acme Inc. said');
  });

  it('keeps the text whole when it does not start with the headline', () => {
    expect(bodyOf('正文开头', '另一个标题')).toBe('正文开头');
  });
});

describe('excerptText', () => {
  const body = `${'甲'.repeat(50)}电池${'乙'.repeat(50)}`;

  it('cuts around the first match with the Chinese ellipsis on each cut side', () => {
    const excerpt = excerptText(body, ['电池']);
    expect(excerpt).toBe(`……${'甲'.repeat(36)}电池${'乙'.repeat(36)}……`);
  });

  it('shows the opening with one ellipsis when nothing matches', () => {
    expect(excerptText(body, ['火锅'])).toBe(`${'甲'.repeat(50)}电池${'乙'.repeat(20)}……`);
  });
});
