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

/**
 * A reference to the source document ("para. 25", "paras 79-80", "para. 2 (a)", "footnote 17") as the reader's
 * language writes it ("par. 25", "párrs. 79-80", "note 17"). Anything else is shown as it is.
 */
export function sourceLabel(t: TFunction, reference: string): string {
  if (reference.trim().toLowerCase() === 'heading') return t('source.heading');
  const match = /^(paras?\.?|footnotes?)\s+(.+)$/i.exec(reference.trim());
  if (!match) return reference;
  const word = match[1]!.toLowerCase();
  const at = match[2]!;
  if (word.startsWith('footnote')) return t('source.footnote', { at });
  return word.startsWith('paras') ? t('source.paragraphs', { at }) : t('source.paragraph', { at });
}

/**
 * A region's name in the reader's language: the UN M49 regions and sub-regions (their French and Spanish are the
 * UN Statistics Division's own), and the groupings the source document names (e.g. "OSCE States"). A name this
 * client does not know is shown as it is.
 */
export function regionLabel(t: TFunction, region: string): string {
  return t(`regions.${region as 'Africa'}`, { defaultValue: region });
}

/** The region of a share of the funding gap: an M49 region or sub-region, or "Global" (the World, or none). */
export function shareRegionLabel(t: TFunction, region: string | null | undefined): string {
  return region === 'Global' || !region ? t('funding.global') : regionLabel(t, region);
}

/** "Africa › Sub-Saharan Africa › Western Africa", each in the reader's language. */
export function regionPath(t: TFunction, parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .map((p) => regionLabel(t, p))
    .join(' › ');
}

/** Priority areas as choices of a list: "C — Title". */
export function priorityAreaOptions(
  areas: ReadonlyArray<{ code: string; title: string }>,
): Array<{ value: string; label: string }> {
  return areas.map((area) => ({ value: area.code, label: `${area.code} — ${area.title}` }));
}
