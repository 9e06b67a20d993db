import { isCalendarDate } from '@ta/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isDecimalString } from '@ta/domain';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A calendar date written YYYY-MM-DD that exists (no 2008-02-30). */
/** One definition of a calendar date, in `@ta/domain`; re-exported for the scalar's users. */
export { isCalendarDate };

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw badInput(`"${String(value)}" is not a date; write it as YYYY-MM-DD, e.g. 2008-06-10.`);
  }
  return value;
}

/** The shape of a `date` as PostgreSQL sends it (data-source.ts keeps it a string): its calendar is PostgreSQL's. */
const DATABASE_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, "2008-06-10".',
  // An answer's dates come from PostgreSQL `date` columns, which hold only real days: their shape is checked, not
  // their calendar again (a Date object per row of every page). Input is checked in full (parseValue, parseLiteral).
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && DATABASE_DATE.test(value)) return value;
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('A date must be a string written YYYY-MM-DD.');
    return parseDate(ast.value);
  },
});

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !isDecimalString(value)) {
    throw badInput(`"${String(value)}" is not an exact amount; send it as a string such as "125000.00".`);
  }
  return value;
}

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal amount serialised as a string, e.g. "125000.00". Never a floating point number.',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    if (typeof value === 'bigint') return value.toString();
    throw new Error('Decimal values must come from the database as strings');
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('An amount must be sent as a string, e.g. "125000.00".');
    return parseDecimal(ast.value);
  },
});

/** `Date#toISOString`'s form for the years 0–9999: what the DateTime scalar answers. */
const ISO_UTC_MILLISECONDS = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

export const DateTimeScalar = new GraphQLScalarType<Date | string, string>({
  name: 'DateTime',
  description: 'A moment in time, ISO 8601 in UTC: "2008-06-10T09:30:00.000Z".',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    // Already written as toISOString writes it (e.g. made so in SQL for a page): answered as it is.
    if (typeof value === 'string' && ISO_UTC_MILLISECONDS.test(value)) return value;
    return new Date(String(value)).toISOString();
  },
  parseValue: (value) => {
    // A Date is taken as it is: compiled execution coerces the values graphql-js coerced once more.
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) throw badInput(`"${String(value)}" is not a date and time.`);
    return d;
  },
});
