import { emptyDeliveryMove, toDeliveryInput, validateDeliveryMove } from './delivery-form';

const now = new Date('2026-11-30T12:00:00Z');
const activity = { id: 'a1', version: 4 };

describe('the delivery move form', () => {
  it('offers only the moves open from the status (a completed delivery moves no more)', () => {
    expect(validateDeliveryMove('PLANNED', emptyDeliveryMove('COMPLETED', '2009-05-01'), null, now)).toEqual({
      to: { key: 'validation.moveNotAllowed' },
    });
    expect(
      validateDeliveryMove('COMPLETED', emptyDeliveryMove('CANCELLED', '2009-05-01'), '2009-01-01', now).to,
    ).toEqual({ key: 'validation.moveNotAllowed' });
    expect(validateDeliveryMove('PLANNED', emptyDeliveryMove('', '2009-05-01'), null, now).to).toEqual({
      key: 'validation.moveRequired',
    });
    expect(validateDeliveryMove('CANCELLED', emptyDeliveryMove('PLANNED', '2009-05-01'), null, now)).toEqual({});
  });

  it('starts on a real date in the window, not in the future', () => {
    const start = (startedOn: string) =>
      validateDeliveryMove('PLANNED', { ...emptyDeliveryMove('IN_DELIVERY', ''), startedOn }, null, now).startedOn;
    expect(start('2009-03-02')).toBeUndefined();
    expect(start('')).toEqual({ key: 'validation.dateRequired' });
    expect(start('2009-02-30')).toEqual({ key: 'validation.dateInvalid' });
    expect(start('1999-12-31')).toEqual({
      key: 'validation.dateOutsideWindow',
      values: { min: '2000-01-01', max: '2036-12-31' },
    });
    expect(start('2026-12-25')).toEqual({ key: 'validation.dateFuture' });
    // A day of grace east of Greenwich, as the API allows.
    expect(start('2026-12-01')).toBeUndefined();
  });

  it('completes on a date not before delivery started', () => {
    const complete = (completedOn: string) =>
      validateDeliveryMove('IN_DELIVERY', { ...emptyDeliveryMove('COMPLETED', ''), completedOn }, '2009-03-02', now)
        .completedOn;
    expect(complete('2009-03-02')).toBeUndefined();
    expect(complete('2009-03-01')).toEqual({
      key: 'validation.completedBeforeStarted',
      values: { date: '2009-03-02' },
    });
    expect(complete('')).toEqual({ key: 'validation.dateRequired' });
  });

  it('cancels only with a reason, within its limit', () => {
    const cancel = (reason: string) =>
      validateDeliveryMove('IN_DELIVERY', { ...emptyDeliveryMove('CANCELLED', ''), reason }, '2009-03-02', now).reason;
    expect(cancel('  ')).toEqual({ key: 'validation.reasonRequired' });
    expect(cancel('Host State withdrew')).toBeUndefined();
    expect(cancel('x'.repeat(2001))).toEqual({ key: 'validation.textTooLong', values: { max: 2000 } });
  });

  it('sends the version read and only what the move takes', () => {
    expect(toDeliveryInput(activity, emptyDeliveryMove('IN_DELIVERY', '2009-03-02'))).toEqual({
      activityId: 'a1',
      expectedVersion: 4,
      to: 'IN_DELIVERY',
      startedOn: '2009-03-02',
    });
    expect(toDeliveryInput(activity, { ...emptyDeliveryMove('CANCELLED', ''), reason: ' Host withdrew ' })).toEqual({
      activityId: 'a1',
      expectedVersion: 4,
      to: 'CANCELLED',
      reason: 'Host withdrew',
    });
    expect(toDeliveryInput(activity, emptyDeliveryMove('PLANNED', '2009-03-02'))).toEqual({
      activityId: 'a1',
      expectedVersion: 4,
      to: 'PLANNED',
    });
  });
});
