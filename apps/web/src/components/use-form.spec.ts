import type { Problems } from '../forms';
import { visibleProblem, type FieldErrorState } from './use-form';

const problems: Problems = {
  amount: { key: 'validation.amountRequired' },
  'lines.0.amount': { key: 'validation.amountZero' },
};
const state = (patch: Partial<FieldErrorState>): FieldErrorState => ({
  problems,
  touched: {},
  submitted: false,
  server: {},
  ...patch,
});

describe('visibleProblem (what a field of useForm shows)', () => {
  it('keeps a field quiet until it is touched or the form is sent', () => {
    expect(visibleProblem('amount', state({}))).toBeNull();
    expect(visibleProblem('amount', state({ touched: { amount: true } }))).toEqual({ problem: problems.amount });
    expect(visibleProblem('lines.0.amount', state({ submitted: true }))).toEqual({
      problem: problems['lines.0.amount'],
    });
  });

  it("puts the API's verdict on the field it names, before the form's own", () => {
    expect(visibleProblem('amount', state({ server: { amount: 'amount must be positive.' } }))).toEqual({
      server: 'amount must be positive.',
    });
    expect(visibleProblem('date', state({ server: { date: 'No rate for EUR on that date.' } }))).toEqual({
      server: 'No rate for EUR on that date.',
    });
  });

  it('says nothing about a field without a problem', () => {
    expect(visibleProblem('date', state({ submitted: true }))).toBeNull();
  });
});
