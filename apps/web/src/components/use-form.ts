import { useCallback, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasProblems, problemText, splitServerProblems, type Problems } from '../forms';
import { apiProblems } from '../graphql/errors';

export interface UseFormOptions<V> {
  /** The values the form starts with (or a function making them, called once). */
  initial: V | (() => V);
  /** The form's own checks (the API's rules, from the rule kernel), keyed by field or path (`lines.0.amount`). */
  validate: (values: V) => Problems;
  /**
   * Which paths of the API's BAD_USER_INPUT answers (`extensions.field`) are fields of this form; their
   * message lands on the field. Default: the names of the starting values.
   */
  isField?: (path: string) => boolean;
  /** API fields that are shown on another field of the form (the file's `fileName` and `csv` on `file`). */
  aliases?: Readonly<Record<string, string>>;
  /** Called when the form is sent with problems (e.g. to focus the field at fault). */
  onInvalid?: () => void;
  /** How the API's answers that no field claims are said above the form (default: as the API wrote them). */
  serverMessage?: (message: string) => string;
  /** What is said above the form when it is sent with problems (default: nothing, the fields say it). */
  fixMessage?: string;
}

export interface FieldErrorState {
  problems: Problems;
  touched: Readonly<Record<string, boolean>>;
  submitted: boolean;
  server: Readonly<Record<string, string>>;
}

/**
 * The error a field shows: the API's, until the field is edited again; else the form's own check, once the
 * field was touched (edited or left) or the form was sent. Answers the translation key's problem, not text.
 */
export function visibleProblem(
  path: string,
  state: FieldErrorState,
): { server: string } | { problem: NonNullable<Problems[string]> } | null {
  const server = state.server[path];
  if (server) return { server };
  const problem = state.problems[path];
  return problem && (state.touched[path] || state.submitted) ? { problem } : null;
}

/**
 * One form's state: its values, which fields were touched, its own checks as the person types, and the API's
 * answer spread over the fields (`extensions.field`) or said above the form. Every form of the client uses it.
 */
export function useForm<V extends object>(options: UseFormOptions<V>) {
  const { t } = useTranslation();
  const [initial] = useState<V>(options.initial);
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const problems = options.validate(values);
  const valid = !hasProblems(problems);
  const isField = options.isField ?? ((path: string) => Object.prototype.hasOwnProperty.call(initial, path));

  /** These paths were edited: they are touched, and the API's old verdict on them (and above the form) goes. */
  const edited = useCallback((paths: readonly string[]): void => {
    if (paths.length === 0) return;
    setTouched((c) => ({ ...c, ...Object.fromEntries(paths.map((p) => [p, true])) }));
    setServer((c) => {
      const next = { ...c };
      for (const p of paths) delete next[p];
      return next;
    });
    setFormError(null);
  }, []);

  /** Sets one field; `alsoTouched` names fields whose verdict it changes (a kind decides whether topics are needed). */
  const set = <K extends keyof V & string>(field: K, value: V[K], ...alsoTouched: string[]): void => {
    setValues((v) => ({ ...v, [field]: value }));
    edited([field, ...alsoTouched]);
  };

  /**
   * Changes the values as a whole (rows added, removed or edited), touching the paths named. Rows may have
   * moved, so every verdict of the API goes (it is asked again on sending).
   */
  const change = (update: (values: V) => V, ...paths: string[]): void => {
    setValues(update);
    edited(paths);
    setServer({});
    setFormError(null);
  };

  /** The field was left: its verdict shows. */
  const touch = (path: string) => (): void => setTouched((c) => (c[path] ? c : { ...c, [path]: true }));

  const errorFor = (path: string): string | undefined => {
    const visible = visibleProblem(path, { problems, touched, submitted, server });
    if (!visible) return undefined;
    return 'server' in visible ? visible.server : problemText(t, visible.problem);
  };

  /** The API refused: BAD_USER_INPUT on a field of this form lands there, anything else above the form. */
  const fromServer = (error: unknown): void => {
    const fieldOf = (path: string): string => options.aliases?.[path] ?? path;
    const { fields, other } = splitServerProblems(apiProblems(error), (path) => isField(fieldOf(path)));
    const byField: Record<string, string> = {};
    for (const [path, message] of Object.entries(fields)) {
      const field = fieldOf(path);
      byField[field] = byField[field] ? `${byField[field]} ${message}` : message;
    }
    setServer(byField);
    const message = other.join(' ');
    setFormError(other.length ? (options.serverMessage ? options.serverMessage(message) : message) : null);
  };

  /** A verdict found after sending began (e.g. once a file is read), shown on the field like the API's. */
  const setFieldError = (path: string, message: string): void => setServer((c) => ({ ...c, [path]: message }));

  /** Starts over (after a success, or on closing), with the given values or the first ones. */
  const reset = (next: V = initial): void => {
    setValues(next);
    setTouched({});
    setSubmitted(false);
    setServer({});
    setFormError(null);
  };

  /**
   * The form's onSubmit (or a button's onClick): with problems, every field says what is wrong and nothing is
   * sent; otherwise `send(values)`, whose refusal by the API is spread over the form.
   */
  const handleSubmit =
    (send: (values: V) => Promise<void>) =>
    (event?: SyntheticEvent): void => {
      event?.preventDefault();
      event?.stopPropagation();
      setSubmitted(true);
      if (!valid) {
        setFormError(options.fixMessage ?? null);
        options.onInvalid?.();
        return;
      }
      setFormError(null);
      void send(values).catch(fromServer);
    };

  return {
    values,
    /** A field was edited (or left) since the form started or was last reset: the person changed something. */
    edited: Object.keys(touched).length > 0,
    problems,
    valid,
    errorFor,
    formError,
    set,
    change,
    touch,
    fromServer,
    reset,
    handleSubmit,
    setFormError,
    setFieldError,
  };
}

export type Form<V extends object> = ReturnType<typeof useForm<V>>;
