/** The mutation a field office sends to log a request (only its id asked back). */
export const LOG_REQUEST = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`;

/**
 * A request the API accepts as it stands (training on witness protection for Thailand), with `extra` fields changed
 * or added: a spec that checks one field's refusal starts from it, so every other field is one that passes.
 */
export function validRequestInput(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    stateIso3: 'THA',
    kind: 'TRAINING',
    topics: ['witness-protection'],
    priorityAreaCode: 'B',
    receivedOn: '2008-09-01',
    channel: 'field-office',
    description: 'Relocation of a protected witness',
    ...extra,
  };
}
