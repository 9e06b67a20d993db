import { Global, Module } from '@nestjs/common';
import { LiveEvents } from './live-events.js';

/** The events that cross API processes (LiveEvents), for every module to publish to and subscribe from. */
@Global()
@Module({ providers: [LiveEvents], exports: [LiveEvents] })
export class LiveModule {}
