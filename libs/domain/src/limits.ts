/** Limits of what a person may type, the same in the API's validators and the web forms. */
export const REQUEST_LIMITS = {
  descriptionMin: 3,
  descriptionMax: 5000,
  topicsMax: 10,
  instrumentsMax: 5,
  reasonMax: 1000,
} as const;

/** Pages: how many rows one list answers by default, and at most. */
export const PAGE_LIMITS = { default: 50, max: 200 } as const;

/**
 * An idempotency key a client sends with a create (a UUID fits): 8 to 100 letters, digits, "_" or "-".
 * The same key again is the same submission, answered once.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && IDEMPOTENCY_KEY_PATTERN.test(value);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text the system accepts: no NUL character (PostgreSQL cannot store one) and no unpaired UTF-16 surrogate
 * (half a character: it cannot be written as UTF-8, so it breaks storage, audit and exports).
 */
export function isCleanText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * How many items a list the API accepts may hold (past this, a request is refused naming the field): no form
 * needs more, and a list of thousands is a way to make the server work for nothing.
 */
export const LIST_LIMITS = {
  /** Values of an enum or a short code picked in a filter (statuses, kinds, priority areas, roles…). */
  filterValues: 50,
  /** States named in an activity or filter (there are fewer than 250). */
  states: 250,
  /** Free-text items: regions, partners, organisers, languages. */
  texts: 20,
  /** Years of the plan a contribution (or a prospective one) covers. */
  yearsCovered: 10,
  /** Priorities a donor states: priority areas, M49 areas, instruments (each list). */
  donorPriorities: 30,
  /** Requests linked to an activity in one go. */
  linkedRequests: 100,
  /**
   * Any list anywhere in a request, refused at the edge before the values are even read: every field's own limit
   * is lower, and reading thousands of wrong values one by one costs the server seconds.
   */
  anyList: 1000,
} as const;

/** A language as the programme records it (workshops, experts): an ISO 639-1 code in lower case, "fr". */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2}$/;

/**
 * An import file (CSV or XLSX): at most this many rows under the header, and this many kilobytes (an XLSX is sent
 * base64-encoded, a third larger, within the API's 256 kB request limit). Past them, the file is refused before
 * any row is read: split it.
 */
export const IMPORT_LIMITS = { rows: 2000, fileKb: 250, xlsxKb: 180 } as const;

/**
 * What a form accepts as an e-mail address while the person types (something@somewhere.tld); the API's
 * class-validator check (IsEmail) is stricter and has the last word.
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A law's file in the legal library: a PDF (its first bytes are `%PDF-`, whatever its name says) of at most this
 * many kilobytes. It is sent base64-encoded (a third larger) within the API's 256 kB request limit, as an XLSX
 * import is; a larger law is linked (`link`) rather than stored.
 */
export const LEGISLATION_FILE_LIMITS = { pdfKb: 180 } as const;

/** The bytes every PDF file starts with (`%PDF-`). */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] as const;

/** Whether these bytes are a PDF file's (its magic number, not its name): read by the API and the upload form. */
export function startsLikePdf(bytes: Uint8Array): boolean {
  return bytes.length >= PDF_MAGIC.length && PDF_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * A new version of a reporting cycle's questionnaire (publishQuestionnaireVersion): how many questions, and how long
 * each of a question's strings may be. A code is capitals, digits, ".", "_" or "-" (e.g. "UNTOC-5"): it is what
 * carries an answer from one version to the next, so it is typed with care and never reused for another question.
 */
export const QUESTIONNAIRE_LIMITS = {
  questionsMax: 200,
  codeMax: 40,
  sectionMax: 200,
  articleMax: 50,
  textMax: 1000,
} as const;

export const QUESTION_CODE_PATTERN = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;
