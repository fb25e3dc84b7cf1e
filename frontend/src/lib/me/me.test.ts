import { describe, expect, it } from 'vitest';
import { abilities, homeUnit, normaliseMe } from './me';

describe('/me → what the screens offer', () => {
  it('an evaluator sees the review screen and may score, but files and checks nothing', () => {
    const me = normaliseMe({ username: 'giamkhao', roles: ['evaluator'], unit: { code: 'LCH', name: 'LĐLĐ tỉnh Lai Châu' }, permissions: { reviewInitiatives: true } });
    const can = abilities(me);
    expect(can.review).toBe(true);
    expect(can.scoreInitiatives).toBe(true);
    expect(can.createInitiatives).toBe(false);
    expect(can.checkInitiatives).toBe(false);
    expect(can.seeInitiatives).toBe(false);
    expect(can.importInitiatives).toBe(false);
  });

  it('a unit officer files and checks in their unit, and opens on it', () => {
    const me = normaliseMe({
      username: 'cb.phongtho', roles: ['unit_officer'], unit: { code: 'LCH-PT', name: 'LĐLĐ huyện Phong Thổ' },
      permissions: { createInitiatives: true, checkInitiatives: true, manageQuotas: true, viewReports: true },
    });
    expect(abilities(me)).toMatchObject({ review: true, scoreInitiatives: false, seeQuotas: true, viewReports: true, importInitiatives: true });
    expect(homeUnit(me)).toBe('LCH-PT');
  });

  it('missing fields mean no permission, never an accidental yes', () => {
    const me = normaliseMe({ username: 'x' });
    expect(Object.values(me.permissions).every((v) => v === false)).toBe(true);
    expect(me.unit).toBeNull();
    expect(abilities(me).review).toBe(false);
  });
});
