import { CHANNELS, TOPICS, type Channel, type Topic } from '@ta/domain';
import type { TFunction } from 'i18next';

const isTopic = (slug: string): slug is Topic => (TOPICS as readonly string[]).includes(slug);
const isChannel = (slug: string): slug is Channel => (CHANNELS as readonly string[]).includes(slug);

/** A topic slug's label; a slug this client does not know yet is shown as it is. */
export function topicLabel(t: TFunction, slug: string): string {
  return isTopic(slug) ? t(`topics.${slug}`) : slug;
}

export function channelLabel(t: TFunction, slug: string): string {
  return isChannel(slug) ? t(`channels.${slug}`) : slug;
}
