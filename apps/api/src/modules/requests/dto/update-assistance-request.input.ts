import { InputType, OmitType, PartialType } from '@nestjs/graphql';
import { LogAssistanceRequestInput } from './log-assistance-request.input.js';

/**
 * The fields of a logged request that may be corrected, each optional and validated exactly as when logging
 * (the same decorators, inherited: REQUEST_LIMITS, receivedOn not in the future). Status moves, merging and the
 * confidential flag have their own mutations.
 */
@InputType()
export class UpdateAssistanceRequestInput extends PartialType(
  OmitType(LogAssistanceRequestInput, ['confidential', 'idempotencyKey'] as const, InputType),
  InputType,
) {}
